import { allocationBodySchema } from "../../shared/schemas/case";
import { apiHandler } from "../commons/api";
import { actorOf } from "./access";
import { changeCoordinator } from "./coordinator";

export const handler = apiHandler(
  "changeCoordinator",
  allocationBodySchema,
  async (request) => {
    const view = await changeCoordinator(
      request.principal,
      request.path.caseId ?? "",
      request.body,
      actorOf(request),
      request.now,
    );
    return { body: view };
  },
);
