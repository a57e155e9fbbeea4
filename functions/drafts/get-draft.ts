import { apiHandler } from "../commons/api";
import { getSubmissionMarker } from "../store/case-store";
import { getDraft, toDraftView } from "../store/draft-store";

export const handler = apiHandler("getDraft", undefined, async ({ principal, path }) => {
  const draft = await getDraft(principal.userId, path.draftId ?? "");
  const view = toDraftView(draft);
  if (view.submitted) {
    // The stored dates let the confirmation page show what happens next after a reload.
    const marker = await getSubmissionMarker(draft.draftId);
    if (marker && marker.userId === principal.userId) {
      view.submitted = { ...view.submitted, result: marker.result };
    }
  }
  return { body: view };
});
