/** Lists the cases a caller may see, through keys and indexes only. */
import type { CaseSummary } from "../../shared/schemas/case";
import { caseStages, openStages, type CaseStage } from "../../shared/schemas/case";
import { InvalidError } from "../../shared/errors";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { writeAuditForCases, type Actor } from "../store/audit";
import {
  batchGetCases,
  caseIdsForMember,
  caseloadOf,
  casesInStage,
  type CaseItem,
} from "../store/case-store";
import { bySoonestDeadline, toCaseSummary } from "./case-view";

async function casesFor(
  principal: AuthenticatedPrincipal,
  stage: CaseStage | undefined,
): Promise<CaseItem[]> {
  switch (principal.role) {
    case "parent":
    case "young-person":
    case "specialist":
    case "supporter":
      return batchGetCases(await caseIdsForMember(`USER#${principal.userId}`));
    case "school":
      return principal.schoolUrn
        ? batchGetCases(await caseIdsForMember(`SCHOOL#${principal.schoolUrn}`))
        : [];
    case "coordinator":
      return caseloadOf(principal.userId);
    case "business-support":
    case "manager": {
      const stages = stage ? [stage] : openStages;
      const lists = await Promise.all(stages.map((s) => casesInStage(s)));
      return lists.flat();
    }
    default:
      return [];
  }
}

export function parseStage(value: string | undefined): CaseStage | undefined {
  if (value === undefined || value === "") return undefined;
  if (!(caseStages as readonly string[]).includes(value)) {
    throw new InvalidError([
      { field: "stage", message: `Stage must be one of: ${caseStages.join(", ")}` },
    ]);
  }
  return value as CaseStage;
}

/**
 * Returns the caller's cases, soonest deadline first. Each listed case gets
 * an audit entry, because the list shows children's names.
 */
export async function listCases(
  principal: AuthenticatedPrincipal,
  stage: CaseStage | undefined,
  actor: Actor,
  now: Date,
): Promise<CaseSummary[]> {
  let cases = await casesFor(principal, stage);
  if (stage) cases = cases.filter((caseItem) => caseItem.stage === stage);

  await writeAuditForCases(
    cases.map((caseItem) => caseItem.caseId),
    { actor, action: "case-listed", at: now },
  );
  return cases.map((caseItem) => toCaseSummary(caseItem, now)).sort(bySoonestDeadline);
}
