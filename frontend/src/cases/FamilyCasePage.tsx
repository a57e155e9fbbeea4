/**
 * The case tracker for the family (and the school): where the case is, what
 * happens next with dates, the decision, and after a refusal the family's
 * rights, which the refusal letter must also give (SEND Regulations 2014,
 * reg 5(3)).
 */
import { useState } from "react";
import { formatLongDate } from "../../../shared/dates";
import type { CaseView } from "../../../shared/schemas/case";
import { useApp } from "../app-context";
import { Main, NotificationBanner, SummaryList, Tag } from "../components/page";
import { stageNames } from "../labels";
import { openDocument } from "./documents";
import { mediationContactDeadline } from "./milestones";
import { Timeline } from "./Timeline";

export function FamilyCasePage({ caseView }: { caseView: CaseView }) {
  const { api } = useApp();
  const [problem, setProblem] = useState<string>();
  const stage = stageNames[caseView.stage];
  const decision = caseView.decision;
  const childName = caseView.child.knownAs ?? caseView.child.firstName;

  async function openLetter() {
    if (!decision?.letterDocumentId) return;
    try {
      await openDocument(api, caseView.caseId, decision.letterDocumentId);
    } catch (caught) {
      setProblem(
        caught instanceof Error ? caught.message : "The letter could not be opened",
      );
    }
  }

  return (
    <Main
      title={`Case ${caseView.reference}`}
      backLink={{ to: "/", text: "Back to your cases" }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Case {caseView.reference}</span>
          <h1 className="govuk-heading-l">
            {childName} {caseView.child.lastName}
          </h1>
          <p className="govuk-body">
            Where the case is now: <Tag colour={stage.colour}>{stage.text}</Tag>
          </p>

          {decision ? (
            <NotificationBanner title="Decision" success={decision.outcome === "assess"}>
              <h2 className="govuk-notification-banner__heading" id="decision">
                {decision.outcome === "assess"
                  ? `We decided on ${formatLongDate(decision.decidedOn)} to carry out an assessment.`
                  : `We decided on ${formatLongDate(decision.decidedOn)} not to carry out an assessment.`}
              </h2>
              {decision.reasons ? (
                <p className="govuk-body app-multiline">
                  Our reasons: {decision.reasons}
                </p>
              ) : null}
              {decision.letterDocumentId ? (
                <p className="govuk-body">
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onClick={() => void openLetter()}
                  >
                    Open the decision letter
                  </button>
                </p>
              ) : null}
              {problem ? <p className="govuk-body">{problem}</p> : null}
            </NotificationBanner>
          ) : null}

          {decision?.outcome === "refuse" ? (
            <RefusalRights decidedOn={decision.decidedOn} />
          ) : null}

          <h2 className="govuk-heading-m">What happens and when</h2>
          <Timeline caseView={caseView} />

          <h2 className="govuk-heading-m">Case details</h2>
          <SummaryList
            rows={[
              { key: "Reference", value: caseView.reference },
              { key: "Request received", value: formatLongDate(caseView.receivedDate) },
              {
                key: "Your coordinator",
                value: caseView.coordinator?.name ?? "Not given yet",
              },
              ...(caseView.schoolName
                ? [{ key: "School", value: caseView.schoolName }]
                : []),
            ]}
          />
        </div>
      </div>
    </Main>
  );
}

function RefusalRights({ decidedOn }: { decidedOn: string }) {
  return (
    <section aria-labelledby="rights-heading">
      <h2 className="govuk-heading-m" id="rights-heading">
        If you disagree with the decision
      </h2>
      <p className="govuk-body">You have the right to challenge this decision.</p>
      <h3 className="govuk-heading-s">Mediation</h3>
      <p className="govuk-body">
        Before you can appeal, you must contact a mediation adviser by{" "}
        <strong id="mediation-deadline">
          {formatLongDate(mediationContactDeadline(decidedOn))}
        </strong>
        , 2 months after the decision on {formatLongDate(decidedOn)}. Mediation is free.
        You do not have to take part in mediation, but you need a certificate from the
        adviser to appeal.
      </p>
      <h3 className="govuk-heading-s">Appeal to the tribunal</h3>
      <p className="govuk-body">
        You can appeal to the First-tier Tribunal (Special Educational Needs and
        Disability). You must appeal within 2 months of the decision, or within 1 month of
        getting the mediation certificate if that is later.
      </p>
      <h3 className="govuk-heading-s">Help to resolve a disagreement</h3>
      <p className="govuk-body">
        You can ask for a disagreement resolution meeting with us at any time. It is free
        and does not affect your right to appeal.
      </p>
      <h3 className="govuk-heading-s">Free independent advice</h3>
      <p className="govuk-body">
        Your local SEND Information, Advice and Support Service (SENDIASS) gives free,
        confidential advice and can help you through mediation or an appeal.
      </p>
    </section>
  );
}
