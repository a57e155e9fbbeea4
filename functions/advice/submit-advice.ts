import { submitAdviceBodySchema } from "../../shared/schemas/advice";
import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { submitAdvice } from "./submit";

export const handler = apiHandler(
  "submitAdvice",
  submitAdviceBodySchema,
  async (request) => {
    const view = await submitAdvice(
      request.principal,
      request.path.caseId ?? "",
      request.path.adviceId ?? "",
      request.body.expectedVersion,
      actorOf(request),
      request.now,
    );
    return { body: view };
  },
);
