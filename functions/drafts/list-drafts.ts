import type { DraftView } from "../../shared/api";
import { apiHandler } from "../commons/api";
import { getSubmissionMarker } from "../store/case-store";
import {
  listDraftsBeingChecked,
  listUnsentDrafts,
  toDraftView,
  type DraftItem,
} from "../store/draft-store";

/** Adds the stored submission result, so the home page can show the received date. */
async function withResult(draft: DraftItem): Promise<DraftView> {
  const view = toDraftView(draft);
  const marker = await getSubmissionMarker(draft.draftId);
  if (view.submitted && marker)
    view.submitted = { ...view.submitted, result: marker.result };
  return view;
}

/**
 * Lists the owner's unsent drafts, then the sent requests held as possible
 * duplicates, so a held request never disappears from the family's view.
 */
export const handler = apiHandler("listDrafts", undefined, async ({ principal }) => {
  const [unsent, beingChecked] = await Promise.all([
    listUnsentDrafts(principal.userId),
    listDraftsBeingChecked(principal.userId),
  ]);
  const held = await Promise.all(beingChecked.map(withResult));
  return { body: [...unsent.map(toDraftView), ...held] };
});
