import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { getCaseAdvice } from "./funding";

export const handler = apiHandler("listCaseAdvice", undefined, async (request) => {
  const view = await getCaseAdvice(
    request.principal,
    request.path.caseId ?? "",
    actorOf(request),
    request.now,
  );
  return { body: view };
});
