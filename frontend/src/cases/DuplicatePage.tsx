/** Business support decides whether a possible duplicate request is for the same child. */
import { useState, type FormEvent } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import type { DuplicateFacts, DuplicateSummary, IntakeView } from "../../../shared/api";
import { formatLongDate } from "../../../shared/dates";
import { duplicateResolutionSchema } from "../../../shared/schemas/case";
import { useApp } from "../app-context";
import { ApiError } from "../api/client";
import { toShownErrors, zodFieldErrors, type FieldError } from "../api/errors";
import { useLoad } from "../api/use-load";
import { Radios, Textarea } from "../components/fields";
import {
  ErrorSummary,
  LoadingPage,
  Main,
  ProblemBanner,
  SummaryList,
} from "../components/page";
import { roleNames } from "../labels";
import { ProblemPage } from "../request/SectionPage";

export function DuplicatePage() {
  const { duplicateId = "" } = useParams();
  const { api } = useApp();
  const navigate = useNavigate();
  const passed = useLocation().state as DuplicateSummary | null;
  const intake = useLoad(
    () => (passed ? Promise.resolve(undefined) : api<IntakeView>("GET", "/intake")),
    passed ? "passed" : "intake",
  );
  const duplicate =
    passed ??
    intake.data?.possibleDuplicates.find(
      (candidate) => candidate.duplicateId === duplicateId,
    );

  const [resolution, setResolution] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string>();

  if (intake.error) return <ProblemPage message={intake.error.message} />;
  if (!duplicate)
    return intake.data ? (
      <ProblemPage message="This possible duplicate has already been resolved." />
    ) : (
      <LoadingPage />
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = duplicateResolutionSchema.safeParse({
      resolution: resolution || undefined,
      note: note.trim() ? note : undefined,
    });
    setErrors(parsed.success ? [] : zodFieldErrors(parsed.error));
    if (!parsed.success) return;

    try {
      await api(
        "POST",
        `/intake/duplicates/${encodeURIComponent(duplicateId)}`,
        parsed.data,
      );
      navigate("/intake");
    } catch (caught) {
      if (caught instanceof ApiError && caught.errors.length) setErrors(caught.errors);
      else
        setProblem(caught instanceof Error ? caught.message : "Saving failed. Try again");
    }
  }

  const shown = toShownErrors(errors);
  return (
    <Main
      title="Check a possible duplicate"
      hasErrors={shown.length > 0}
      backLink={{ to: "/intake" }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {problem ? <ProblemBanner message={problem} /> : null}
          <ErrorSummary errors={shown} focusKey={errors} />
          <span className="govuk-caption-l">Request {duplicate.reference}</span>
          <h1 className="govuk-heading-l">Check a possible duplicate</h1>
          <SummaryList
            rows={[
              { key: "Child", value: duplicate.childName },
              { key: "Received", value: formatLongDate(duplicate.receivedDate) },
              { key: "From", value: roleNames[duplicate.requesterType] },
              {
                key: "Existing case",
                value: (
                  <Link className="govuk-link" to={`/cases/${duplicate.existingCaseId}`}>
                    {duplicate.existingReference}
                  </Link>
                ),
              },
            ]}
          />
          {duplicate.comparison ? (
            <ComparisonTable
              comparison={duplicate.comparison}
              reference={duplicate.reference}
              existingReference={duplicate.existingReference}
            />
          ) : null}
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Radios
              name="resolution"
              label="Is this request for the same child as the existing case?"
              legendSize="m"
              value={resolution}
              onChange={setResolution}
              error={shown.find((error) => error.field === "resolution")?.message}
              choices={[
                {
                  value: "same-child",
                  label: "Yes, it is the same child",
                  hint: "The request is linked to the existing case",
                },
                {
                  value: "different-child",
                  label: "No, it is a different child",
                  hint: "A new case starts from the request",
                },
              ]}
            />
            <Textarea
              name="note"
              label="Note (optional)"
              rows={3}
              value={note}
              onChange={setNote}
              error={shown.find((error) => error.field === "note")?.message}
            />
            <button type="submit" className="govuk-button">
              Save
            </button>
          </form>
        </div>
      </div>
    </Main>
  );
}

/** Both requests side by side, with the facts that tell two children apart. */
function ComparisonTable(props: {
  comparison: { held: DuplicateFacts; existing: DuplicateFacts };
  reference: string;
  existingReference: string;
}) {
  const { held, existing } = props.comparison;
  const rows: { label: string; value: (facts: DuplicateFacts) => string }[] = [
    { label: "Date of birth", value: (facts) => formatLongDate(facts.dateOfBirth) },
    { label: "School or setting", value: (facts) => facts.schoolName ?? "Not given" },
    { label: "Requested by", value: (facts) => roleNames[facts.requesterType] },
    { label: "Received", value: (facts) => formatLongDate(facts.receivedDate) },
  ];
  return (
    <div className="app-table-wrapper" tabIndex={0} role="region" aria-label="Compare">
      <table className="govuk-table" id="duplicate-comparison">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Compare the two requests
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <td className="govuk-table__header" />
            <th scope="col" className="govuk-table__header">
              This request ({props.reference})
            </th>
            <th scope="col" className="govuk-table__header">
              Existing case ({props.existingReference})
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.label}>
              <th scope="row" className="govuk-table__header">
                {row.label}
              </th>
              <td className="govuk-table__cell">{row.value(held)}</td>
              <td className="govuk-table__cell">{row.value(existing)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
