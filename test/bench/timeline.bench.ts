/**
 * How the statutory timeline's pure work grows with the caseload. vitest
 * prints each case's mean time and the ratio between them. Each case is
 * planned on its own, so 200 cases should cost about 200 times one case
 * or less.
 */
import { bench, describe } from "vitest";
import {
  openObligations,
  planChases,
  type ObligationFacts,
} from "../../shared/obligations";
import { computeTimeline } from "../../shared/timeline";
import { addDays } from "../../shared/dates";

function caseFacts(index: number): ObligationFacts {
  const received = addDays("2026-03-02", index % 60);
  return {
    receivedAt: `${received}T10:00:00Z`,
    stage: index % 3 === 0 ? "deciding" : "assessing",
    decisionToAssessOn: index % 3 === 0 ? undefined : addDays(received, 30),
    adviceRequests:
      index % 3 === 0
        ? []
        : ["ep", "health", "social-care", "school"].map((adviceId) => ({
            adviceId,
            adviserId: `adviser-${adviceId}`,
            requestedOn: addDays(received, 31),
          })),
  };
}

function planCase(facts: ObligationFacts, today: string): void {
  const obligations = openObligations(facts);
  planChases(obligations, new Set(), today);
  computeTimeline({ receivedAt: facts.receivedAt }, today);
}

const caseloads = {
  single: [caseFacts(1)],
  coordinator: Array.from({ length: 200 }, (_, i) => caseFacts(i)),
};

describe("plan chasers", () => {
  bench("1 case", () => {
    for (const facts of caseloads.single) planCase(facts, "2026-05-01");
  });

  bench("200 cases (a coordinator's caseload)", () => {
    for (const facts of caseloads.coordinator) planCase(facts, "2026-05-01");
  });
});
