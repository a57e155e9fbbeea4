/**
 * Sign-in against the Cognito user pool with Amplify Auth. The API's
 * authorizer accepts access tokens only, so this sends the access token.
 */
import { Amplify } from "aws-amplify";
import { fetchAuthSession, getCurrentUser, signIn, signOut } from "aws-amplify/auth";
import { isRole, type Role } from "../../../shared/roles";
import type { CognitoSettings } from "../config";
import type { AuthAdapter, SignedInUser } from "./adapter";

function roleFromGroups(groups: unknown): Role | null {
  if (!Array.isArray(groups)) return null;
  const role = groups.find(
    (group): group is Role => typeof group === "string" && isRole(group),
  );
  return role ?? null;
}

async function currentUser(): Promise<SignedInUser | null> {
  const session = await fetchAuthSession();
  const accessToken = session.tokens?.accessToken;
  if (!accessToken) return null;

  const role = roleFromGroups(accessToken.payload["cognito:groups"]);
  if (!role) return null;

  const { userId, username } = await getCurrentUser();
  // The API's /me returns the display name, so the username is shown until it loads.
  return { userId, role, name: username };
}

export function createCognitoAdapter(settings: CognitoSettings): AuthAdapter {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: settings.userPoolId,
        userPoolClientId: settings.clientId,
      },
    },
  });

  return {
    mode: "cognito",

    async signIn(username, password) {
      const result = await signIn({ username, password });
      if (!result.isSignedIn) {
        // NOTE: further steps (MFA codes, a new password) are not built yet.
        throw new Error("Finish signing in with the council's sign-in service");
      }
      const user = await currentUser();
      if (!user) throw new Error("Your account has no role in this service");
      return user;
    },

    async restore() {
      try {
        return await currentUser();
      } catch {
        return null;
      }
    },

    async getAccessToken() {
      const session = await fetchAuthSession();
      return session.tokens?.accessToken?.toString() ?? null;
    },

    async signOut() {
      await signOut();
    },
  };
}
