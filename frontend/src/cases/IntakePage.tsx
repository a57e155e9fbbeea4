/** Business support: new cases to check and possible duplicate requests to resolve. */
import { Link } from "react-router";
import type { IntakeView } from "../../../shared/api";
import { formatLongDate } from "../../../shared/dates";
import { useApp } from "../app-context";
import { reloadIfRetryable } from "../api/client";
import { useLoad } from "../api/use-load";
import { Loading, Main, ProblemBanner, Tag } from "../components/page";
import { roleWithArticle, stageNames } from "../labels";
import { CaseTable } from "./CaseTable";

export function IntakePage() {
  const { api } = useApp();
  const intake = useLoad(() => api<IntakeView>("GET", "/intake"), "intake");

  return (
    <Main title="New requests">
      <h1 className="govuk-heading-l">New requests</h1>
      {intake.error ? (
        <ProblemBanner
          message={intake.error.message}
          onReload={reloadIfRetryable(intake.error, intake.reload)}
        />
      ) : null}
      {!intake.data && !intake.error ? <Loading /> : null}
      {intake.data ? (
        <>
          <h2 className="govuk-heading-m">Possible duplicates</h2>
          {intake.data.possibleDuplicates.length === 0 ? (
            <p className="govuk-body">There are no possible duplicates to check.</p>
          ) : (
            <div
              className="app-table-wrapper"
              tabIndex={0}
              role="region"
              aria-label="Possible duplicates"
            >
              <table className="govuk-table" id="duplicates">
                <caption className="govuk-table__caption govuk-visually-hidden">
                  Requests that may be for a child who already has a case
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Request
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Child
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Received
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Existing case
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {intake.data.possibleDuplicates.map((duplicate) => (
                    <tr className="govuk-table__row" key={duplicate.duplicateId}>
                      <td className="govuk-table__cell">
                        <Link
                          className="govuk-link"
                          to={`/intake/duplicates/${duplicate.duplicateId}`}
                          state={duplicate}
                        >
                          Check {duplicate.reference}
                        </Link>
                        <span className="govuk-body-s govuk-!-display-block">
                          From {roleWithArticle(duplicate.requesterType)}
                        </span>
                      </td>
                      <td className="govuk-table__cell">
                        {duplicate.childName}
                        {duplicate.comparison ? (
                          <span className="govuk-body-s govuk-!-display-block">
                            Born {formatLongDate(duplicate.comparison.held.dateOfBirth)}
                            {duplicate.comparison.held.schoolName
                              ? `, ${duplicate.comparison.held.schoolName}`
                              : ""}
                          </span>
                        ) : null}
                      </td>
                      <td className="govuk-table__cell">
                        {formatLongDate(duplicate.receivedDate)}
                      </td>
                      <td className="govuk-table__cell">
                        <Link
                          className="govuk-link"
                          to={`/cases/${duplicate.existingCaseId}`}
                        >
                          {duplicate.existingReference}
                        </Link>{" "}
                        <Tag colour={stageNames[duplicate.existingStage].colour}>
                          {stageNames[duplicate.existingStage].text}
                        </Tag>
                        {duplicate.comparison ? (
                          <span className="govuk-body-s govuk-!-display-block">
                            Born{" "}
                            {formatLongDate(duplicate.comparison.existing.dateOfBirth)}
                            {duplicate.comparison.existing.schoolName
                              ? `, ${duplicate.comparison.existing.schoolName}`
                              : ""}
                            . From{" "}
                            {roleWithArticle(duplicate.comparison.existing.requesterType)}
                            , received{" "}
                            {formatLongDate(duplicate.comparison.existing.receivedDate)}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <CaseTable
            id="new-cases"
            caption="New cases"
            cases={intake.data.newCases}
            showCoordinator
          />
        </>
      ) : null}
    </Main>
  );
}
