/**
 * The message centre for one case: the thread between the family and the
 * council (and the school when the family agrees), with a form to reply.
 * Family text goes through i18next. Staff also see each email and SMS the
 * case has sent, with its delivery status, in English.
 */
import { useRef, useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import type { Role } from "../../../shared/roles";
import {
  maxMessageLength,
  type ThreadMessage,
  type ThreadView,
} from "../../../shared/schemas/messages";
import { useApp, useUser } from "../app-context";
import { ApiError } from "../api/client";
import { toShownErrors, type ShownError } from "../api/errors";
import { useLoad } from "../api/use-load";
import { Textarea } from "../components/fields";
import {
  ErrorSummary,
  Loading,
  Main,
  NotificationBanner,
  ProblemBanner,
  useFocusWhenShown,
} from "../components/page";
import { LanguageSwitcher } from "../i18n/LanguageSwitcher";
import { useFamilyText } from "../i18n/use-family-text";
import { DeliveryStatusTable } from "./DeliveryStatusTable";
import { formatSentAt } from "./format";
import "./messages.css";

const staffRoles: Role[] = ["business-support", "coordinator", "manager"];

export function MessageCentrePage() {
  const { caseId = "" } = useParams();
  const { api, refreshData } = useApp();
  const user = useUser();
  const { t, language, family } = useFamilyText();
  const { data, error, reload } = useLoad(
    () => api<ThreadView>("GET", `/cases/${encodeURIComponent(caseId)}/messages`),
    `thread-${caseId}`,
  );

  const staff = staffRoles.includes(user.role);

  return (
    <Main
      title={t("messages.title")}
      backLink={{ to: `/cases/${caseId}`, text: t("common.back") }}
    >
      {family ? <LanguageSwitcher /> : null}
      {data ? (
        <span className="govuk-caption-l">
          {t("messages.caption", { reference: data.reference })}
        </span>
      ) : null}
      <h1 className="govuk-heading-l">{t("messages.title")}</h1>
      {error ? <ProblemBanner message={error.message} onReload={reload} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <>
          <p className="govuk-body">
            {family ? t("messages.intro") : t("messages.staffIntro")}
          </p>
          <p className="govuk-body" id="thread-audience">
            {data.schoolIncluded
              ? t("messages.schoolIncluded")
              : t("messages.schoolNotIncluded")}
          </p>
          {family ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/cases/${caseId}/contact-preferences`}>
                {t("messages.preferencesLink")}
              </Link>
            </p>
          ) : null}
          <Thread messages={data.messages} language={language} />
          {data.canPost ? <ReplyForm caseId={caseId} onSent={refreshData} /> : null}
          {staff ? <DeliveryStatusTable caseId={caseId} /> : null}
        </>
      ) : null}
    </Main>
  );
}

function Thread(props: { messages: ThreadMessage[]; language: string }) {
  const { t } = useFamilyText();
  if (props.messages.length === 0) {
    return <p className="govuk-body app-thread__empty">{t("messages.empty")}</p>;
  }

  return (
    <ol className="govuk-list app-thread" aria-label={t("messages.title")}>
      {props.messages.map((message) => {
        const who = message.mine
          ? t("messages.author.you")
          : message.author === "family"
            ? t("messages.author.family")
            : `${t(`messages.author.${message.author}`)}, ${message.authorName}`;
        return (
          <li
            key={message.messageId}
            className={`app-thread__message${message.mine ? " app-thread__message--mine" : ""}`}
          >
            <h2 className="govuk-heading-s app-thread__author">{who}</h2>
            <p className="govuk-body-s app-thread__time">
              {t("messages.sentOn", {
                when: formatSentAt(message.sentAt, props.language),
              })}
            </p>
            {/* The message keeps the writer's own language and line breaks. */}
            <p className="govuk-body app-thread__body" dir="auto">
              {message.body}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

function ReplyForm(props: { caseId: string; onSent: () => void }) {
  const { api } = useApp();
  const { t } = useFamilyText();
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [sending, setSending] = useState(false);
  const [sentCount, setSentCount] = useState(0);
  const banner = useRef<HTMLDivElement>(null);
  useFocusWhenShown(banner, sentCount > 0 ? sentCount : undefined);

  const check = (): ShownError[] => {
    const trimmed = body.trim();
    if (trimmed === "") {
      return toShownErrors([{ field: "body", message: t("messages.form.empty") }]);
    }
    if (trimmed.length > maxMessageLength) {
      return toShownErrors([
        { field: "body", message: t("messages.form.tooLong", { max: maxMessageLength }) },
      ]);
    }
    return [];
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = check();
    setErrors(problems);
    if (problems.length > 0 || sending) return;

    setSending(true);
    try {
      await api("POST", `/cases/${encodeURIComponent(props.caseId)}/messages`, { body });
      setBody("");
      setSentCount((count) => count + 1);
      props.onSent();
    } catch (problem) {
      setErrors(
        problem instanceof ApiError && problem.errors.length > 0
          ? toShownErrors(problem.errors)
          : toShownErrors([
              {
                field: "body",
                message: problem instanceof Error ? problem.message : String(problem),
              },
            ]),
      );
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      {sentCount > 0 && errors.length === 0 ? (
        <div ref={banner} tabIndex={-1}>
          <NotificationBanner success title={t("messages.sent")}>
            <p className="govuk-notification-banner__heading">{t("messages.sent")}</p>
          </NotificationBanner>
        </div>
      ) : null}
      <ErrorSummary errors={errors} title={t("messages.errorTitle")} />
      <form noValidate onSubmit={(event) => void submit(event)} id="reply-form">
        <Textarea
          name="body"
          label={t("messages.form.label")}
          hint={t("messages.form.hint")}
          value={body}
          onChange={setBody}
          error={errors.find((problem) => problem.field === "body")?.message}
          rows={6}
        />
        <button type="submit" className="govuk-button" disabled={sending}>
          {t("messages.form.submit")}
        </button>
      </form>
    </>
  );
}
