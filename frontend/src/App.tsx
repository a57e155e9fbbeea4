/** The app shell: sign-in state, navigation by role, and the routes. */
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  BrowserRouter,
  Navigate,
  Route,
  Routes,
  useLocation,
  useNavigate,
} from "react-router";
import type { ProfileView } from "../../shared/api";
import { londonDate, type IsoDate } from "../../shared/dates";
import { familyRoles, type Role } from "../../shared/roles";
import { AppContext, type AppState } from "./app-context";
import { createApiClient } from "./api/client";
import type { AuthAdapter, SignedInUser } from "./auth/adapter";
import type { AppConfig } from "./config";
import { Layout, type NavigationItem } from "./components/page";
import { SignInPage } from "./pages/SignInPage";
import { rememberReturnPath } from "./auth/return-to";
import { SentRequestPage } from "./request/SentRequestPage";
import { HomePage } from "./pages/HomePage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { TaskListPage } from "./request/TaskListPage";
import { SectionPage } from "./request/SectionPage";
import { EvidencePage } from "./request/EvidencePage";
import { CheckAnswersPage } from "./request/CheckAnswersPage";
import { ConfirmationPage } from "./request/ConfirmationPage";
import { CasePage } from "./cases/CasePage";
import { IntakePage } from "./cases/IntakePage";
import { DuplicatePage } from "./cases/DuplicatePage";
import { DeadlinesPage } from "./deadlines/DeadlinesPage";
import { AdviceInboxPage } from "./advice/AdviceInboxPage";
import { AdviceFormPage } from "./advice/AdviceFormPage";
import { CaseAdvicePage } from "./advice/CaseAdvicePage";
import { MessageCentrePage } from "./messages/MessageCentrePage";
import { ContactPreferencesPage } from "./messages/ContactPreferencesPage";
import { LocalClockBanner } from "./components/LocalClockBanner";
import { advanceLocalClock, getLocalClock } from "./api/local-clock";
import { useLanguageForRole } from "./i18n/use-language-for-role";

function serviceNameFor(role: Role | undefined): string {
  const isRequester =
    !role || familyRoles.some((family) => family === role) || role === "school";
  return isRequester ? "Request an EHC needs assessment" : "SEN assessment service";
}

function navigationFor(role: Role | undefined): NavigationItem[] {
  if (!role) return [];
  const items: NavigationItem[] = [{ href: "/", text: "Home" }];
  if (role === "business-support" || role === "manager") {
    items.push({ href: "/intake", text: "New requests" });
  }
  if (role === "specialist" || role === "school") {
    items.push({ href: "/advice", text: "Advice requests" });
  }
  if (deadlineRoles.includes(role)) {
    items.push({ href: "/deadlines", text: "Deadlines" });
  }
  return items;
}

/** Roles that see the service-wide deadlines list. */
const deadlineRoles: Role[] = ["business-support", "coordinator", "manager"];

/** Council staff, who see the local demo clock control. */
const councilStaffRoles: Role[] = [
  "business-support",
  "coordinator",
  "manager",
  "panel-member",
  "finance",
];

