import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { submitDraft } from "../submission/submit";

export const handler = apiHandler("submitDraft", undefined, async (request) => {
  const submitted = await submitDraft(
    request.principal,
    request.path.draftId ?? "",
    actorOf(request),
    request.now,
  );
  return { status: submitted.status, body: submitted.result };
});
