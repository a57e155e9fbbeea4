import { saveDraftBodySchema } from "../../shared/api";
import { apiHandler } from "../commons/api";
import { getDraft, saveDraft, toDraftView } from "../store/draft-store";

export const handler = apiHandler(
  "saveDraft",
  saveDraftBodySchema,
  async ({ principal, path, body, now }) => {
    const draftId = path.draftId ?? "";
    const draft = await getDraft(principal.userId, draftId);

    // The requester is fixed when the draft is created.
    const answers = { ...body.answers, requester: { type: draft.requesterType } };
    const saved = await saveDraft(
      principal.userId,
      draftId,
      answers,
      body.expectedVersion,
      now,
    );
    return { body: toDraftView(saved) };
  },
);
