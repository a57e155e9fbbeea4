import { batchGetCases } from "../store/case-store";
import { apiHandler } from "../commons/api";
import { writeAuditForCases } from "../store/audit";
import { actorOf } from "../cases/access";
import { listAdviceForAdviser } from "./advice-store";
import { toInboxEntry } from "./views";

/**
 * Lists the caller's advice requests, soonest due first, because GSI1 sorts them
 * by due date. Each entry names the child, whom the adviser may see because
 * they were asked to advise on the case.
 */
export const handler = apiHandler("listAdviceInbox", undefined, async (request) => {
  const advice = await listAdviceForAdviser(request.principal.userId);
  const cases = new Map(
    (await batchGetCases(advice.map((item) => item.caseId))).map((caseItem) => [
      caseItem.caseId,
      caseItem,
    ]),
  );

  const entries = advice.flatMap((item) => {
    const caseItem = cases.get(item.caseId);
    return caseItem ? [toInboxEntry(item, caseItem, request.now)] : [];
  });
  await writeAuditForCases([...new Set(entries.map((entry) => entry.caseId))], {
    actor: actorOf(request),
    action: "case-listed",
    at: request.now,
  });
  return { body: entries };
});
