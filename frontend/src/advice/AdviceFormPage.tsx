/**
 * The advice form: for each area of need the adviser assessed, the needs,
 * their severity on the 0 to 4 scale, the outcomes and the provision they
 * recommend, plus the full report. It saves as the adviser goes, and the API
 * rejects a submission with a required part missing.
 */
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import type { UploadTicket } from "../../../shared/api";
import { formatLongDate, londonDate } from "../../../shared/dates";
import {
  adviceUploadBodySchema,
  needAreas,
  severityScale,
  type AdviceView,
  type NeedArea,
} from "../../../shared/schemas/advice";
import { useApp } from "../app-context";
import { ApiError, type ApiClient } from "../api/client";
import { toShownErrors, zodFieldErrors, type FieldError } from "../api/errors";
import { useLoad } from "../api/use-load";
import {
  Checkbox,
  DateInput,
  Radios,
  Textarea,
  TextInput,
  type DateParts,
} from "../components/fields";
import {
  ErrorSummary,
  Loading,
  Main,
  NotificationBanner,
  ProblemBanner,
  SummaryList,
} from "../components/page";
import { joinDate } from "../request/form-values";
import { contentTypeOf } from "../request/upload";
import {
  adviceKindNames,
  areaNames,
  toAdviceForm,
  toFormValues,
  toScreenErrors,
  type AreaValues,
  type FormValues,
} from "./advice-form";

const emptyDate: DateParts = { day: "", month: "", year: "" };

function advicePath(caseId: string, adviceId: string): string {
  return `/cases/${encodeURIComponent(caseId)}/advice/${encodeURIComponent(adviceId)}`;
}

/** Asks for an upload address, then PUTs the file there; returns the document id. */
async function uploadReport(
  api: ApiClient,
  advice: AdviceView,
  file: File,
  writtenOn: string,
): Promise<string> {
  const body = {
    fileName: file.name,
    contentType: contentTypeOf(file.name, file.type),
    sizeBytes: file.size,
    writtenOn,
  };
  const parsed = adviceUploadBodySchema.safeParse(body);
  if (!parsed.success) {
    const errors = zodFieldErrors(parsed.error).map((error) => ({
      ...error,
      field: error.field === "writtenOn" ? "report.writtenOn" : "report.file",
    }));
    throw new ApiError(400, "There is a problem with the file", errors);
  }

  const ticket = await api<UploadTicket>(
    "POST",
    `${advicePath(advice.caseId, advice.adviceId)}/documents`,
    parsed.data,
  );
  const response = await fetch(ticket.uploadUrl, {
    method: "PUT",
    headers: ticket.headers,
    body: file,
  }).catch(() => undefined);
  if (!response?.ok) {
    throw new ApiError(0, "The report could not be uploaded. Try again");
  }
  return ticket.documentId;
}

function AreaFields(props: {
  area: NeedArea;
  /** The family's own views, where scores and provision are optional. */
  family: boolean;
  values: AreaValues;
  messageFor: (field: string) => string | undefined;
  onChange: (values: AreaValues) => void;
}) {
  const name = (part: string) => `areas.${props.area}.${part}`;
  const set = (part: keyof AreaValues) => (value: string) =>
    props.onChange({ ...props.values, [part]: value });

  return (
    <fieldset
      className="govuk-fieldset govuk-!-margin-bottom-6"
      id={`area-${props.area}`}
    >
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">{areaNames[props.area]}</h2>
      </legend>
      <p className="govuk-hint">Leave this area blank if you did not assess it.</p>
      <Textarea
        name={name("needs")}
        label="Needs in this area"
        value={props.values.needs}
        error={props.messageFor(name("needs"))}
        onChange={set("needs")}
      />
      <Radios
        name={name("severity")}
        label={`How severe are these needs?${props.family ? " (optional)" : ""}`}
        value={props.values.severity}
        error={props.messageFor(name("severity"))}
        onChange={set("severity")}
        choices={severityScale.map((level) => ({
          value: String(level.score),
          label: `${level.score}: ${level.label}`,
        }))}
      />
      <Textarea
        name={name("outcomes")}
        label="Outcomes you recommend"
        hint="What the child or young person should achieve, and by when"
        value={props.values.outcomes}
        error={props.messageFor(name("outcomes"))}
        onChange={set("outcomes")}
      />
      <h3 className="govuk-heading-s">
        {props.family
          ? "Help you think would work (optional)"
          : "Provision you recommend"}
      </h3>
      <TextInput
        name={name("what")}
        label="What"
        value={props.values.what}
        error={props.messageFor(name("what"))}
        onChange={set("what")}
      />
      <TextInput
        name={name("who")}
        label="Who provides it"
        value={props.values.who}
        error={props.messageFor(name("who"))}
        onChange={set("who")}
      />
      <TextInput
        name={name("howOften")}
        label="How often"
        hint="For example, three 20-minute sessions a week"
        value={props.values.howOften}
        error={props.messageFor(name("howOften"))}
        onChange={set("howOften")}
      />
      <TextInput
        name={name("forHowLong")}
        label="For how long"
        value={props.values.forHowLong}
        error={props.messageFor(name("forHowLong"))}
        onChange={set("forHowLong")}
      />
      {props.values.moreProvision.length > 0 ? (
        <p className="govuk-body">
          {props.values.moreProvision.length} more recommended provision saved.
        </p>
      ) : null}
    </fieldset>
  );
}

