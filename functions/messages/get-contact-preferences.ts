import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { getContactPreferences } from "./thread";

export const handler = apiHandler("getContactPreferences", undefined, async (request) => {
  const preferences = await getContactPreferences(
    request.principal,
    request.path.caseId ?? "",
    actorOf(request),
    request.now,
  );
  return { body: preferences };
});
