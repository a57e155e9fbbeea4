import { apiHandler } from "../commons/api";
import { actorOf } from "./access";
import { getCase } from "./read";

export const handler = apiHandler("getCase", undefined, async (request) => {
  const view = await getCase(
    request.principal,
    request.path.caseId ?? "",
    actorOf(request),
    request.now,
  );
  return { body: view };
});
