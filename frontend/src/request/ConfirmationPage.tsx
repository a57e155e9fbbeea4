/** The confirmation page: the reference, what happens next, and the dates. */
import { Trans } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import type { SubmissionResult } from "../../../shared/api";
import { LoadingPage, Main } from "../components/page";
import { formatDateIn } from "../i18n/dates";
import { useFamilyText } from "../i18n/use-family-text";
import { ProblemPage } from "./SectionPage";
import { useDraft } from "./use-draft";

export function ConfirmationPage() {
  const { draftId = "" } = useParams();
  const location = useLocation();
  // Families read this page in their language, and schools read it in English.
  const { t, language } = useFamilyText();
  const date = (value: string) => formatDateIn(value, language);
  const sentResult = location.state as SubmissionResult | null;
  // After a page reload the router's state may be gone, so the draft supplies the result.
  const { draft, error } = useDraft(sentResult ? undefined : draftId);
  const result = sentResult ?? draft?.submitted?.result ?? null;

  if (!sentResult) {
    if (error) return <ProblemPage message={error.message} />;
    if (!draft) return <LoadingPage />;
    if (!draft.submitted)
      return <ProblemPage message="This request has not been sent yet." />;
  }

  const reference = result?.reference ?? draft?.submitted?.reference ?? "";
  const caseId = result?.caseId ?? draft?.submitted?.caseId;

  return (
    <Main title={t("confirmation.title")}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">{t("confirmation.title")}</h1>
            <div className="govuk-panel__body">
              {t("confirmation.referenceLabel")}
              <br />
              <strong id="reference">{reference}</strong>
            </div>
          </div>
          <p className="govuk-body">{t("confirmation.keep")}</p>

          {result ? (
            <>
              <h2 className="govuk-heading-m">{t("confirmation.next")}</h2>
              <p className="govuk-body">
                <Trans
                  t={t}
                  i18nKey="confirmation.received"
                  values={{ date: date(result.receivedDate) }}
                  components={{ strong: <strong /> }}
                />
              </p>
              {result.possibleDuplicate ? (
                <>
                  <p className="govuk-body">{t("confirmation.duplicate")}</p>
                  <p className="govuk-body">{t("confirmation.duplicateDates")}</p>
                </>
              ) : null}
              <ul className="govuk-list govuk-list--bullet">
                <li>
                  <Trans
                    t={t}
                    i18nKey="confirmation.decisionBy"
                    values={{ date: date(result.decisionToAssessDue) }}
                    components={{ strong: <strong id="decision-due" /> }}
                  />
                </li>
                <li>
                  <Trans
                    t={t}
                    i18nKey="confirmation.finalBy"
                    values={{ date: date(result.finalPlanDue) }}
                    components={{ strong: <strong id="final-plan-due" /> }}
                  />
                </li>
              </ul>
              <p className="govuk-body">{t("confirmation.law")}</p>
              {result.outOfDateReports.length > 0 ? (
                <div className="govuk-inset-text">
                  {result.outOfDateReports.length === 1
                    ? t("confirmation.oldReport")
                    : t("confirmation.oldReports", {
                        count: result.outOfDateReports.length,
                      })}{" "}
                  {t("confirmation.newerReport")}
                </div>
              ) : null}
            </>
          ) : null}

          <p className="govuk-body">{t("confirmation.tellYou")}</p>
          {caseId ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/cases/${caseId}`}>
                {t("confirmation.follow")}
              </Link>
            </p>
          ) : null}
          <p className="govuk-body">
            <Link className="govuk-link" to={`/requests/${draftId}/sent-request`}>
              {t("confirmation.copy")}
            </Link>
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/">
              {t("confirmation.home")}
            </Link>
          </p>
        </div>
      </div>
    </Main>
  );
}
