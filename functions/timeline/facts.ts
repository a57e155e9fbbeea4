/**
 * The case facts the obligations are worked out from. The case item's
 * `facts` hold the timeline's facts plus the advice requests, consultations
 * and lawful exceptions, which only the obligations read.
 */
import type { ObligationFacts, TimeLimitException } from "../../shared/obligations";
import type { TimelineFacts } from "../../shared/timeline";
import type { CaseItem } from "../store/case-store";

/** A lawful exception as stored on the case, with who recorded it and why. */
export interface RecordedException extends TimeLimitException {
  reason: string;
  recordedBy: string;
  recordedAt: string;
}

export interface CaseFacts extends TimelineFacts {
  adviceRequests?: ObligationFacts["adviceRequests"];
  consultations?: ObligationFacts["consultations"];
  exceptions?: RecordedException[];
}

export function caseFactsOf(caseItem: Pick<CaseItem, "facts">): CaseFacts {
  return caseItem.facts as CaseFacts;
}

/** Maps the stored case onto the facts `openObligations` reads. */
export function obligationFactsOf(
  caseItem: Pick<CaseItem, "facts" | "stage">,
): ObligationFacts {
  const facts = caseFactsOf(caseItem);
  // A case closed early (such as a withdrawal recorded on the facts) owes nothing.
  const stage = facts.closedOn ? "closed" : caseItem.stage;

  return {
    receivedAt: facts.receivedAt,
    stage,
    decisionToAssessOn:
      facts.decisionToAssess?.outcome === "assess"
        ? facts.decisionToAssess.decidedOn
        : undefined,
    decisionToIssueOn: facts.decisionToIssue?.decidedOn,
    adviceRequests: facts.adviceRequests,
    draftServedOn: facts.draftServedOn,
    familyRespondedOn: facts.familyRespondedOn,
    consultations: facts.consultations,
    finalIssuedOn: facts.finalIssuedOn,
    exceptions: facts.exceptions,
  };
}
