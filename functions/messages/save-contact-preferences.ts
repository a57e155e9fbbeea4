import { contactPreferencesBodySchema } from "../../shared/schemas/messages";
import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { saveContactPreferences } from "./thread";

export const handler = apiHandler(
  "saveContactPreferences",
  contactPreferencesBodySchema,
  async (request) => {
    const preferences = await saveContactPreferences(
      request.principal,
      request.path.caseId ?? "",
      request.body,
      actorOf(request),
      request.now,
    );
    return { body: preferences };
  },
);
