/** The home page, by role: what this person can do here. */
import { AdviceInboxPage } from "../advice/AdviceInboxPage";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { LanguageSwitcher } from "../i18n/LanguageSwitcher";
import { useFamilyText } from "../i18n/use-family-text";
import type { DraftView } from "../../../shared/api";
import { formatLongDate, londonDate } from "../../../shared/dates";
import type { CaseSummary } from "../../../shared/schemas/case";
import type { RequesterType } from "../../../shared/schemas/request";
import { useApp, useUser } from "../app-context";
import { asList, reloadIfRetryable } from "../api/client";
import { useLoad } from "../api/use-load";
import { CaseTable } from "../cases/CaseTable";
import { Loading, Main, ProblemBanner, SummaryList } from "../components/page";
import { roleWithArticle } from "../labels";

export function HomePage() {
  const user = useUser();
  switch (user.role) {
    case "parent":
    case "young-person":
    case "school":
      return <RequesterHome />;
    case "coordinator":
      return (
        <CaseListHome
          title="Your caseload"
          intro="Your open cases, with the soonest deadline first."
        />
      );
    case "business-support":
      return (
        <CaseListHome
          title="Cases"
          intro="Open cases across the service. Check new requests and possible duplicates on the new requests page."
          showCoordinator
        />
      );
    case "manager":
      return (
        <CaseListHome
          title="Open cases"
          intro="Every open case in the service, with the soonest deadline first."
          showCoordinator
        />
      );
    case "specialist":
      // Advisers work from their inbox of advice requests, soonest due first.
      return <AdviceInboxPage />;
    default:
      return <OtherRoleHome />;
  }
}

function RequesterHome() {
  const { api, schoolName } = useApp();
  const user = useUser();
  // Families read their part of this page in their language; schools read English.
  const { t, family } = useFamilyText();
  const navigate = useNavigate();
  const drafts = useLoad(() => api<DraftView[]>("GET", "/drafts"), "drafts");
  const cases = useLoad(() => api<CaseSummary[]>("GET", "/cases"), "cases");
  const [problem, setProblem] = useState<string>();
  const [starting, setStarting] = useState(false);

  async function start() {
    setStarting(true);
    try {
      const draft = await api<DraftView>("POST", "/drafts", {
        requesterType: user.role as RequesterType,
      });
      navigate(`/requests/${draft.draftId}`);
    } catch (caught) {
      setProblem(
        caught instanceof Error ? caught.message : "The request could not be started",
      );
    } finally {
      setStarting(false);
    }
  }

  const unsent = asList(drafts.data).filter((draft) => !draft.submitted);
  // Sent requests without a case are held while business support checks for a duplicate.
  const beingChecked = asList(drafts.data).filter(
    (draft) => draft.submitted && !draft.submitted.caseId,
  );
  const isSchool = user.role === "school";

  return (
    <Main title="Home">
      {family ? <LanguageSwitcher /> : null}
      {problem ? <ProblemBanner message={problem} /> : null}
      <h1 className="govuk-heading-l">
        {isSchool ? (schoolName ?? "Your school") : t("home.hello", { name: user.name })}
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            {isSchool
              ? "Ask the council to assess a child at your school for an Education, Health and Care (EHC) plan. You need the agreement of a person with parental responsibility."
              : t("home.intro")}
          </p>
          <button
            type="button"
            className="govuk-button govuk-button--start"
            onClick={() => void start()}
            disabled={starting}
          >
            {t("home.start")}
            <svg
              className="govuk-button__start-icon"
              xmlns="http://www.w3.org/2000/svg"
              width="17.5"
              height="19"
              viewBox="0 0 33 40"
              aria-hidden="true"
              focusable="false"
            >
              <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>
          </button>

          <h2 className="govuk-heading-m">{t("home.unsentHeading")}</h2>
          {drafts.error ? <p className="govuk-body">{drafts.error.message}</p> : null}
          {!drafts.data && !drafts.error ? <Loading /> : null}
          {drafts.data && unsent.length === 0 ? (
            <p className="govuk-body">{t("home.noUnsent")}</p>
          ) : null}
          {unsent.length > 0 ? (
            <SummaryList
              id="drafts"
              rows={unsent
                .map((draft) => ({
                  key: draftName(draft),
                  value: `Last saved ${formatLongDate(londonDate(draft.updatedAt))}`,
                  change: undefined,
                }))
                .map((row, index) => ({
                  ...row,
                  value: (
                    <>
                      {row.value}
                      <br />
                      <Link
                        className="govuk-link"
                        to={`/requests/${unsent[index]!.draftId}`}
                      >
                        Continue this request
                        <span className="govuk-visually-hidden"> for {row.key}</span>
                      </Link>
                    </>
                  ),
                }))}
            />
          ) : null}
        </div>
      </div>

      {beingChecked.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Requests being checked</h2>
          <p className="govuk-body">
            We may already have a request for the same child. Our team will check and
            contact you within 5 working days of receiving the request.
          </p>
          <SummaryList
            id="being-checked"
            rows={beingChecked.map((draft) => ({
              key: draft.submitted!.reference,
              value: (
                <>
                  <strong className="govuk-tag govuk-tag--yellow">Being checked</strong>
                  <br />
                  {draft.submitted!.result
                    ? `Received ${formatLongDate(draft.submitted!.result.receivedDate)}`
                    : null}
                  <br />
                  <Link
                    className="govuk-link"
                    to={`/requests/${draft.draftId}/sent-request`}
                  >
                    See your answers
                    <span className="govuk-visually-hidden">
                      {" "}
                      for request {draft.submitted!.reference}
                    </span>
                  </Link>
                </>
              ),
            }))}
          />
        </>
      ) : null}

      <h2 className="govuk-heading-m">
        {isSchool ? "Your school's cases" : t("home.yourCases")}
      </h2>
      {cases.error ? <p className="govuk-body">{cases.error.message}</p> : null}
      {!cases.data && !cases.error ? <Loading /> : null}
      {cases.data ? (
        <CaseTable
          id="cases"
          caption={
            isSchool ? "Cases for children at your school" : t("home.casesCaption")
          }
          cases={asList(cases.data)}
        />
      ) : null}
    </Main>
  );
}

