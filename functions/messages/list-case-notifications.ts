import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { caseNotifications } from "./staff-notifications";

export const handler = apiHandler("listCaseNotifications", undefined, async (request) => {
  const notifications = await caseNotifications(
    request.principal,
    request.path.caseId ?? "",
    actorOf(request),
    request.now,
  );
  return { body: notifications };
});
