import { reuseAgreementBodySchema } from "../../shared/schemas/advice";
import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { agreeReuse } from "./form";

export const handler = apiHandler(
  "agreeAdviceReuse",
  reuseAgreementBodySchema,
  async (request) => {
    const view = await agreeReuse(
      request.principal,
      request.path.caseId ?? "",
      request.path.adviceId ?? "",
      request.body.expectedVersion,
      actorOf(request),
      request.now,
    );
    return { status: 201, body: view };
  },
);
