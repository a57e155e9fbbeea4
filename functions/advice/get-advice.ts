import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { getAdvice } from "./form";

export const handler = apiHandler("getAdvice", undefined, async (request) => {
  const view = await getAdvice(
    request.principal,
    request.path.caseId ?? "",
    request.path.adviceId ?? "",
    actorOf(request),
    request.now,
  );
  return { body: view };
});
