/** The case's milestones as a timeline list, for families and staff alike. */
import { formatLongDate } from "../../../shared/dates";
import type { CaseView } from "../../../shared/schemas/case";
import { Tag } from "../components/page";
import { milestoneDetail, milestoneTitles, statusTags } from "./milestones";

export function Timeline({ caseView }: { caseView: CaseView }) {
  const outcome = caseView.decision?.outcome;
  return (
    <ol className="app-milestones" id="timeline">
      {caseView.milestones.map((milestone) => {
        const tag = statusTags[milestone.status];
        return (
          <li
            key={milestone.key}
            className={`app-milestones__item app-milestones__item--${milestone.status}`}
          >
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              {milestoneTitles[milestone.key]} <Tag colour={tag.colour}>{tag.text}</Tag>
            </h3>
            <p className="govuk-body govuk-!-margin-bottom-1">
              {milestoneDetail(milestone, outcome)}
            </p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              {milestone.dueDate ? <>Due: {formatLongDate(milestone.dueDate)}. </> : null}
              {milestone.doneDate ? (
                <>Done: {formatLongDate(milestone.doneDate)}.</>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
