/**
 * Loads a case for a caller, or throws "Case not found" both when it does
 * not exist and when the caller has no connection to it, so that the response
 * never reveals that a case exists.
 */
import { NotFoundError } from "../../shared/errors";
import { canAccessCase } from "../../shared/permissions";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { logger } from "../commons/logger";
import { writeAudit, type Actor } from "../store/audit";
import { getCaseItem, type CaseItem } from "../store/case-store";
import { isWellFormedId } from "../store/ids";

export const caseNotFound = () => new NotFoundError("Case not found");

export async function loadCaseFor(
  principal: AuthenticatedPrincipal,
  caseId: string,
  actor: Actor,
  now: Date,
): Promise<CaseItem> {
  if (!isWellFormedId(caseId)) throw caseNotFound();

  const caseItem = await getCaseItem(caseId);
  if (!caseItem) throw caseNotFound();

  if (!canAccessCase(principal, caseItem.connections)) {
    // The refusal is recorded on the case, where its owners can see it.
    await writeAudit({ caseId, actor, action: "access-denied", at: now });
    logger.warn("Access to a case denied", { caseReference: caseItem.reference });
    throw caseNotFound();
  }

  logger.appendKeys({ caseReference: caseItem.reference });
  return caseItem;
}

/** Builds the audit actor from an API request. */
export function actorOf(request: {
  principal: AuthenticatedPrincipal;
  sourceIp: string;
  requestId: string;
}): Actor {
  return {
    userId: request.principal.userId,
    role: request.principal.role,
    sourceIp: request.sourceIp,
    requestId: request.requestId,
  };
}
