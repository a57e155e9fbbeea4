/**
 * Verifies Cognito access tokens with aws-jwt-verify, the same code in AWS and
 * locally. Locally the key set comes from the stand-in issuer instead of
 * Cognito's well-known address.
 */
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { ForbiddenError, UnauthorisedError } from "../../shared/errors";
import type { Principal } from "../../shared/permissions";
import { isRole, type Role } from "../../shared/roles";
import { dynamo } from "./clients";
import { config } from "./config";
import { keys } from "../store/table";

type Verifier = ReturnType<typeof createVerifier>;

function createVerifier() {
  const verifier = CognitoJwtVerifier.create({
    userPoolId: config.userPoolId,
    tokenUse: "access",
    clientId: config.userPoolClientId,
  });
  if (config.localJwks) verifier.cacheJwks(JSON.parse(config.localJwks));
  return verifier;
}

let verifier: Verifier | undefined;

/** Profile fields kept in the table for each person who can sign in. */
export interface Profile {
  userId: string;
  role: Role;
  name: string;
  email?: string;
  schoolUrn?: string;
}

export interface AuthenticatedPrincipal extends Principal {
  profile?: Profile;
}

/** Reads the bearer token, verifies it and works out the caller's one role. */
export async function authenticate(
  authorization: string | undefined,
): Promise<AuthenticatedPrincipal> {
  const token = /^Bearer (\S+)$/i.exec(authorization ?? "")?.[1];
  if (!token) throw new UnauthorisedError();

  verifier ??= createVerifier();
  let payload: Awaited<ReturnType<Verifier["verify"]>>;
  try {
    payload = await verifier.verify(token);
  } catch {
    throw new UnauthorisedError("Your session has ended or is not valid. Sign in again");
  }

  const groups = (payload["cognito:groups"] ?? []).filter(isRole);
  if (groups.length !== 1) {
    throw new ForbiddenError("Your account must belong to exactly one role");
  }
  const role = groups[0] as Role;

  const result = await dynamo().send(
    new GetCommand({ TableName: config.tableName, Key: keys.profile(payload.sub) }),
  );
  const profile = result.Item as Profile | undefined;

  if (profile && profile.role !== role) {
    throw new ForbiddenError("Your account's role does not match its profile");
  }
  if (role === "school" && !profile?.schoolUrn) {
    throw new ForbiddenError("Your account is not linked to a school");
  }

  return { userId: payload.sub, role, schoolUrn: profile?.schoolUrn, profile };
}
