/**
 * The language switcher for family-facing pages: one link per language,
 * each named in its own language and marked with its `lang`, as GOV.UK
 * services do for Welsh. A notice says when the text is an unchecked
 * machine translation.
 */
import { useTranslation } from "react-i18next";
import { languageCodes, languages } from "../../../shared/languages";
import { isUnreviewed } from ".";
import "./language-switcher.css";

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? "en";

  return (
    <nav className="app-language-switcher" aria-label={t("common.language.change")}>
      <ul className="govuk-list app-language-switcher__list">
        {languageCodes.map((code) => {
          const info = languages[code];
          return (
            <li key={code} className="app-language-switcher__item">
              {code === current ? (
                <span aria-current="true" lang={code} dir={info.direction}>
                  {info.nativeName}
                </span>
              ) : (
                <button
                  type="button"
                  className="govuk-link app-link-button"
                  lang={code}
                  dir={info.direction}
                  onClick={() => void i18n.changeLanguage(code)}
                >
                  {info.nativeName}
                  <span className="govuk-visually-hidden"> ({info.englishName})</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {isUnreviewed(current) ? (
        <div className="govuk-inset-text app-language-switcher__notice">
          {t("common.machineTranslation")}
        </div>
      ) : null}
    </nav>
  );
}
