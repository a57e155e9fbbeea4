/** The adviser's inbox: the advice they have been asked for, soonest due first. */
import { Link } from "react-router";
import { formatLongDate } from "../../../shared/dates";
import type { AdviceInboxEntry } from "../../../shared/schemas/advice";
import { useApp } from "../app-context";
import { useLoad } from "../api/use-load";
import { Loading, Main, ProblemBanner, Tag, type TagColour } from "../components/page";
import { adviceKindNames, statusNames } from "./advice-form";

function dueText(entry: AdviceInboxEntry): { text: string; colour: TagColour } {
  if (entry.status === "submitted") return { text: "Sent", colour: "green" };
  const days = entry.daysLeft ?? 0;
  if (days < 0) return { text: `${-days} days late`, colour: "red" };
  if (days <= 7) return { text: `${days} days left`, colour: "orange" };
  return { text: `${days} days left`, colour: "blue" };
}

export function AdviceInboxPage() {
  const { api } = useApp();
  const { data, error } = useLoad(
    () => api<AdviceInboxEntry[]>("GET", "/advice"),
    "advice-inbox",
  );

  return (
    <Main title="Advice requests">
      <h1 className="govuk-heading-l">Advice requests</h1>
      {error ? <ProblemBanner message={error.message} /> : null}
      {!data && !error ? <Loading /> : null}
      {data && data.length === 0 ? (
        <p className="govuk-body">Nobody has asked you for advice yet.</p>
      ) : null}
      {data && data.length > 0 ? (
        <table className="govuk-table" id="advice-inbox">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Soonest due first. The law allows 6 weeks from the council&apos;s request.
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Child
              </th>
              <th scope="col" className="govuk-table__header">
                Advice
              </th>
              <th scope="col" className="govuk-table__header">
                Due
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.map((entry) => {
              const due = dueText(entry);
              return (
                <tr className="govuk-table__row" key={entry.adviceId}>
                  <td className="govuk-table__cell">
                    <Link
                      className="govuk-link"
                      to={`/advice/${entry.caseId}/${entry.adviceId}`}
                    >
                      {entry.childName}
                    </Link>
                    <br />
                    <span className="govuk-hint">{entry.reference}</span>
                  </td>
                  <td className="govuk-table__cell">{adviceKindNames[entry.kind]}</td>
                  <td className="govuk-table__cell">
                    {formatLongDate(entry.dueDate)}
                    <br />
                    <Tag colour={due.colour}>{due.text}</Tag>
                  </td>
                  <td className="govuk-table__cell">{statusNames[entry.status]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </Main>
  );
}
