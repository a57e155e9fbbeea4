/** The app's signed-in state, shared with every page through React context. */
import { createContext, useContext } from "react";
import type { ApiClient } from "./api/client";
import type { AuthAdapter, SignedInUser } from "./auth/adapter";
import type { AppConfig } from "./config";
import type { IsoDate } from "../../shared/dates";

export interface AppState {
  config: AppConfig;
  auth: AuthAdapter;
  api: ApiClient;
  user: SignedInUser | null;
  /** The school's name, for school staff, once the profile has loaded. */
  schoolName?: string;
  /** The school's URN, for school staff, once the profile has loaded. */
  schoolUrn?: string;
  setUser: (user: SignedInUser | null) => void;
  /** Goes up each time the page's data must be loaded again, such as after the demo clock moved. */
  dataVersion: number;
  /** Makes every page load its data again. */
  refreshData: () => void;
  /**
   * Today in London: the demo clock's date in the local service, otherwise
   * the browser's. Undefined while the demo clock loads.
   */
  today: IsoDate | undefined;
  signOut: () => Promise<void>;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error("useApp must be used inside AppContext");
  return state;
}

/** Returns the signed-in person; pages that call it render only after sign-in. */
export function useUser(): SignedInUser {
  const { user } = useApp();
  if (!user) throw new Error("useUser needs a signed-in person");
  return user;
}
