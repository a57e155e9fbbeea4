import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { getThread } from "./thread";

export const handler = apiHandler("listThread", undefined, async (request) => {
  const thread = await getThread(
    request.principal,
    request.path.caseId ?? "",
    actorOf(request),
    request.now,
  );
  return { body: thread };
});