/** Shows who has agreed to reuse existing advice, with the author's own agreement button (reg 6(4)). */
function ReuseStatus(props: { advice: AdviceView; busy: boolean; onAgree: () => void }) {
  const agreed = props.advice.reuseAgreements;
  const rows = [
    ["council", "The council"],
    ["author", "You, as the author"],
    ["family", "The family"],
  ] as const;
  return (
    <>
      <SummaryList
        id="reuse-agreements"
        rows={rows.map(([party, name]) => ({
          key: name,
          value: agreed[party]
            ? `Agreed on ${formatLongDate(londonDate(agreed[party].agreedAt))}`
            : "Not yet agreed",
        }))}
      />
      {!agreed.author ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={props.busy}
          onClick={props.onAgree}
        >
          Agree to reuse this advice
        </button>
      ) : null}
    </>
  );
}

function SentAdvice(props: { advice: AdviceView }) {
  return (
    <>
      <NotificationBanner success title="Advice sent">
        <p className="govuk-notification-banner__heading">
          You sent this advice on {formatLongDate(props.advice.submittedOn ?? "")}.
        </p>
        <p className="govuk-body">
          The EHC coordinator has been told. You cannot change it now; contact the
          coordinator if something is wrong.
        </p>
      </NotificationBanner>
      <p className="govuk-body">
        <Link className="govuk-link" to="/advice">
          Back to your advice requests
        </Link>
      </p>
    </>
  );
}

