/**
 * The family's contact preferences for one case: email, SMS or both, the
 * language of messages (which also becomes the language of these pages),
 * and whether the school joins the message thread.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { languageCodes, languages, type LanguageCode } from "../../../shared/languages";
import type {
  ContactPreferencesBody,
  ContactPreferencesView,
} from "../../../shared/schemas/messages";
import { useApp } from "../app-context";
import { ApiError } from "../api/client";
import { toShownErrors, type ShownError } from "../api/errors";
import { useLoad } from "../api/use-load";
import { Radios } from "../components/fields";
import {
  ErrorSummary,
  Loading,
  Main,
  NotificationBanner,
  ProblemBanner,
} from "../components/page";
import { LanguageSwitcher } from "../i18n/LanguageSwitcher";

export function ContactPreferencesPage() {
  const { caseId = "" } = useParams();
  const { api } = useApp();
  const { t, i18n } = useTranslation();
  const path = `/cases/${encodeURIComponent(caseId)}/contact-preferences`;
  const { data, error, reload } = useLoad(
    () => api<ContactPreferencesView>("GET", path),
    `preferences-${caseId}`,
  );
  // Undefined until the family changes a choice. Until then the stored choices show.
  const [edited, setForm] = useState<ContactPreferencesBody>();
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [saved, setSaved] = useState(false);
  const form: ContactPreferencesBody | undefined =
    edited ??
    (data
      ? {
          channel: data.channel,
          language: data.language,
          shareMessagesWithSchool: data.shareMessagesWithSchool,
        }
      : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    setSaved(false);
    try {
      await api("PUT", path, form);
      setErrors([]);
      setSaved(true);
      // The pages follow the language chosen for messages.
      await i18n.changeLanguage(form.language);
    } catch (problem) {
      setErrors(
        problem instanceof ApiError && problem.errors.length > 0
          ? toShownErrors(problem.errors)
          : toShownErrors([{ field: "channel", message: String(problem) }]),
      );
    }
  };

  const field = (name: keyof ContactPreferencesBody) =>
    errors.find((problem) => problem.field === name)?.message;

  return (
    <Main
      title={t("preferences.title")}
      hasErrors={errors.length > 0}
      backLink={{ to: `/cases/${caseId}/messages`, text: t("common.back") }}
    >
      <LanguageSwitcher />
      {saved ? (
        <NotificationBanner success title={t("preferences.saved")}>
          <p className="govuk-notification-banner__heading">{t("preferences.saved")}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} title={t("messages.errorTitle")} />
      {data ? (
        <span className="govuk-caption-l">
          {t("preferences.caption", { reference: data.reference })}
        </span>
      ) : null}
      <h1 className="govuk-heading-l">{t("preferences.title")}</h1>
      {error ? <ProblemBanner message={error.message} onReload={reload} /> : null}
      {!form && !error ? <Loading /> : null}
      {form ? (
        <form noValidate onSubmit={(event) => void submit(event)} id="preferences-form">
          <Radios
            name="channel"
            label={t("preferences.channel.legend")}
            legendSize="m"
            value={form.channel}
            error={field("channel")}
            onChange={(value) =>
              setForm({ ...form, channel: value as ContactPreferencesBody["channel"] })
            }
            choices={[
              { value: "email", label: t("preferences.channel.email") },
              { value: "sms", label: t("preferences.channel.sms") },
              { value: "both", label: t("preferences.channel.both") },
            ]}
          />
          <Radios
            name="language"
            label={t("preferences.language.legend")}
            hint={t("preferences.language.hint")}
            legendSize="m"
            value={form.language}
            error={field("language")}
            onChange={(value) => setForm({ ...form, language: value as LanguageCode })}
            choices={languageCodes.map((code) => ({
              value: code,
              label: `${languages[code].nativeName} (${languages[code].englishName})`,
            }))}
          />
          <Radios
            name="shareMessagesWithSchool"
            label={t("preferences.school.legend")}
            legendSize="m"
            value={form.shareMessagesWithSchool ? "yes" : "no"}
            error={field("shareMessagesWithSchool")}
            onChange={(value) =>
              setForm({ ...form, shareMessagesWithSchool: value === "yes" })
            }
            choices={[
              { value: "yes", label: t("preferences.school.yes") },
              { value: "no", label: t("preferences.school.no") },
            ]}
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button">
              {t("preferences.submit")}
            </button>
            <Link className="govuk-link" to={`/cases/${caseId}/messages`}>
              {t("messages.title")}
            </Link>
          </div>
        </form>
      ) : null}
    </Main>
  );
}
