import { describe, expect, it } from "vitest";

function apiUrl(): string {
  const url = process.env.API_URL;
  if (!url)
    throw new Error("API_URL is not set: run through the integration global setup");
  return url;
}

async function signIn(username: string): Promise<string> {
  const response = await fetch(`${apiUrl()}/local/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password: "demo-password" }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

describe("local API with real handlers", () => {
  it("returns the signed-in profile", async () => {
    const token = await signIn("school");

    const response = await fetch(`${apiUrl()}/api/me`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as Record<string, unknown>;

    expect(response.status).toBe(200);
    expect(body.userId).toBe("00000000-0000-4000-8000-000000000011");
    expect(body.role).toBe("school");
    expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("rejects requests without tokens", async () => {
    const response = await fetch(`${apiUrl()}/api/me`);

    expect(response.status).toBe(401);
  });

  it("rejects tokens with bad signatures", async () => {
    const token = await signIn("parent");
    const [header, payload] = token.split(".");
    const forged = `${header}.${payload}.${"A".repeat(342)}`;

    const response = await fetch(`${apiUrl()}/api/me`, {
      headers: { Authorization: `Bearer ${forged}` },
    });

    expect(response.status).toBe(401);
  });

  it("checks roles from the route table", async () => {
    const token = await signIn("parent");

    const response = await fetch(`${apiUrl()}/api/intake`, {
      headers: { Authorization: `Bearer ${token}` },
    });

    expect(response.status).toBe(403);
  });
});
