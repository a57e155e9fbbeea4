/** Mints access tokens for the demo people, signed by the test run's local issuer. */
import { createTokenIssuer, type TokenIssuer } from "../../infra/local/cognito";
import { demoUsers, type DemoUser } from "../../infra/local/demo-data";

let issuer: Promise<TokenIssuer> | undefined;

export function demoUser(username: string): DemoUser {
  const user = demoUsers.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`No demo user named ${username}`);
  return user;
}

export async function tokenFor(
  username: string,
  options: { expiresInSeconds?: number; issuedAt?: number } = {},
): Promise<string> {
  const keyFile = process.env.LOCAL_KEY_FILE;
  if (!keyFile)
    throw new Error(
      "LOCAL_KEY_FILE is not set: run the tests through vitest's global setup",
    );
  issuer ??= createTokenIssuer(keyFile);

  const user = demoUser(username);
  return (await issuer).mintAccessToken({
    userId: user.userId,
    username: user.username,
    role: user.role,
    ...options,
  });
}
