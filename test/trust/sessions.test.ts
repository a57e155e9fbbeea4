/**
 * Sessions: every kind of bad token is rejected on every route, the user
 * pool limits and revokes access tokens, and signing out in the front end
 * removes the stored token.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from "jose";
import { Template } from "aws-cdk-lib/assertions";
import { routes } from "../../shared/routes";
import { createApp } from "../../infra/cdk/create-app";
import { localIssuer, localUserPool } from "../../infra/local/cognito";
import { repositoryRoot } from "../../infra/local/settings";
import { createLocalAdapter } from "../../frontend/src/auth/local";
import { demoUser, tokenFor } from "../support/tokens";
import { handlerExists, httpCall } from "./support";

interface StoredKeys {
  kid: string;
  privateJwk: JWK;
}

let keys: StoredKeys;

function storedKeys(): StoredKeys {
  return JSON.parse(
    readFileSync(process.env.LOCAL_KEY_FILE as string, "utf8"),
  ) as StoredKeys;
}

/** Signs a token with the local pool's key, as Cognito would, with the claims given. */
async function signed(
  claims: Record<string, unknown>,
  options: {
    issuer?: string;
    subject?: string;
    key?: CryptoKey | Uint8Array;
    kid?: string;
  } = {},
): Promise<string> {
  const key = options.key ?? (await importJWK(keys.privateJwk, "RS256"));
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    token_use: "access",
    client_id: localUserPool.clientId,
    scope: "aws.cognito.signin.user.admin",
    ...claims,
  })
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? keys.kid })
    .setSubject(options.subject ?? demoUser("parent").userId)
    .setIssuer(options.issuer ?? localIssuer)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(key as CryptoKey);
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** Every bad token, with the status it must get: 401 for a bad token, 403 for a bad role. */
async function badTokens(): Promise<{ label: string; token: string; status: number }[]> {
  const parent = demoUser("parent");
  const valid = await tokenFor("parent");
  const [header, payload, signature] = valid.split(".") as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<
    string,
    unknown
  >;
  const otherKey = await generateKeyPair("RS256");
  const issuedLongAgo = Math.floor(Date.now() / 1000) - 7200;

  return [
    {
      label: "expired",
      token: await tokenFor("parent", {
        issuedAt: issuedLongAgo,
        expiresInSeconds: 3600,
      }),
      status: 401,
    },
    {
      label: "other key, same kid",
      token: await signed({ "cognito:groups": ["parent"] }, { key: otherKey.privateKey }),
      status: 401,
    },
    {
      label: "other key and kid",
      token: await signed(
        { "cognito:groups": ["parent"] },
        { key: otherKey.privateKey, kid: "another-key" },
      ),
      status: 401,
    },
    {
      label: "payload changed to manager",
      token: `${header}.${base64url({ ...claims, "cognito:groups": ["manager"] })}.${signature}`,
      status: 401,
    },
    {
      label: "subject changed",
      token: `${header}.${base64url({ ...claims, sub: demoUser("parent2").userId })}.${signature}`,
      status: 401,
    },
    {
      label: "signature removed",
      token: `${header}.${payload}.`,
      status: 401,
    },
    {
      label: "algorithm none",
      token: `${base64url({ alg: "none", typ: "JWT" })}.${payload}.`,
      status: 401,
    },
    {
      label: "HMAC with the public key",
      token: await new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256", kid: keys.kid })
        .sign(
          new TextEncoder().encode(JSON.stringify(await exportJWK(otherKey.publicKey))),
        ),
      status: 401,
    },
    {
      label: "other issuer",
      token: await signed(
        { "cognito:groups": ["parent"] },
        { issuer: "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_OtherPool" },
      ),
      status: 401,
    },
    {
      label: "other client id",
      token: await signed({
        "cognito:groups": ["parent"],
        client_id: "otherclient00000000000000",
      }),
      status: 401,
    },
    {
      label: "ID token",
      token: await signed({
        "cognito:groups": ["parent"],
        token_use: "id",
        aud: localUserPool.clientId,
        email: parent.email,
      }),
      status: 401,
    },
    { label: "no groups", token: await signed({}), status: 403 },
    {
      label: "unknown group only",
      token: await signed({ "cognito:groups": ["admin"] }),
      status: 403,
    },
    {
      label: "two role groups",
      token: await signed({ "cognito:groups": ["parent", "manager"] }),
      status: 403,
    },
    {
      label: "group unlike the profile",
      token: await signed({ "cognito:groups": ["manager"] }),
      status: 403,
    },
    {
      label: "school without a school",
      token: await signed(
        { "cognito:groups": ["school"] },
        { subject: crypto.randomUUID() },
      ),
      status: 403,
    },
  ];
}