function draftName(draft: DraftView): string {
  const child = draft.answers.child;
  const name = [child?.firstName, child?.lastName].filter(Boolean).join(" ");
  return name || `Request started ${formatLongDate(londonDate(draft.createdAt))}`;
}

function CaseListHome(props: {
  title: string;
  intro: string;
  showCoordinator?: boolean;
}) {
  const { api } = useApp();
  const cases = useLoad(() => api<CaseSummary[]>("GET", "/cases"), "cases");
  const list = asList(cases.data);
  const overdue = list.filter(
    (summary) => summary.daysLeft !== null && summary.daysLeft < 0,
  ).length;

  return (
    <Main title={props.title}>
      <h1 className="govuk-heading-l">{props.title}</h1>
      <p className="govuk-body">{props.intro}</p>
      {cases.error ? (
        <ProblemBanner
          message={cases.error.message}
          onReload={reloadIfRetryable(cases.error, cases.reload)}
        />
      ) : null}
      {!cases.data && !cases.error ? <Loading /> : null}
      {cases.data ? (
        <>
          <p className="govuk-body">
            {list.length} open {list.length === 1 ? "case" : "cases"}
            {overdue ? `, ${overdue} overdue` : ""}.
          </p>
          <CaseTable
            id="caseload"
            caption={props.title}
            cases={list}
            showCoordinator={props.showCoordinator}
          />
        </>
      ) : null}
    </Main>
  );
}

const otherRoleText: Record<string, string> = {
  "panel-member":
    "You will see the panel agenda and each case's papers here before the weekly panel. This part of the service is not built yet.",
  finance:
    "You will see funding requests for signed-off plans here, and record the actual cost. This part of the service is not built yet.",
  supporter:
    "You will see the cases of the families who asked you to help them here. This part of the service is not built yet.",
};

function OtherRoleHome() {
  const user = useUser();
  return (
    <Main title="Home">
      <h1 className="govuk-heading-l">Hello, {user.name}</h1>
      <p className="govuk-body">You are signed in as {roleWithArticle(user.role)}.</p>
      <p className="govuk-body">
        {otherRoleText[user.role] ?? "There is nothing for you to do here yet."}
      </p>
    </Main>
  );
}
