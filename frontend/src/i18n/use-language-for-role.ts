/**
 * Keeps the page's language right for the person signed in. Staff screens
 * are in English only, so a staff sign-in switches the page to English
 * (and its `lang` and `dir` with it), even where a family chose another
 * language earlier in the same browser.
 */
import { useEffect } from "react";
import type { Role } from "../../../shared/roles";
import { i18n } from ".";
import { isFamilyRole } from "./use-family-text";

export function useLanguageForRole(role: Role | undefined): void {
  useEffect(() => {
    if (!role || isFamilyRole(role)) return;
    if (i18n.language !== "en") void i18n.changeLanguage("en");
  }, [role]);
}
