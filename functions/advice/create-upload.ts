import { adviceUploadBodySchema } from "../../shared/schemas/advice";
import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { createAdviceUpload } from "./form";

export const handler = apiHandler(
  "createAdviceUpload",
  adviceUploadBodySchema,
  async (request) => {
    const ticket = await createAdviceUpload(
      request.principal,
      request.path.caseId ?? "",
      request.path.adviceId ?? "",
      request.body,
      actorOf(request),
      request.now,
    );
    return { status: 201, body: ticket };
  },
);
