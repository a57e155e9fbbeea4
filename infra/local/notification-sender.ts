/**
 * The local sender loop, in place of the DynamoDB stream and the scheduled
 * retry sweep that drive the sender in AWS. Every interval it runs the same
 * `sendDueNotifications` as the AWS retry sweep, on the service's clock, so
 * retries fall due as the virtual clock moves.
 */
import { describeError, logger } from "../../functions/commons/logger";
import { sendDueNotifications } from "../../functions/messages/sender";

export interface NotificationSenderLoop {
  stop(): void;
  /** Runs one pass now and waits for it; tests and the demo call this after moving the clock. */
  runOnce(): Promise<void>;
}

export function startNotificationSender(intervalMs = 1_000): NotificationSenderLoop {
  let running: Promise<void> | undefined;

  const runOnce = async (): Promise<void> => {
    // One pass at a time: a slow pass must not overlap the next tick.
    if (running) return running;
    running = (async () => {
      try {
        await sendDueNotifications();
      } catch (error) {
        logger.error("Local sender pass failed", describeError(error));
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const timer = setInterval(() => void runOnce(), intervalMs);
  timer.unref();
  return {
    stop: () => clearInterval(timer),
    runOnce,
  };
}
