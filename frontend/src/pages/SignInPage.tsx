/** Sign in. Locally it also lists the demo people, who all share one password. */
import { useEffect, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { roleNames } from "../labels";
import { useApp } from "../app-context";
import { TextInput } from "../components/fields";
import { ErrorSummary, Main, NotificationBanner } from "../components/page";
import { sessionHasEnded, takeReturnPath } from "../auth/return-to";
import { toShownErrors, type FieldError } from "../api/errors";
import { isRole, type Role } from "../../../shared/roles";

interface DemoUserListing {
  username: string;
  role: Role;
  name: string;
}

const demoPassword = "demo-password";

export function SignInPage() {
  const { auth, setUser, user } = useApp();
  const navigate = useNavigate();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [demoUsers, setDemoUsers] = useState<DemoUserListing[]>([]);
  const [sending, setSending] = useState(false);
  const [sessionEnded] = useState(sessionHasEnded);

  useEffect(() => {
    if (user) navigate(takeReturnPath(), { replace: true });
  }, [user, navigate]);

  useEffect(() => {
    if (auth.mode !== "local") return;
    fetch("/local/demo-users")
      .then((response) => (response.ok ? response.json() : []))
      .then((body: DemoUserListing[] | { users: DemoUserListing[] }) => {
        const listing = Array.isArray(body) ? body : body.users;
        setDemoUsers(listing.filter((entry) => isRole(entry.role)));
      })
      .catch(() => setDemoUsers([]));
  }, [auth.mode]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!username.trim())
      found.push({ field: "username", message: "Enter your username" });
    if (!password) found.push({ field: "password", message: "Enter your password" });
    setErrors(found);
    if (found.length) return;

    setSending(true);
    try {
      const signedIn = await auth.signIn(username.trim(), password);
      // The effect above moves on once the person is set, to the page they came from.
      setUser(signedIn);
    } catch (problem) {
      setErrors([
        {
          field: "username",
          message:
            problem instanceof Error ? problem.message : "Signing in failed. Try again",
        },
      ]);
    } finally {
      setSending(false);
    }
  }

  const shown = toShownErrors(errors);
  const messageFor = (field: string) =>
    shown.find((error) => error.field === field)?.message;

  return (
    <Main title="Sign in" hasErrors={shown.length > 0}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={shown} />
          {sessionEnded ? (
            <NotificationBanner title="Important">
              <p className="govuk-notification-banner__heading">
                Your session ended. Sign in again to carry on.
              </p>
              <p className="govuk-body">
                Answers you were typing are kept in this browser tab until you save them.
              </p>
            </NotificationBanner>
          ) : null}
          <h1 className="govuk-heading-l">Sign in</h1>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextInput
              name="username"
              label="Username"
              value={username}
              onChange={setUsername}
              autoComplete="username"
              spellCheck={false}
              width="govuk-!-width-two-thirds"
              error={messageFor("username")}
            />
            <div
              className={`govuk-form-group${messageFor("password") ? " govuk-form-group--error" : ""}`}
            >
              <label className="govuk-label" htmlFor="password">
                Password
              </label>
              {messageFor("password") ? (
                <p id="password-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span>{" "}
                  {messageFor("password")}
                </p>
              ) : null}
              <input
                className={`govuk-input govuk-!-width-two-thirds${messageFor("password") ? " govuk-input--error" : ""}`}
                id="password"
                name="password"
                type="password"
                autoComplete="current-password"
                aria-describedby={messageFor("password") ? "password-error" : undefined}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </div>
            <button type="submit" className="govuk-button" disabled={sending}>
              Sign in
            </button>
          </form>

          {demoUsers.length > 0 ? (
            <>
              <h2 className="govuk-heading-m">Demo people</h2>
              <p className="govuk-body">
                This copy of the service runs on this computer only. Every demo person has
                the password <code>{demoPassword}</code>.
              </p>
              <ul className="govuk-list">
                {demoUsers.map((demo) => (
                  <li key={demo.username}>
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
                      onClick={() => {
                        setUsername(demo.username);
                        setPassword(demoPassword);
                      }}
                    >
                      Use {demo.name} ({roleNames[demo.role]})
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
    </Main>
  );
}