export function AdviceFormPage() {
  const { caseId = "", adviceId = "" } = useParams();
  const { api } = useApp();
  const loaded = useLoad(
    () => api<AdviceView>("GET", advicePath(caseId, adviceId)),
    `${caseId}/${adviceId}`,
  );
  const [advice, setAdvice] = useState<AdviceView>();
  const [values, setValues] = useState<FormValues>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [writtenOn, setWrittenOn] = useState<DateParts>(emptyDate);

  // The loaded advice seeds the form once; after that the form keeps its own state.
  if (loaded.data && advice?.adviceId !== loaded.data.adviceId) {
    setAdvice(loaded.data);
    setValues(toFormValues(loaded.data.form));
  }

  if (loaded.error) {
    return (
      <Main title="Advice request">
        <ProblemBanner message={loaded.error.message} />
      </Main>
    );
  }
  if (!advice || !values) return <Loading />;

  const current = advice;
  const shown = toShownErrors(errors);
  const messageFor = (field: string) =>
    shown.find((error) => error.field === field)?.message;

  function showFailure(caught: unknown, formValues: FormValues) {
    if (caught instanceof ApiError && caught.errors.length > 0) {
      setErrors(toScreenErrors(caught.errors, formValues));
      setProblem(undefined);
    } else if (caught instanceof ApiError && caught.isConflict) {
      setProblem(
        "This advice was changed in another window since you opened it. Reload the page.",
      );
    } else {
      setProblem(caught instanceof Error ? caught.message : "Something went wrong");
    }
  }

  async function save(formValues: FormValues): Promise<AdviceView> {
    const next = await api<AdviceView>("PUT", advicePath(caseId, adviceId), {
      form: toAdviceForm(formValues),
      expectedVersion: current.version,
    });
    setAdvice(next);
    setValues(toFormValues(next.form));
    return next;
  }

  async function onSave() {
    if (!values) return;
    setBusy(true);
    setSaved(false);
    try {
      await save(values);
      setErrors([]);
      setProblem(undefined);
      setSaved(true);
    } catch (caught) {
      showFailure(caught, values);
    } finally {
      setBusy(false);
    }
  }

  async function onUpload() {
    if (!values) return;
    setSaved(false);
    const found: FieldError[] = [];
    if (!file) found.push({ field: "report.file", message: "Select your full report" });
    const date = joinDate(writtenOn.day, writtenOn.month, writtenOn.year);
    const dateCheck = adviceUploadBodySchema.shape.writtenOn.safeParse(date);
    if (!dateCheck.success)
      found.push(...zodFieldErrors(dateCheck.error, "report.writtenOn"));
    setErrors(found);
    if (!file || !dateCheck.success) return;

    setBusy(true);
    try {
      const documentId = await uploadReport(api, current, file, dateCheck.data);
      await save({ ...values, reportDocumentId: documentId });
      setFile(null);
      setWrittenOn(emptyDate);
      setErrors([]);
      setProblem(undefined);
    } catch (caught) {
      showFailure(caught, values);
    } finally {
      setBusy(false);
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    setBusy(true);
    setSaved(false);
    try {
      const latest = await save(values);
      const sent = await api<AdviceView>(
        "POST",
        `${advicePath(caseId, adviceId)}/submit`,
        { expectedVersion: latest.version },
      );
      setAdvice(sent);
      setErrors([]);
      setProblem(undefined);
    } catch (caught) {
      showFailure(caught, values);
    } finally {
      setBusy(false);
    }
  }

  async function onAgree() {
    if (!values) return;
    setBusy(true);
    try {
      const latest = await save(values);
      const agreed = await api<AdviceView>(
        "POST",
        `${advicePath(caseId, adviceId)}/reuse-agreements`,
        { agrees: true, expectedVersion: latest.version },
      );
      setAdvice(agreed);
      setErrors([]);
      setProblem(undefined);
    } catch (caught) {
      showFailure(caught, values);
    } finally {
      setBusy(false);
    }
  }

  const title = adviceKindNames[current.kind];
  const hasErrors = shown.length > 0;

  return (
    <Main
      title={title}
      hasErrors={hasErrors}
      backLink={{ to: "/advice", text: "Back to advice requests" }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {problem ? <ProblemBanner message={problem} /> : null}
          <ErrorSummary errors={shown} focusKey={errors} />
          <span className="govuk-caption-l">Case {current.reference}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {current.status === "submitted" ? (
            <SentAdvice advice={current} />
          ) : (
            <form noValidate onSubmit={(event) => void onSubmit(event)}>
              {saved ? (
                <NotificationBanner success title="Saved">
                  <p className="govuk-notification-banner__heading">
                    Your advice is saved. You can come back and finish it later.
                  </p>
                </NotificationBanner>
              ) : null}
              <SummaryList
                rows={[
                  { key: "Due by", value: formatLongDate(current.dueDate) },
                  ...(current.note
                    ? [{ key: "The council asks for", value: current.note }]
                    : []),
                ]}
              />
              <Textarea
                name="summary"
                label="Summary of your advice"
                value={values.summary}
                error={messageFor("summary")}
                onChange={(summary) => setValues({ ...values, summary })}
              />
              {needAreas.map((area) => (
                <AreaFields
                  key={area}
                  area={area}
                  family={current.kind === "family"}
                  values={values.areas[area]}
                  messageFor={messageFor}
                  onChange={(next) =>
                    setValues({ ...values, areas: { ...values.areas, [area]: next } })
                  }
                />
              ))}

              <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" id="report">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                  <h2 className="govuk-fieldset__heading">
                    {current.kind === "family"
                      ? "Reports or letters (optional)"
                      : "Your full report"}
                  </h2>
                </legend>
                {current.report ? (
                  <SummaryList
                    id="uploaded-report"
                    rows={[
                      { key: "File", value: current.report.fileName },
                      {
                        key: "Written on",
                        value: formatLongDate(current.report.writtenOn),
                      },
                      {
                        key: "Checks",
                        value:
                          current.report.scanStatus === "not-scanned"
                            ? "File type checked. Not scanned for viruses on this system"
                            : "File type checked",
                      },
                    ]}
                  />
                ) : null}
                <div
                  className={`govuk-form-group${messageFor("report.file") ? " govuk-form-group--error" : ""}`}
                >
                  <label className="govuk-label" htmlFor="report-file">
                    {current.report ? "Replace the report" : "Upload the report"}
                  </label>
                  <div className="govuk-hint" id="report-file-hint">
                    PDF, Word document, JPG, PNG or HEIC, up to 50 MB
                  </div>
                  {messageFor("report.file") ? (
                    <p className="govuk-error-message" id="report-file-error">
                      <span className="govuk-visually-hidden">Error:</span>{" "}
                      {messageFor("report.file")}
                    </p>
                  ) : null}
                  <input
                    className="govuk-file-upload"
                    id="report-file"
                    name="report.file"
                    type="file"
                    aria-describedby={`report-file-hint${messageFor("report.file") ? " report-file-error" : ""}`}
                    accept=".pdf,.doc,.docx,.jpg,.jpeg,.png,.heic"
                    onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                  />
                </div>
                <DateInput
                  name="report.writtenOn"
                  label="Date the report was written"
                  hint="For example, 27 3 2026"
                  value={writtenOn}
                  error={messageFor("report.writtenOn")}
                  onChange={setWrittenOn}
                />
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  disabled={busy}
                  onClick={() => void onUpload()}
                >
                  Upload report
                </button>
              </fieldset>

              <Checkbox
                name="reusesExistingAdvice"
                legend="Existing advice"
                label="This is existing advice the council, the author and the family have agreed to reuse"
                hint="Existing advice can be reused only when all three agree"
                checked={values.reusesExistingAdvice}
                error={messageFor("reusesExistingAdvice")}
                onChange={(checked) =>
                  setValues({ ...values, reusesExistingAdvice: checked })
                }
              />

              {values.reusesExistingAdvice ? (
                <ReuseStatus
                  advice={current}
                  busy={busy}
                  onAgree={() => void onAgree()}
                />
              ) : null}

              <div className="govuk-button-group">
                <button type="submit" className="govuk-button" disabled={busy}>
                  Send advice
                </button>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  disabled={busy}
                  onClick={() => void onSave()}
                >
                  Save and come back later
                </button>
              </div>
            </form>
          )}
        </div>
      </div>
    </Main>
  );
}
