import { apiHandler } from "../commons/api";
import { actorOf } from "./access";
import { getAuditTrail } from "./read";

export const handler = apiHandler("listAudit", undefined, async (request) => {
  const entries = await getAuditTrail(
    request.principal,
    request.path.caseId ?? "",
    actorOf(request),
    request.now,
  );
  return { body: entries };
});
