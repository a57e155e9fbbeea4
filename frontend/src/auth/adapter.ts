/** Sign-in adapters: the local token issuer, or the Cognito user pool in AWS. */
import type { Role } from "../../../shared/roles";
import type { AppConfig } from "../config";

export interface SignedInUser {
  userId: string;
  role: Role;
  name: string;
}

export interface AuthAdapter {
  mode: AppConfig["auth"]["mode"];
  /** Signs in and returns the person, or throws an Error with a message to show. */
  signIn(username: string, password: string): Promise<SignedInUser>;
  /** Returns the person signed in earlier in this browser tab, if any. */
  restore(): Promise<SignedInUser | null>;
  /** Returns a current ACCESS token (never the ID token), or null when signed out. */
  getAccessToken(): Promise<string | null>;
  signOut(): Promise<void>;
}

export async function createAuthAdapter(config: AppConfig): Promise<AuthAdapter> {
  if (config.auth.mode === "cognito") {
    // Loaded on demand so that the local build does not carry Amplify.
    const { createCognitoAdapter } = await import("./cognito");
    return createCognitoAdapter(config.auth);
  }
  const { createLocalAdapter } = await import("./local");
  return createLocalAdapter();
}
