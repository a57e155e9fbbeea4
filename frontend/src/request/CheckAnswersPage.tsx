/** Check your answers, the declaration, and sending the request. */
import { useState, type FormEvent } from "react";
import { Navigate, useNavigate, useParams } from "react-router";
import type { SubmissionResult } from "../../../shared/api";
import { londonDate } from "../../../shared/dates";
import {
  assessmentRequestSchema,
  checkRequestDates,
  type RequestDraft,
  type RequesterType,
} from "../../../shared/schemas/request";
import { useApp } from "../app-context";
import { ApiError } from "../api/client";
import { toShownErrors, zodFieldErrors, type FieldError } from "../api/errors";
import { Checkbox } from "../components/fields";
import { ErrorSummary, LoadingPage, Main, ProblemBanner } from "../components/page";
import { storeEvidenceProblems, withFileNames } from "./evidence-problems";
import { RequestAnswers } from "./RequestAnswers";
import { ProblemPage } from "./SectionPage";
import { pathForField } from "./sections";
import { useDraft } from "./use-draft";

export function CheckAnswersPage() {
  const { draftId = "" } = useParams();
  const { api, today: appToday } = useApp();
  const navigate = useNavigate();
  const { draft, error: loadError, save, reload } = useDraft(draftId);
  const [declared, setDeclared] = useState<boolean>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);

  if (loadError) return <ProblemPage message={loadError.message} />;
  if (!draft) return <LoadingPage />;
  // A sent request cannot be sent again or changed: its copy is read only.
  if (draft.submitted)
    return <Navigate to={`/requests/${draftId}/sent-request`} replace />;

  const requesterType: RequesterType =
    draft.answers.requester?.type ?? draft.requesterType;
  const today = appToday ?? londonDate(new Date());
  const declaration = declared ?? draft.answers.declaration === true;

  /** Shows errors, naming each file with an evidence problem and keeping them for the evidence page. */
  function showErrors(found: FieldError[], answers: RequestDraft) {
    const evidence = answers.evidence ?? [];
    storeEvidenceProblems(draftId, evidence, found);
    setErrors(withFileNames(found, evidence));
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setProblem(undefined);

    const answers: RequestDraft = { ...draft.answers, declaration };
    const parsed = assessmentRequestSchema.safeParse(answers);
    const found = parsed.success
      ? checkRequestDates(parsed.data, today)
      : zodFieldErrors(parsed.error);
    showErrors(found, answers);
    if (found.length) return;

    setSending(true);
    try {
      await save(answers);
      const result = await api<SubmissionResult>(
        "POST",
        `/drafts/${encodeURIComponent(draftId)}/submit`,
      );
      navigate(`/requests/${draftId}/sent`, { state: result });
    } catch (caught) {
      if (caught instanceof ApiError && caught.isConflict) setConflict(true);
      else if (caught instanceof ApiError && caught.errors.length)
        showErrors(caught.errors, answers);
      else
        setProblem(
          caught instanceof Error ? caught.message : "Sending failed. Try again",
        );
    } finally {
      setSending(false);
    }
  }

  const shown = toShownErrors(errors);

  return (
    <Main
      title="Check your answers before sending your request"
      hasErrors={shown.length > 0}
      backLink={{ to: `/requests/${draftId}`, text: "Back to your request" }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {conflict ? (
            <ProblemBanner
              message="This request was changed in another window or by someone else since you opened it. Reload it and check the answers again."
              onReload={() => {
                setConflict(false);
                reload();
              }}
            />
          ) : null}
          {problem ? <ProblemBanner message={problem} /> : null}
          <ErrorSummary
            errors={shown}
            focusKey={errors}
            hrefFor={(error) => pathForField(draftId, error.field, draft.answers)}
          />
          <h1 className="govuk-heading-l">
            Check your answers before sending your request
          </h1>
          <RequestAnswers
            answers={draft.answers}
            requesterType={requesterType}
            today={today}
            draftId={draftId}
          />

          <h2 className="govuk-heading-m">Now send your request</h2>
          <p className="govuk-body">
            By sending this request you confirm that, to the best of your knowledge, the
            details you are giving are correct.
          </p>
          <form noValidate onSubmit={(event) => void send(event)}>
            <Checkbox
              name="declaration"
              label="I confirm that the information I have given is correct"
              checked={declaration}
              onChange={setDeclared}
              error={shown.find((error) => error.field === "declaration")?.message}
            />
            <button type="submit" className="govuk-button" disabled={sending}>
              Accept and send
            </button>
          </form>
        </div>
      </div>
    </Main>
  );
}
