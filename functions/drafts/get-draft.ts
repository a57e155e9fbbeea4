import { apiHandler } from "../commons/api";
import { getDraft, toDraftView } from "../store/draft-store";

export const handler = apiHandler("getDraft", undefined, async ({ principal, path }) => {
  const draft = await getDraft(principal.userId, path.draftId ?? "");
  return { body: toDraftView(draft) };
});
