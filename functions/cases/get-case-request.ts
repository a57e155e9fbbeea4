import { apiHandler } from "../commons/api";
import { actorOf } from "./access";
import { getCaseRequest } from "./read";

export const handler = apiHandler("getCaseRequest", undefined, async (request) => {
  const view = await getCaseRequest(
    request.principal,
    request.path.caseId ?? "",
    actorOf(request),
    request.now,
  );
  return { body: view };
});
