/** The exceptions recorded on a case, as staff see them. */
import type { ExceptionView } from "../../../shared/api";
import { formatLongDate, londonDate } from "../../../shared/dates";
import { exceptionKindNames } from "./exceptions";

/** Names the time limits an exception moves (regs 8, 10(4) and 13(3)). */
function limitsMoved(exception: ExceptionView): string {
  return exception.kind === "missed-appointment"
    ? "The 6-week limit of one advice request"
    : "The 16-week and 20-week limits";
}

export function ExceptionList({ exceptions }: { exceptions: ExceptionView[] }) {
  if (exceptions.length === 0) {
    return <p className="govuk-body">No exceptions have been recorded on this case.</p>;
  }

  return (
    <div
      className="app-table-wrapper"
      tabIndex={0}
      role="region"
      aria-label="Recorded exceptions"
    >
      <table className="govuk-table govuk-table--small-text-until-tablet" id="exceptions">
        <caption className="govuk-table__caption govuk-visually-hidden">
          Recorded exceptions, oldest first
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Exception
            </th>
            <th scope="col" className="govuk-table__header">
              Period
            </th>
            <th scope="col" className="govuk-table__header">
              Moves
            </th>
            <th scope="col" className="govuk-table__header">
              Reason
            </th>
            <th scope="col" className="govuk-table__header">
              Recorded
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {exceptions.map((exception) => (
            <tr className="govuk-table__row" key={exception.exceptionId}>
              <th scope="row" className="govuk-table__header">
                {exceptionKindNames[exception.kind]}
              </th>
              <td className="govuk-table__cell">
                {formatLongDate(exception.startsOn)} to {formatLongDate(exception.endsOn)}
              </td>
              <td className="govuk-table__cell">{limitsMoved(exception)}</td>
              <td className="govuk-table__cell app-multiline">{exception.reason}</td>
              <td className="govuk-table__cell">
                {formatLongDate(londonDate(exception.recordedAt))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
