import { apiHandler } from "../commons/api";
import { actorOf } from "./access";
import { getDocumentLink } from "./read";

export const handler = apiHandler("getDocument", undefined, async (request) => {
  const link = await getDocumentLink(
    request.principal,
    request.path.caseId ?? "",
    request.path.documentId ?? "",
    actorOf(request),
    request.now,
  );
  return { body: link };
});
