/** A test handler that returns the event it received, so tests can inspect it. */
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";

/** How many times the handler ran, read by tests that expect it not to run. */
export const calls = { count: 0 };

export async function handler(
  event: APIGatewayProxyEvent,
  context: Context,
): Promise<APIGatewayProxyResult> {
  calls.count += 1;
  return {
    statusCode: 200,
    headers: { "Content-Type": "application/json", "X-Echo": "yes" },
    multiValueHeaders: { "Set-Cookie": ["a=1", "b=2"] },
    body: JSON.stringify({
      event,
      context: {
        functionName: context.functionName,
        awsRequestId: context.awsRequestId,
        remainingMs: context.getRemainingTimeInMillis(),
      },
    }),
  };
}
