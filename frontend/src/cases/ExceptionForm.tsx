/** The staff form that records a lawful exception to a time limit on a case. */
import { useState, type FormEvent } from "react";
import type { ObligationView } from "../../../shared/api";
import { formatLongDate } from "../../../shared/dates";
import type { CaseView } from "../../../shared/schemas/case";
import { useApp } from "../app-context";
import { ApiError } from "../api/client";
import { toShownErrors, messageFor, type FieldError } from "../api/errors";
import { DateInput, Radios, Select, Textarea } from "../components/fields";
import { ErrorSummary, ProblemBanner } from "../components/page";
import {
  emptyExceptionForm,
  exceptionFieldPrefix,
  exceptionFormToBody,
  exceptionKindChoices,
  type ExceptionFormValues,
} from "./exceptions";

const advicePrefix = "advice#";

/** Lists the advice requests still open, which a missed appointment can delay. */
export function openAdviceRequests(
  obligations: ObligationView[],
): { adviceId: string; label: string }[] {
  return obligations
    .filter(
      (obligation) =>
        obligation.kind === "advice" && obligation.obligationId.startsWith(advicePrefix),
    )
    .map((obligation) => ({
      adviceId: obligation.obligationId.slice(advicePrefix.length),
      label: `${obligation.ownerName ?? "Adviser"}, due ${formatLongDate(obligation.dueDate)}`,
    }));
}

export function ExceptionForm(props: {
  caseView: CaseView;
  onDone: (updated: CaseView) => void;
  onReload: () => void;
}) {
  const { api } = useApp();
  const [values, setValues] = useState<ExceptionFormValues>(emptyExceptionForm);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);

  const adviceRequests = openAdviceRequests(props.caseView.obligations ?? []);
  const kinds = [
    exceptionKindChoices["school-closure"],
    exceptionKindChoices["personal-circumstances"],
    exceptionKindChoices["away-from-area"],
    ...(adviceRequests.length > 0 ? [exceptionKindChoices["missed-appointment"]] : []),
  ];
  const field = (name: string) => `${exceptionFieldPrefix}.${name}`;
  const change = (patch: Partial<ExceptionFormValues>) =>
    setValues((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setConflict(false);
    const mapped = exceptionFormToBody(values, props.caseView.version);
    setErrors(mapped.errors ?? []);
    if (!mapped.body) return;

    setSending(true);
    try {
      const updated = await api<CaseView>(
        "POST",
        `/cases/${encodeURIComponent(props.caseView.caseId)}/exceptions`,
        mapped.body,
      );
      setValues(emptyExceptionForm);
      props.onDone(updated);
    } catch (caught) {
      if (caught instanceof ApiError && caught.isConflict) setConflict(true);
      else if (caught instanceof ApiError && caught.errors.length) {
        setErrors(
          caught.errors.map((error) => ({ ...error, field: field(error.field) })),
        );
      } else {
        setProblem(caught instanceof Error ? caught.message : "Saving failed. Try again");
      }
    } finally {
      setSending(false);
    }
  }

  const shown = toShownErrors(errors);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} id="exception-form">
      <h2 className="govuk-heading-m">Record an exception</h2>
      <p className="govuk-body">
        Record an exception only when the law allows more time. The family is told which
        date moved and why.
      </p>
      {conflict ? (
        <ProblemBanner
          message="Someone else changed this case since you opened it. Reload the case to see their changes before you record an exception."
          onReload={props.onReload}
        />
      ) : null}
      {problem ? <ProblemBanner message={problem} /> : null}
      <ErrorSummary errors={shown} />
      <Radios
        name={field("kind")}
        label="Why can the time limit not be met?"
        legendSize="s"
        value={values.kind}
        onChange={(kind) => change({ kind })}
        error={messageFor(shown, field("kind"))}
        choices={kinds}
      />
      {values.kind === "missed-appointment" ? (
        <Select
          name={field("adviceId")}
          label="Which advice was the appointment for?"
          value={values.adviceId}
          onChange={(adviceId) => change({ adviceId })}
          error={messageFor(shown, field("adviceId"))}
          choices={adviceRequests.map((request) => ({
            value: request.adviceId,
            label: request.label,
          }))}
        />
      ) : null}
      <DateInput
        name={field("startsOn")}
        label="When did it start?"
        hint="For example, 20 7 2026"
        value={values.startsOn}
        onChange={(startsOn) => change({ startsOn })}
        error={messageFor(shown, field("startsOn"))}
      />
      <DateInput
        name={field("endsOn")}
        label="When did it end, or when will it end?"
        hint="The time limit moves by the days from the start to this date, both included. For example, 30 8 2026"
        value={values.endsOn}
        onChange={(endsOn) => change({ endsOn })}
        error={messageFor(shown, field("endsOn"))}
      />
      <Textarea
        name={field("reason")}
        label="Reason"
        hint="Staff see this note on the case. The family is told which date moved and the kind of reason, not this note."
        rows={4}
        value={values.reason}
        onChange={(reason) => change({ reason })}
        error={messageFor(shown, field("reason"))}
      />
      <button type="submit" className="govuk-button" disabled={sending}>
        Record exception
      </button>
    </form>
  );
}
