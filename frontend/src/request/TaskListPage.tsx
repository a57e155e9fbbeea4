/** The request as a GOV.UK task list: each section with its status. */
import { Link, Navigate, useParams } from "react-router";
import type { RequestDraft, RequesterType } from "../../../shared/schemas/request";
import { LoadingPage, Main, Tag } from "../components/page";
import { ProblemPage } from "./SectionPage";
import {
  evidenceSection,
  sectionsFor,
  sectionStatus,
  type SectionStatus,
} from "./sections";
import { useDraft } from "./use-draft";

function evidenceStatus(answers: RequestDraft): SectionStatus {
  return answers.evidence && answers.evidence.length > 0 ? "completed" : "not-started";
}

function StatusTag({ status, id }: { status: SectionStatus; id: string }) {
  if (status === "completed") {
    return (
      <div className="govuk-task-list__status" id={id}>
        Completed
      </div>
    );
  }
  return (
    <div className="govuk-task-list__status" id={id}>
      <Tag colour={status === "in-progress" ? "light-blue" : "blue"}>
        {status === "in-progress" ? "In progress" : "Not yet started"}
      </Tag>
    </div>
  );
}

export function TaskListPage() {
  const { draftId = "" } = useParams();
  const { draft, error } = useDraft(draftId);
  if (error) return <ProblemPage message={error.message} />;
  if (!draft) return <LoadingPage />;
  if (draft.submitted)
    return <Navigate to={`/requests/${draftId}/sent-request`} replace />;

  const requesterType: RequesterType =
    draft.answers.requester?.type ?? draft.requesterType;
  const tasks = [
    ...sectionsFor(requesterType).map((section) => ({
      slug: section.slug,
      title: section.title,
      status: sectionStatus(section.key, draft.answers, requesterType),
    })),
    {
      slug: evidenceSection.slug,
      title: "Reports and evidence",
      status: evidenceStatus(draft.answers),
    },
  ];
  const completed = tasks.filter((task) => task.status === "completed").length;
  const allDone = completed === tasks.length;

  return (
    <Main title="Your request" backLink={{ to: "/", text: "Back to your home page" }}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Request an EHC needs assessment</h1>
          <p className="govuk-body">
            You have completed {completed} of {tasks.length} sections. Your answers are
            saved each time you continue, so you can come back later.
          </p>
          <ul className="govuk-task-list">
            {tasks.map((task) => {
              const statusId = `${task.slug}-status`;
              return (
                <li
                  className="govuk-task-list__item govuk-task-list__item--with-link"
                  key={task.slug}
                >
                  <div className="govuk-task-list__name-and-hint">
                    <Link
                      className="govuk-link govuk-task-list__link"
                      to={`/requests/${draftId}/${task.slug}`}
                      aria-describedby={statusId}
                    >
                      {task.title}
                    </Link>
                  </div>
                  <StatusTag status={task.status} id={statusId} />
                </li>
              );
            })}
          </ul>
          <h2 className="govuk-heading-m">Check and send</h2>
          {allDone ? (
            <Link className="govuk-button" to={`/requests/${draftId}/check-answers`}>
              Check your answers
            </Link>
          ) : (
            <p className="govuk-body">
              When every section is completed you can check your answers and send the
              request.{" "}
              <Link className="govuk-link" to={`/requests/${draftId}/check-answers`}>
                Check your answers so far
              </Link>
            </p>
          )}
        </div>
      </div>
    </Main>
  );
}