function Shell(props: {
  config: AppConfig;
  auth: AuthAdapter;
  initialUser: SignedInUser | null;
}) {
  const navigate = useNavigate();
  const [user, setUser] = useState(props.initialUser);
  const [profile, setProfile] = useState<ProfileView>();
  const [dataVersion, setDataVersion] = useState(0);
  const [clockToday, setClockToday] = useState<IsoDate>();
  const localClock = props.config.localClock === true;
  useLanguageForRole(user?.role);

  const signOut = useCallback(async () => {
    await props.auth.signOut();
    setUser(null);
    navigate("/sign-in");
  }, [props.auth, navigate]);

  const api = useMemo(
    () =>
      createApiClient({
        apiUrl: props.config.apiUrl,
        getAccessToken: () => props.auth.getAccessToken(),
        onUnauthorised: () => {
          const { pathname, search, hash } = window.location;
          rememberReturnPath(`${pathname}${search}${hash}`, true);
          void props.auth.signOut().then(() => {
            setUser(null);
            navigate("/sign-in");
          });
        },
      }),
    [props.config.apiUrl, props.auth, navigate],
  );

  useEffect(() => {
    if (!user) return;
    let cancelled = false;
    api<ProfileView>("GET", "/me").then(
      (loaded) => {
        if (!cancelled) setProfile(loaded);
      },
      // The profile only adds the display name and school; pages work without it.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, user]);

  // The local service runs on a virtual clock, so "today" comes from it there.
  useEffect(() => {
    if (!localClock || !user) return;
    let cancelled = false;
    getLocalClock().then(
      (clock) => {
        if (!cancelled) setClockToday(clock.today);
      },
      // Without the clock, pages fall back to the browser's date.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [localClock, user]);

  const refreshData = useCallback(() => setDataVersion((version) => version + 1), []);

  const advanceClock = useCallback(
    async (days: number) => {
      const clock = await advanceLocalClock(days);
      setClockToday(clock.today);
      refreshData();
    },
    [refreshData],
  );

  const showClock = localClock && !!user && councilStaffRoles.includes(user.role);

  const state: AppState = {
    config: props.config,
    auth: props.auth,
    api,
    user:
      user && profile?.userId === user.userId ? { ...user, name: profile.name } : user,
    schoolName: profile?.schoolName,
    schoolUrn: profile?.schoolUrn,
    setUser,
    signOut,
    dataVersion,
    refreshData,
    today: clockToday ?? (localClock ? undefined : londonDate(new Date())),
  };

  const signedIn = (element: React.ReactElement) => (user ? element : <SignInFirst />);

  return (
    <AppContext.Provider value={state}>
      <Layout
        serviceName={serviceNameFor(user?.role)}
        navigation={navigationFor(user?.role)}
        onSignOut={user ? () => void signOut() : undefined}
        banner={
          showClock ? (
            <LocalClockBanner today={clockToday} onAdvance={advanceClock} />
          ) : undefined
        }
      >
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/" element={signedIn(<HomePage />)} />
          <Route path="/requests/:draftId" element={signedIn(<TaskListPage />)} />
          <Route
            path="/requests/:draftId/evidence"
            element={signedIn(<EvidencePage />)}
          />
          <Route
            path="/requests/:draftId/check-answers"
            element={signedIn(<CheckAnswersPage />)}
          />
          <Route
            path="/requests/:draftId/sent"
            element={signedIn(<ConfirmationPage />)}
          />
          <Route
            path="/requests/:draftId/sent-request"
            element={signedIn(<SentRequestPage />)}
          />
          <Route path="/requests/:draftId/:section" element={signedIn(<SectionPage />)} />
          <Route path="/cases/:caseId" element={signedIn(<CasePage />)} />
          <Route path="/intake" element={signedIn(<IntakePage />)} />
          <Route
            path="/intake/duplicates/:duplicateId"
            element={signedIn(<DuplicatePage />)}
          />
          <Route path="/deadlines" element={signedIn(<DeadlinesPage />)} />
          <Route path="/advice" element={signedIn(<AdviceInboxPage />)} />
          <Route
            path="/advice/:caseId/:adviceId"
            element={signedIn(<AdviceFormPage />)}
          />
          <Route path="/cases/:caseId/advice" element={signedIn(<CaseAdvicePage />)} />
          <Route
            path="/cases/:caseId/messages"
            element={signedIn(<MessageCentrePage />)}
          />
          <Route
            path="/cases/:caseId/contact-preferences"
            element={signedIn(<ContactPreferencesPage />)}
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Layout>
    </AppContext.Provider>
  );
}

/** Sends a signed-out person to sign in, remembering the page they asked for. */
function SignInFirst() {
  const location = useLocation();
  rememberReturnPath(`${location.pathname}${location.search}${location.hash}`, false);
  return <Navigate to="/sign-in" replace />;
}

export function App(props: {
  config: AppConfig;
  auth: AuthAdapter;
  initialUser: SignedInUser | null;
}) {
  return (
    <BrowserRouter>
      <Shell {...props} />
    </BrowserRouter>
  );
}
