/** A table of cases with the next deadline and the days left, overdue ones highlighted. */
import { Link } from "react-router";
import { formatLongDate } from "../../../shared/dates";
import type { CaseSummary } from "../../../shared/schemas/case";
import { Tag } from "../components/page";
import { stageNames } from "../labels";
import { milestoneTitles } from "./milestones";
import { daysLeftText, deadlineTag } from "./obligations";
import type { MilestoneKey } from "../../../shared/timeline";

export function CaseTable(props: {
  cases: CaseSummary[];
  caption: string;
  showCoordinator?: boolean;
  id?: string;
}) {
  if (props.cases.length === 0) {
    return <p className="govuk-body">There are no cases to show.</p>;
  }
  return (
    <div
      className="app-table-wrapper"
      tabIndex={0}
      role="region"
      aria-label={props.caption}
    >
      <table className="govuk-table govuk-table--small-text-until-tablet" id={props.id}>
        <caption className="govuk-table__caption govuk-table__caption--m">
          {props.caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Case
            </th>
            <th scope="col" className="govuk-table__header">
              Child
            </th>
            <th scope="col" className="govuk-table__header">
              Stage
            </th>
            <th scope="col" className="govuk-table__header">
              Next deadline
            </th>
            <th scope="col" className="govuk-table__header">
              Days left
            </th>
            {props.showCoordinator ? (
              <th scope="col" className="govuk-table__header">
                Coordinator
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {props.cases.map((summary) => {
            const stage = stageNames[summary.stage];
            const overdue = summary.daysLeft !== null && summary.daysLeft < 0;
            const tag = summary.daysLeft === null ? null : deadlineTag(summary.daysLeft);
            const milestone = summary.nextMilestone
              ? (milestoneTitles[summary.nextMilestone as MilestoneKey] ??
                summary.nextMilestone)
              : null;
            return (
              <tr className="govuk-table__row" key={summary.caseId}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/cases/${summary.caseId}`}>
                    {summary.reference}
                  </Link>
                </td>
                <td className="govuk-table__cell">{summary.childName}</td>
                <td className="govuk-table__cell">
                  <Tag colour={stage.colour}>{stage.text}</Tag>
                </td>
                <td className="govuk-table__cell">
                  {summary.nextDueDate ? formatLongDate(summary.nextDueDate) : "None"}
                  {milestone ? (
                    <span className="govuk-body-s govuk-!-display-block">
                      {milestone}
                    </span>
                  ) : null}
                </td>
                <td className={`govuk-table__cell${overdue ? " app-overdue" : ""}`}>
                  {tag ? <Tag colour={tag.colour}>{tag.text}</Tag> : null}{" "}
                  {daysLeftText(summary.daysLeft)}
                </td>
                {props.showCoordinator ? (
                  <td className="govuk-table__cell">
                    {summary.coordinatorName ?? "Not allocated"}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
