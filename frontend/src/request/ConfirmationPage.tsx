/** The confirmation page: the reference, what happens next, and the dates. */
import { Link, useLocation, useParams } from "react-router";
import type { SubmissionResult } from "../../../shared/api";
import { formatLongDate } from "../../../shared/dates";
import { LoadingPage, Main } from "../components/page";
import { ProblemPage } from "./SectionPage";
import { useDraft } from "./use-draft";

export function ConfirmationPage() {
  const { draftId = "" } = useParams();
  const location = useLocation();
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
    <Main title="Request sent">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">Request sent</h1>
            <div className="govuk-panel__body">
              Your reference number
              <br />
              <strong id="reference">{reference}</strong>
            </div>
          </div>
          <p className="govuk-body">
            Keep this reference. You can use it if you contact us about the request.
          </p>

          {result ? (
            <>
              <h2 className="govuk-heading-m">What happens next</h2>
              <p className="govuk-body">
                We received your request on{" "}
                <strong>{formatLongDate(result.receivedDate)}</strong>.
              </p>
              {result.possibleDuplicate ? (
                <>
                  <p className="govuk-body">
                    We may already have a request for this child. Our team will check this
                    and contact you within 5 working days. Your request shows as
                    &ldquo;Being checked&rdquo; on your home page until then.
                  </p>
                  <p className="govuk-body">
                    If it is a new request, we will open a case and the dates below still
                    apply, counted from the day we received it.
                  </p>
                </>
              ) : null}
              <ul className="govuk-list govuk-list--bullet">
                <li>
                  We will decide whether to carry out an assessment by{" "}
                  <strong id="decision-due">
                    {formatLongDate(result.decisionToAssessDue)}
                  </strong>
                  .
                </li>
                <li>
                  If we carry out an assessment and decide to write a plan, the final plan
                  is due by{" "}
                  <strong id="final-plan-due">
                    {formatLongDate(result.finalPlanDue)}
                  </strong>
                  .
                </li>
              </ul>
              <p className="govuk-body">
                The law gives us 6 weeks to decide whether to assess, and 20 weeks to
                issue a final plan.
              </p>
              {result.outOfDateReports.length > 0 ? (
                <div className="govuk-inset-text">
                  {result.outOfDateReports.length === 1
                    ? "1 report you sent was written more than 12 months ago."
                    : `${result.outOfDateReports.length} reports you sent were written more than 12 months ago.`}{" "}
                  We may ask for a newer report.
                </div>
              ) : null}
            </>
          ) : null}

          <p className="govuk-body">
            We will tell you by email or text message each time something happens.
          </p>
          {caseId ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/cases/${caseId}`}>
                Follow your case
              </Link>
            </p>
          ) : null}
          <p className="govuk-body">
            <Link className="govuk-link" to={`/requests/${draftId}/sent-request`}>
              See a copy of your answers
            </Link>
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/">
              Go to your home page
            </Link>
          </p>
        </div>
      </div>
    </Main>
  );
}
