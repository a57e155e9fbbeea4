import { saveDraftBodySchema } from "../../shared/api";
import type { RequestDraft } from "../../shared/schemas/request";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { apiHandler } from "../commons/api";
import { getSchool } from "../store/case-store";
import { getDraft, saveDraft, toDraftView, type DraftItem } from "../store/draft-store";

/**
 * Puts a school's own name and URN in the child's current setting. A school
 * request's case belongs to the school the signed-in person works for, so
 * the stored answers must name the same school.
 */
async function withRequestingSchool(
  answers: RequestDraft,
  draft: DraftItem,
  principal: AuthenticatedPrincipal,
): Promise<RequestDraft> {
  if (draft.requesterType !== "school" || !principal.schoolUrn || !answers.child) {
    return answers;
  }
  const school = await getSchool(principal.schoolUrn);
  const setting = answers.child.currentSetting ?? {};
  return {
    ...answers,
    child: {
      ...answers.child,
      currentSetting: {
        ...setting,
        urn: principal.schoolUrn,
        ...(school?.name ? { name: school.name } : {}),
      } as NonNullable<RequestDraft["child"]>["currentSetting"],
    },
  };
}

export const handler = apiHandler(
  "saveDraft",
  saveDraftBodySchema,
  async ({ principal, path, body, now }) => {
    const draftId = path.draftId ?? "";
    const draft = await getDraft(principal.userId, draftId);

    // The requester is fixed when the draft is created.
    const answers = await withRequestingSchool(
      { ...body.answers, requester: { type: draft.requesterType } },
      draft,
      principal,
    );
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
