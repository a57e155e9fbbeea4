/** The staff table of a case's open obligations, soonest due first. */
import type { ObligationView } from "../../../shared/api";
import { formatLongDate } from "../../../shared/dates";
import { Tag } from "../components/page";
import { daysLeftText, deadlineTag, obligationKindNames, ownerText } from "./obligations";

export function ObligationsTable({ obligations }: { obligations: ObligationView[] }) {
  if (obligations.length === 0) {
    return <p className="govuk-body">Nothing is owed on this case now.</p>;
  }
  const sorted = [...obligations].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.kind.localeCompare(b.kind),
  );

  return (
    <div
      className="app-table-wrapper"
      tabIndex={0}
      role="region"
      aria-label="Open obligations"
    >
      <table
        className="govuk-table govuk-table--small-text-until-tablet"
        id="obligations"
      >
        <caption className="govuk-table__caption govuk-visually-hidden">
          Open obligations, soonest due first
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              What is owed
            </th>
            <th scope="col" className="govuk-table__header">
              Who owes it
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Days left
            </th>
            <th scope="col" className="govuk-table__header">
              Source
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {sorted.map((obligation) => {
            const tag = deadlineTag(obligation.daysLeft);
            const moved = obligation.dueDate !== obligation.originalDueDate;
            return (
              <tr className="govuk-table__row" key={obligation.obligationId}>
                <th scope="row" className="govuk-table__header">
                  {obligationKindNames[obligation.kind]}
                </th>
                <td className="govuk-table__cell">{ownerText(obligation)}</td>
                <td className="govuk-table__cell">
                  {formatLongDate(obligation.dueDate)}
                  {moved ? (
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                      Moved by an exception from{" "}
                      {formatLongDate(obligation.originalDueDate)}
                    </span>
                  ) : null}
                </td>
                <td
                  className={`govuk-table__cell${obligation.daysLeft < 0 ? " app-overdue" : ""}`}
                >
                  {tag ? (
                    <>
                      <Tag colour={tag.colour}>{tag.text}</Tag>{" "}
                    </>
                  ) : null}
                  {daysLeftText(obligation.daysLeft)}
                </td>
                <td className="govuk-table__cell">{obligation.source}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
