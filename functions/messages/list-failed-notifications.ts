import { apiHandler } from "../commons/api";
import { failedNotifications } from "./staff-notifications";

export const handler = apiHandler("listFailedNotifications", undefined, async () => {
  return { body: await failedNotifications() };
});
