import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { listIntake } from "./intake-service";

export const handler = apiHandler("listIntake", undefined, async (request) => {
  return { body: await listIntake(actorOf(request), request.now) };
});
