/**
 * Staff view of every email and SMS a case has sent: audience, channel,
 * language and delivery status, with a button to send a failed one again.
 * Addresses are partly hidden and message text is not shown.
 */
import { useState } from "react";
import { languages, isLanguageCode } from "../../../shared/languages";
import type { DeliveryStatus, NotificationView } from "../../../shared/schemas/messages";
import { useApp } from "../app-context";
import { useLoad } from "../api/use-load";
import { ProblemBanner, Tag, type TagColour } from "../components/page";
import { formatSentAt } from "./format";
import "./messages.css";

const statusTags: Record<DeliveryStatus, { text: string; colour: TagColour }> = {
  pending: { text: "Waiting to send", colour: "blue" },
  sending: { text: "Sending", colour: "blue" },
  sent: { text: "Sent", colour: "green" },
  delivered: { text: "Delivered", colour: "green" },
  failed: { text: "Failed", colour: "red" },
  bounced: { text: "Bounced", colour: "red" },
  complained: { text: "Marked as spam", colour: "red" },
  suppressed: { text: "Not sent: address bounced before", colour: "orange" },
};

const channelNames = { email: "Email", sms: "Text message" } as const;

function canSendAgain(view: NotificationView): boolean {
  return view.status === "failed" || (view.status === "pending" && view.attempts > 0);
}

export function DeliveryStatusTable(props: { caseId: string }) {
  const { api } = useApp();
  const path = `/cases/${encodeURIComponent(props.caseId)}/notifications`;
  const { data, error, reload } = useLoad(
    () => api<NotificationView[]>("GET", path),
    `notifications-${props.caseId}`,
  );
  const [problem, setProblem] = useState<string>();

  const sendAgain = async (notificationId: string) => {
    setProblem(undefined);
    try {
      await api("POST", `${path}/${encodeURIComponent(notificationId)}/retry`);
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    }
    reload();
  };

  return (
    <section aria-labelledby="delivery-heading" className="app-delivery">
      <h2 className="govuk-heading-m" id="delivery-heading">
        Emails and text messages
      </h2>
      {error ? <ProblemBanner message={error.message} onReload={reload} /> : null}
      {problem ? <ProblemBanner message={problem} /> : null}
      {data && data.length === 0 ? (
        <p className="govuk-body">Nothing has been sent about this case yet.</p>
      ) : null}
      {data && data.length > 0 ? (
        <table className="govuk-table" id="delivery-status">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Newest first. Failed messages are retried 4 times over about 80 minutes.
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Message and recipient
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.map((view) => {
              const tag = statusTags[view.status];
              const language = isLanguageCode(view.language)
                ? languages[view.language].englishName
                : view.language;
              return (
                <tr className="govuk-table__row" key={view.notificationId}>
                  <td className="govuk-table__cell app-delivery__message">
                    {view.template}
                    <br />
                    <span className="govuk-hint">
                      {channelNames[view.channel]} in {language} to the {view.audience},{" "}
                      {view.maskedAddress},{" "}
                      {formatSentAt(view.sentAt ?? view.createdAt, "en")}
                    </span>
                  </td>
                  <td className="govuk-table__cell">
                    <Tag colour={tag.colour}>{tag.text}</Tag>
                    {view.lastError ? (
                      <p className="govuk-body-s">
                        {view.attempts} attempts, last error {view.lastError}
                      </p>
                    ) : null}
                    {canSendAgain(view) ? (
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        onClick={() => void sendAgain(view.notificationId)}
                      >
                        Send again
                        <span className="govuk-visually-hidden"> {view.template}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
