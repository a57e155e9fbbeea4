import { fundingBandBodySchema } from "../../shared/scoring";
import { apiHandler } from "../commons/api";
import { actorOf } from "../cases/access";
import { setFundingBand } from "./funding";

export const handler = apiHandler(
  "setFundingBand",
  fundingBandBodySchema,
  async (request) => {
    const view = await setFundingBand(
      request.principal,
      request.path.caseId ?? "",
      request.body,
      actorOf(request),
      request.now,
    );
    return { body: view };
  },
);
