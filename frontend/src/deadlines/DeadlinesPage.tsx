/**
 * Deadlines across the service: those already breached and those due in the
 * next 7 days, each soonest first, so staff act before a limit is missed.
 */
import { Link, useSearchParams } from "react-router";
import type { DeadlineView, DeadlinesView } from "../../../shared/api";
import { formatLongDate } from "../../../shared/dates";
import { useApp, useUser } from "../app-context";
import { reloadIfRetryable } from "../api/client";
import { useLoad } from "../api/use-load";
import { Checkbox } from "../components/fields";
import { Loading, Main, ProblemBanner, Tag } from "../components/page";
import {
  daysLeftText,
  deadlineTag,
  obligationKindNames,
  ownerText,
} from "../cases/obligations";
import { deadlinesPath, escalationsText, sortDeadlines } from "./deadlines";

export function DeadlinesPage() {
  const { api } = useApp();
  const user = useUser();
  const [search, setSearch] = useSearchParams();
  const isCoordinator = user.role === "coordinator";
  const onlyMine = isCoordinator && search.get("mine") === "yes";
  const path = deadlinesPath(onlyMine ? user.userId : undefined);
  const loaded = useLoad(() => api<DeadlinesView>("GET", path), path);

  return (
    <Main title="Deadlines">
      <h1 className="govuk-heading-l">Deadlines</h1>
      <p className="govuk-body">
        Deadlines already missed, and deadlines due in the next 7 days, soonest first.
        {loaded.data ? ` Today is ${formatLongDate(loaded.data.today)}.` : null}
      </p>
      {isCoordinator ? (
        <Checkbox
          name="mine"
          legend="Filter"
          label="Only my cases"
          checked={onlyMine}
          onChange={(checked) => setSearch(checked ? { mine: "yes" } : {})}
        />
      ) : null}
      {loaded.error ? (
        <ProblemBanner
          message={loaded.error.message}
          onReload={reloadIfRetryable(loaded.error, loaded.reload)}
        />
      ) : null}
      {!loaded.data && !loaded.error ? <Loading /> : null}
      {loaded.data ? (
        <>
          <DeadlineTable
            id="breached"
            title="Breached"
            empty="No deadlines have been missed."
            deadlines={sortDeadlines(loaded.data.breached)}
          />
          <DeadlineTable
            id="at-risk"
            title="Due in the next 7 days"
            empty="No deadlines fall in the next 7 days."
            deadlines={sortDeadlines(loaded.data.atRisk)}
          />
        </>
      ) : null}
    </Main>
  );
}

function DeadlineTable(props: {
  id: string;
  title: string;
  empty: string;
  deadlines: DeadlineView[];
}) {
  const headingId = `${props.id}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        {props.title}
      </h2>
      {props.deadlines.length === 0 ? (
        <p className="govuk-body">{props.empty}</p>
      ) : (
        <>
          <p className="govuk-body">
            {props.deadlines.length}{" "}
            {props.deadlines.length === 1 ? "deadline" : "deadlines"}.
          </p>
          <div
            className="app-table-wrapper"
            tabIndex={0}
            role="region"
            aria-label={props.title}
          >
            <table
              className="govuk-table govuk-table--small-text-until-tablet"
              id={props.id}
            >
              <caption className="govuk-table__caption govuk-visually-hidden">
                {props.title}, soonest due first
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  {[
                    "Case",
                    "Child",
                    "What is owed",
                    "Who owes it",
                    "Due",
                    "Days left",
                    "Coordinator",
                    "Escalations",
                  ].map((header) => (
                    <th scope="col" className="govuk-table__header" key={header}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {props.deadlines.map((deadline) => (
                  <DeadlineRow
                    key={`${deadline.caseId}-${deadline.obligationId}`}
                    deadline={deadline}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function DeadlineRow({ deadline }: { deadline: DeadlineView }) {
  const tag = deadlineTag(deadline.daysLeft);
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">
        <Link className="govuk-link" to={`/cases/${encodeURIComponent(deadline.caseId)}`}>
          {deadline.reference}
        </Link>
      </td>
      <td className="govuk-table__cell">{deadline.childName}</td>
      <td className="govuk-table__cell">{obligationKindNames[deadline.kind]}</td>
      <td className="govuk-table__cell">{ownerText(deadline)}</td>
      <td className="govuk-table__cell">{formatLongDate(deadline.dueDate)}</td>
      <td className={`govuk-table__cell${deadline.daysLeft < 0 ? " app-overdue" : ""}`}>
        {tag ? (
          <>
            <Tag colour={tag.colour}>{tag.text}</Tag>{" "}
          </>
        ) : null}
        {daysLeftText(deadline.daysLeft)}
      </td>
      <td className="govuk-table__cell">{deadline.coordinatorName ?? "Not allocated"}</td>
      <td className="govuk-table__cell">{escalationsText(deadline.escalations)}</td>
    </tr>
  );
}
