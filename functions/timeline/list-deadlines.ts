import { isWellFormedId } from "../store/ids";
import { InvalidError } from "../../shared/errors";
import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { listDeadlines } from "./deadlines";

export const handler = apiHandler("listDeadlines", undefined, async (request) => {
  const coordinatorId = request.query.coordinatorId || undefined;
  if (coordinatorId !== undefined && !isWellFormedId(coordinatorId)) {
    throw new InvalidError([
      { field: "coordinatorId", message: "Coordinator must be a coordinator's id" },
    ]);
  }

  const view = await listDeadlines({ coordinatorId }, actorOf(request), request.now);
  return { body: view };
});
