import { saveAdviceBodySchema } from "../../shared/schemas/advice";
import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { saveAdvice } from "./form";

export const handler = apiHandler("saveAdvice", saveAdviceBodySchema, async (request) => {
  const view = await saveAdvice(
    request.principal,
    request.path.caseId ?? "",
    request.path.adviceId ?? "",
    request.body,
    actorOf(request),
    request.now,
  );
  return { body: view };
});