beforeAll(() => {
  keys = storedKeys();
});

describe("bad tokens", () => {
  it("rejects bad tokens everywhere", async () => {
    const tokens = await badTokens();
    const failures: string[] = [];
    let tried = 0;

    for (const route of routes.filter(handlerExists)) {
      for (const { label, token, status } of tokens) {
        const response = await httpCall(route, {
          authorization: `Bearer ${token}`,
          pathParameters: Object.fromEntries(
            [...route.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => [
              name as string,
              "00000000-0000-4000-8000-000000000000",
            ]),
          ),
          body: {},
        });
        tried += 1;
        if (response.status !== status) {
          failures.push(`${route.id} ${label}: ${response.status}`);
        }
      }
    }

    console.log(`Sessions: ${tried} requests with ${tokens.length} kinds of bad token`);
    expect(failures).toEqual([]);
  });

  it("rejects malformed authorization headers", async () => {
    const valid = await tokenFor("parent");
    const route = routes.find((candidate) => candidate.id === "listCases");
    if (!route) throw new Error("listCases is missing from the route table");

    for (const header of [
      "",
      "Bearer",
      `Basic ${valid}`,
      `Bearer ${valid} extra`,
      valid,
    ]) {
      const response = await httpCall(route, { authorization: header || undefined });
      expect(response.status, JSON.stringify(header.slice(0, 12))).toBe(401);
    }
  });
});

describe("user pool", () => {
  it("limits and revokes access tokens", () => {
    const { stack } = createApp({ context: { "aws:cdk:bundling-stacks": [] } });
    const template = Template.fromStack(stack);

    template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes" },
      EnableTokenRevocation: true,
      GenerateSecret: false,
    });
  }, 120_000);
});

describe("front end sign-out", () => {
  const storage = new Map<string, string>();

  beforeAll(() => {
    vi.stubGlobal("sessionStorage", {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => storage.set(key, value),
      removeItem: (key: string) => storage.delete(key),
      clear: () => storage.clear(),
    });
    vi.stubGlobal("fetch", async () =>
      Response.json({
        accessToken: "header.payload.signature",
        expiresIn: 3600,
        user: { userId: demoUser("parent").userId, role: "parent", name: "Sam Parent" },
      }),
    );
  });

  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it("local sign-out forgets the token", async () => {
    const adapter = createLocalAdapter();
    await adapter.signIn("parent", "demo-password");
    expect(await adapter.getAccessToken()).toBe("header.payload.signature");

    await adapter.signOut();

    expect(await adapter.getAccessToken()).toBeNull();
    expect(await adapter.restore()).toBeNull();
    expect(storage.size).toBe(0);
  });

  it("app signs out through the adapter", () => {
    const app = readFileSync(join(repositoryRoot, "frontend/src/App.tsx"), "utf8");
    const cognito = readFileSync(
      join(repositoryRoot, "frontend/src/auth/cognito.ts"),
      "utf8",
    );

    // The sign-out button and an expired session both clear the adapter, then the user.
    const signOuts = [...app.matchAll(/auth\.signOut\(\)[\s\S]{0,80}?setUser\(null\)/g)];
    expect(signOuts.length).toBeGreaterThanOrEqual(2);
    // In AWS the adapter calls Amplify's signOut, which clears the tokens it stores.
    expect(cognito).toMatch(/import \{[^}]*\bsignOut\b[^}]*\} from "aws-amplify\/auth"/);
    expect(cognito).toMatch(/async signOut\(\) \{\s*await signOut\(/);
  });
});
