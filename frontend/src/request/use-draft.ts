/** Loads a draft and saves answers to it with optimistic locking. */
import { useState } from "react";
import { saveDraftBodySchema, type DraftView } from "../../../shared/api";
import type { RequestDraft } from "../../../shared/schemas/request";
import { useApp } from "../app-context";
import { ApiError } from "../api/client";
import { zodFieldErrors } from "../api/errors";
import { useLoad } from "../api/use-load";

export function useDraft(draftId: string | undefined) {
  const { api } = useApp();
  const loaded = useLoad(
    () =>
      draftId
        ? api<DraftView>("GET", `/drafts/${encodeURIComponent(draftId)}`)
        : Promise.resolve(undefined),
    draftId ?? "",
  );
  const [saved, setSaved] = useState<DraftView>();
  const draft =
    saved && loaded.data && saved.version > loaded.data.version ? saved : loaded.data;

  /**
   * Saves the whole answers object. Throws ApiError: 400 with field errors
   * (checked here first with the same schema the API uses), or 409 when the
   * draft changed elsewhere since it was loaded.
   */
  async function save(answers: RequestDraft): Promise<DraftView> {
    if (!draft) throw new ApiError(0, "The request has not loaded yet");
    const body = { answers, expectedVersion: draft.version };
    const parsed = saveDraftBodySchema.safeParse(body);
    if (!parsed.success) {
      throw new ApiError(
        400,
        "There is a problem with the answers",
        zodFieldErrors(parsed.error).map((error) => ({
          ...error,
          field: error.field.replace(/^answers\./, ""),
        })),
      );
    }

    const result = await api<DraftView>(
      "PUT",
      `/drafts/${encodeURIComponent(draft.draftId)}`,
      body,
    );
    setSaved(result);
    return result;
  }

  function reload() {
    setSaved(undefined);
    loaded.reload();
  }

  return { draft, error: loaded.error, save, reload };
}
