import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { retryNotification } from "./staff-notifications";

export const handler = apiHandler("retryNotification", undefined, async (request) => {
  const notification = await retryNotification(
    request.principal,
    request.path.caseId ?? "",
    request.path.notificationId ?? "",
    actorOf(request),
    request.now,
  );
  return { body: notification };
});
