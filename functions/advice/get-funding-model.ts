import { apiHandler } from "../commons/api";
import { loadFundingModel } from "./funding";

export const handler = apiHandler("getFundingModel", undefined, async () => ({
  body: await loadFundingModel(),
}));
