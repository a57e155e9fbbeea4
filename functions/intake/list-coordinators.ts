import { apiHandler } from "../commons/api";
import { listCoordinators } from "./intake-service";

export const handler = apiHandler("listCoordinators", undefined, async () => {
  return { body: await listCoordinators() };
});
