/**
 * A local stand-in for the Cognito user pool: it signs access tokens with the
 * same claims Cognito puts in them, so the API verifies them with
 * aws-jwt-verify exactly as it does in AWS.
 */
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from "jose";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { randomUUID } from "node:crypto";
import type { Role } from "../../shared/roles";

export const localUserPool = {
  region: "eu-west-2",
  userPoolId: "eu-west-2_LocalPool1",
  clientId: "localwebclient0000000000000",
};

export const localIssuer = `https://cognito-idp.${localUserPool.region}.amazonaws.com/${localUserPool.userPoolId}`;

/** Access tokens last an hour, Cognito's default. */
export const accessTokenSeconds = 3600;

interface StoredKeys {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export interface TokenIssuer {
  jwks: { keys: JWK[] };
  mintAccessToken(user: {
    userId: string;
    username: string;
    role: Role;
    expiresInSeconds?: number;
    issuedAt?: number;
  }): Promise<string>;
}

async function loadOrCreateKeys(keyFile: string): Promise<StoredKeys> {
  if (existsSync(keyFile)) return JSON.parse(readFileSync(keyFile, "utf8")) as StoredKeys;

  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const stored: StoredKeys = {
    kid: randomUUID(),
    privateJwk: await exportJWK(privateKey),
    publicJwk: await exportJWK(publicKey),
  };
  mkdirSync(dirname(keyFile), { recursive: true });
  writeFileSync(keyFile, JSON.stringify(stored), { mode: 0o600 });
  return stored;
}

/** Creates the issuer, keeping its key in `keyFile` so tokens survive a restart. */
export async function createTokenIssuer(keyFile: string): Promise<TokenIssuer> {
  const stored = await loadOrCreateKeys(keyFile);
  const privateKey = await importJWK(stored.privateJwk, "RS256");

  return {
    jwks: { keys: [{ ...stored.publicJwk, kid: stored.kid, alg: "RS256", use: "sig" }] },
    async mintAccessToken(user) {
      const issuedAt = user.issuedAt ?? Math.floor(Date.now() / 1000);
      return new SignJWT({
        "cognito:groups": [user.role],
        token_use: "access",
        scope: "aws.cognito.signin.user.admin",
        auth_time: issuedAt,
        client_id: localUserPool.clientId,
        username: user.username,
        origin_jti: randomUUID(),
        event_id: randomUUID(),
      })
        .setProtectedHeader({ alg: "RS256", kid: stored.kid })
        .setSubject(user.userId)
        .setIssuer(localIssuer)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + (user.expiresInSeconds ?? accessTokenSeconds))
        .setJti(randomUUID())
        .sign(privateKey);
    },
  };
}
