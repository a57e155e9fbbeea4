/**
 * "Your request": a read-only copy of every answer of a sent request, with
 * the reference and a link to the case. Families must be able to keep a copy
 * of what they sent.
 */
import { Link, Navigate, useParams } from "react-router";
import { formatLongDate, londonDate } from "../../../shared/dates";
import type { RequesterType } from "../../../shared/schemas/request";
import { useApp } from "../app-context";
import { LoadingPage, Main, SummaryList } from "../components/page";
import { RequestAnswers } from "./RequestAnswers";
import { ProblemPage } from "./SectionPage";
import { useDraft } from "./use-draft";

export function SentRequestPage() {
  const { draftId = "" } = useParams();
  const { today: appToday } = useApp();
  const { draft, error } = useDraft(draftId);
  if (error) return <ProblemPage message={error.message} />;
  if (!draft) return <LoadingPage />;
  // A request that has not been sent is still edited on its task list.
  if (!draft.submitted) return <Navigate to={`/requests/${draftId}`} replace />;

  const requesterType: RequesterType =
    draft.answers.requester?.type ?? draft.requesterType;
  const { reference, caseId, result } = draft.submitted;
  const today = appToday ?? londonDate(new Date());

  return (
    <Main title="Your request" backLink={{ to: "/", text: "Back to your home page" }}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Sent request</span>
          <h1 className="govuk-heading-l">Your request</h1>
          <p className="govuk-body">
            This is a copy of the answers you sent. You cannot change them now. If
            something has changed, tell your coordinator.
          </p>
          <SummaryList
            rows={[
              { key: "Reference", value: reference },
              ...(result
                ? [{ key: "Received on", value: formatLongDate(result.receivedDate) }]
                : []),
              {
                key: "Status",
                value: caseId ? "Sent" : "Being checked",
              },
            ]}
          />
          {caseId ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/cases/${caseId}`}>
                Follow your case
              </Link>
            </p>
          ) : (
            <p className="govuk-body">
              We are checking whether we already have a request for this child. We will
              contact you within 5 working days.
            </p>
          )}
          <p className="govuk-body">
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => window.print()}
            >
              Print or save a copy
            </button>
          </p>
          <RequestAnswers
            answers={draft.answers}
            requesterType={requesterType}
            today={today}
          />
        </div>
      </div>
    </Main>
  );
}
