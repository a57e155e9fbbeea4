import { apiHandler } from "../commons/api";
import { listUnsentDrafts, toDraftView } from "../store/draft-store";

export const handler = apiHandler("listDrafts", undefined, async ({ principal }) => {
  const drafts = await listUnsentDrafts(principal.userId);
  return { body: drafts.map(toDraftView) };
});
