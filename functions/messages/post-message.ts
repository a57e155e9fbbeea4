import { postMessageBodySchema } from "../../shared/schemas/messages";
import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { postMessage } from "./thread";

export const handler = apiHandler(
  "postMessage",
  postMessageBodySchema,
  async (request) => {
    const message = await postMessage(
      request.principal,
      request.path.caseId ?? "",
      request.body,
      actorOf(request),
      request.now,
    );
    return { status: 201, body: message };
  },
);
