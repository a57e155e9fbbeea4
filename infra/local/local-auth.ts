/**
 * Local sign-in for the demo people. It replaces Cognito's hosted sign-in:
 * a correct demo username and password returns a Cognito-format access token.
 */
import * as z from "zod";
import { accessTokenSeconds, type TokenIssuer } from "./cognito";
import { demoPassword, demoUsers } from "./demo-data";

export const signInRequestSchema = z.object({
  username: z.string().trim().min(1, "Enter a username").max(100),
  password: z.string().min(1, "Enter a password").max(200),
});

export interface SignInResponse {
  accessToken: string;
  expiresIn: number;
  user: { userId: string; role: string; name: string };
}

export type SignInResult =
  | { status: 200; body: SignInResponse }
  | {
      status: 400;
      body: { message: string; errors: { field: string; message: string }[] };
    }
  | { status: 401; body: { message: string } };

/** Checks a sign-in request body and mints an access token for the matching demo user. */
export async function signIn(issuer: TokenIssuer, body: unknown): Promise<SignInResult> {
  const parsed = signInRequestSchema.safeParse(body);
  if (!parsed.success) {
    return {
      status: 400,
      body: {
        message: "Enter a username and password",
        errors: parsed.error.issues.map((issue) => ({
          field: issue.path.join(".") || "body",
          message: issue.message,
        })),
      },
    };
  }

  const user = demoUsers.find((candidate) => candidate.username === parsed.data.username);
  if (!user || parsed.data.password !== demoPassword) {
    return {
      status: 401,
      body: {
        message:
          "The username or password is not correct. Demo users are listed at /local/demo-users",
      },
    };
  }

  const accessToken = await issuer.mintAccessToken({
    userId: user.userId,
    username: user.username,
    role: user.role,
  });
  return {
    status: 200,
    body: {
      accessToken,
      expiresIn: accessTokenSeconds,
      user: { userId: user.userId, role: user.role, name: user.name },
    },
  };
}

/** Lists the demo people without their password, for the local sign-in page. */
export function listDemoUsers() {
  return demoUsers.map((user) => ({
    username: user.username,
    role: user.role,
    name: user.name,
  }));
}
