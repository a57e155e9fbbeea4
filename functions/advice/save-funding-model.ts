import { fundingModelBodySchema } from "../../shared/scoring";
import { apiHandler } from "../commons/api";
import { saveFundingModel } from "./funding";

export const handler = apiHandler(
  "saveFundingModel",
  fundingModelBodySchema,
  async (request) => ({
    body: await saveFundingModel(
      request.body.model,
      request.body.expectedVersion,
      request.principal.userId,
      request.now,
    ),
  }),
);
