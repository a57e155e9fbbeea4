/**
 * Returns the translation function for a page that families and staff
 * share. Families read it in their chosen language. Staff always read
 * English, because the staff screens are not translated, and a shared
 * computer may have a family's language stored.
 */
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { familyRoles, type Role } from "../../../shared/roles";
import { useApp } from "../app-context";

export function isFamilyRole(role: Role | undefined): boolean {
  return !!role && (familyRoles as readonly Role[]).includes(role);
}

export function useFamilyText(): { t: TFunction; language: string; family: boolean } {
  const { t, i18n } = useTranslation();
  const { user } = useApp();
  const family = isFamilyRole(user?.role);
  if (family) return { t, language: i18n.resolvedLanguage ?? "en", family };
  return { t: i18n.getFixedT("en"), language: "en", family };
}
