import { decisionBodySchema } from "../../shared/schemas/case";
import { apiHandler } from "../commons/api";
import { actorOf } from "./access";
import { recordDecision } from "./decision";

export const handler = apiHandler(
  "recordDecision",
  decisionBodySchema,
  async (request) => {
    const view = await recordDecision(
      request.principal,
      request.path.caseId ?? "",
      request.body,
      actorOf(request),
      request.now,
    );
    return { body: view };
  },
);
