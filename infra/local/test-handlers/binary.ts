/** A test handler that returns a base64-encoded body, as handlers serving files do. */
export async function handler() {
  return {
    statusCode: 200,
    headers: { "Content-Type": "application/octet-stream" },
    body: Buffer.from([0, 1, 2, 255]).toString("base64"),
    isBase64Encoded: true,
  };
}
