/**
 * The scheduled retry sweep: every minute it attempts the notifications
 * whose retry is due, and any whose sender died mid-send. Locally the sender
 * loop calls the same `sendDueNotifications`.
 */
import middy from "@middy/core";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import type { Context } from "aws-lambda";
import { logger } from "../commons/logger";
import { sendDueNotifications, type DrainResult } from "./sender";

export const handler = middy<unknown, DrainResult, Error, Context>()
  .use(injectLambdaContext(logger, { clearState: true }))
  .handler(async () => {
    const result = await sendDueNotifications();
    if (result.attempted > 0) logger.info("Retry sweep finished", { ...result });
    return result;
  });
