import { duplicateResolutionSchema } from "../../shared/schemas/case";
import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { resolveDuplicate } from "./intake-service";

export const handler = apiHandler(
  "resolveDuplicate",
  duplicateResolutionSchema,
  async (request) => {
    const result = await resolveDuplicate(
      request.path.duplicateId ?? "",
      request.body,
      actorOf(request),
      request.now,
    );
    return { body: result };
  },
);
