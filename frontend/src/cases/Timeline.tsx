/**
 * The case's seven milestones as a timeline list, for families and staff
 * alike: each with its due date, the date it was done, a status tag, what
 * happens next, and any date an exception moved.
 */
import type { CaseView } from "../../../shared/schemas/case";
import { useApp } from "../app-context";
import { Tag } from "../components/page";
import { formatDateIn } from "../i18n/dates";
import { useFamilyText } from "../i18n/use-family-text";
import { applyMovedDates, movedDateText, movedDates } from "./exceptions";
import { milestoneDetail, milestoneTitles, shownDueDate, statusTags } from "./milestones";

export function Timeline({ caseView }: { caseView: CaseView }) {
  const { today } = useApp();
  // Titles, tags and dates follow the family's language. NOTE: each
  // milestone's longer explanation is not translated yet and shows in English.
  const { t, language } = useFamilyText();
  const outcome = caseView.decision?.outcome;
  const moved = movedDates(
    caseView.receivedAt,
    caseView.milestones,
    caseView.exceptions ?? [],
  );
  const milestones = applyMovedDates(caseView.milestones, moved, today);

  return (
    <ol className="app-milestones" id="timeline">
      {milestones.map((milestone) => {
        const tag = statusTags[milestone.status];
        const change = moved.find((candidate) => candidate.key === milestone.key);
        return (
          <li
            key={milestone.key}
            className={`app-milestones__item app-milestones__item--${milestone.status}`}
            id={`milestone-${milestone.key}`}
          >
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              {t(`milestone.${milestone.key}`, {
                defaultValue: milestoneTitles[milestone.key],
              })}{" "}
              <Tag colour={tag.colour}>
                {t(`milestone.status.${milestone.status}`, { defaultValue: tag.text })}
              </Tag>
            </h3>
            {/* Marked as English inside a translated page, so screen readers switch voice. */}
            <p
              className="govuk-body govuk-!-margin-bottom-1"
              lang={language === "en" ? undefined : "en"}
              dir={language === "en" ? undefined : "ltr"}
            >
              {milestoneDetail(milestone, outcome)}
            </p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              {shownDueDate(milestone) ? (
                <>
                  {t("milestone.dueBy", {
                    date: formatDateIn(shownDueDate(milestone)!, language),
                  })}{" "}
                </>
              ) : null}
              {milestone.doneDate ? (
                <>
                  {t("milestone.doneOn", {
                    date: formatDateIn(milestone.doneDate, language),
                  })}
                </>
              ) : null}
            </p>
            {change ? (
              <div className="govuk-inset-text govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                {movedDateText(change)}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
