import { exceptionBodySchema } from "../../shared/api";
import { apiHandler } from "../commons/api";
import { actorOf } from "./access";
import { recordException } from "./exception";

export const handler = apiHandler(
  "recordException",
  exceptionBodySchema,
  async (request) => {
    const view = await recordException(
      request.principal,
      request.path.caseId ?? "",
      request.body,
      actorOf(request),
      request.now,
    );
    return { body: view };
  },
);
