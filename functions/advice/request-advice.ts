import { requestAdviceBodySchema } from "../../shared/schemas/advice";
import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { getCaseAdvice } from "./funding";
import { requestAdvice } from "./request";

export const handler = apiHandler(
  "requestAdvice",
  requestAdviceBodySchema,
  async (request) => {
    const caseId = request.path.caseId ?? "";
    await requestAdvice(
      request.principal,
      caseId,
      request.body,
      actorOf(request),
      request.now,
    );
    const view = await getCaseAdvice(
      request.principal,
      caseId,
      actorOf(request),
      request.now,
    );
    return { status: 201, body: view };
  },
);
