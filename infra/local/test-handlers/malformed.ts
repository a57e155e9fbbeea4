/** A test handler that returns something API Gateway cannot turn into a response. */
export async function handler(): Promise<unknown> {
  return { body: { not: "a string" } };
}
