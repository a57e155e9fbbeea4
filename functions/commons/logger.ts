import { Logger } from "@aws-lambda-powertools/logger";

/**
 * The one logger. Log ids, references, roles and counts only: never a name,
 * email address, phone number, date of birth or document text.
 */
export const logger = new Logger({
  serviceName: "ehc-assessment",
  logLevel: (process.env.LOG_LEVEL as "INFO" | "DEBUG" | "WARN" | "ERROR") ?? "INFO",
});

/** Describes an unexpected error without its message, which may echo personal data. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorType: typeof error };

  const metadata = error as { $metadata?: { httpStatusCode?: number }; code?: string };
  return {
    errorName: error.name,
    errorCode: metadata.code,
    httpStatusCode: metadata.$metadata?.httpStatusCode,
    stack: error.stack?.split("\n").slice(1, 6).join("\n"),
  };
}
