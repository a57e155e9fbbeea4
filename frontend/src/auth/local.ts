/**
 * Sign-in against the local token issuer (`POST /local/sign-in`). The token
 * is kept in sessionStorage, so it lasts as long as the browser tab.
 */
import { isRole } from "../../../shared/roles";
import type { AuthAdapter, SignedInUser } from "./adapter";

const storageKey = "ehc.session";

interface StoredSession {
  accessToken: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  user: SignedInUser;
}

interface SignInResponse {
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
  user: SignedInUser;
}

function readSession(): StoredSession | null {
  const raw = sessionStorage.getItem(storageKey);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as StoredSession;
    if (session.expiresAt <= Date.now() || !isRole(session.user.role)) return null;
    return session;
  } catch {
    return null;
  }
}

export function createLocalAdapter(): AuthAdapter {
  return {
    mode: "local",

    async signIn(username, password) {
      const response = await fetch("/local/sign-in", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username, password }),
      });
      if (response.status === 401 || response.status === 400) {
        throw new Error("Enter a correct username and password");
      }
      if (!response.ok) {
        throw new Error(`Signing in failed with status ${response.status}. Try again`);
      }

      const body = (await response.json()) as SignInResponse;
      const session: StoredSession = {
        accessToken: body.accessToken,
        // Expire a minute early so a request never leaves with a token about to lapse.
        expiresAt: Date.now() + (body.expiresIn - 60) * 1000,
        user: body.user,
      };
      sessionStorage.setItem(storageKey, JSON.stringify(session));
      return body.user;
    },

    async restore() {
      return readSession()?.user ?? null;
    },

    async getAccessToken() {
      return readSession()?.accessToken ?? null;
    },

    async signOut() {
      sessionStorage.removeItem(storageKey);
    },
  };
}
