import { createDraftBodySchema } from "../../shared/api";
import { InvalidError } from "../../shared/errors";
import { apiHandler } from "../commons/api";
import { createDraft, toDraftView } from "../store/draft-store";

export const handler = apiHandler(
  "createDraft",
  createDraftBodySchema,
  async ({ principal, body, now }) => {
    // Requester types share their names with the roles that may make them.
    if (body.requesterType !== principal.role) {
      throw new InvalidError([
        {
          field: "requesterType",
          message: "You can only make a request as the person you signed in as",
        },
      ]);
    }

    const draft = await createDraft(principal.userId, body.requesterType, now);
    return { status: 201, body: toDraftView(draft) };
  },
);
