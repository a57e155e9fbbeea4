import { apiHandler } from "../commons/api";
import { actorOf } from "./access";
import { listCases, parseStage } from "./list";

export const handler = apiHandler("listCases", undefined, async (request) => {
  const stage = parseStage(request.query.stage);
  const cases = await listCases(request.principal, stage, actorOf(request), request.now);
  return { body: cases };
});
