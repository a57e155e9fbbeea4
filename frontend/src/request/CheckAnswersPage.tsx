/** Check your answers, the declaration, and sending the request. */
import { Fragment, useState, type FormEvent } from "react";
import { useNavigate, useParams } from "react-router";
import type { SubmissionResult } from "../../../shared/api";
import { formatLongDate, isIsoDate, londonDate } from "../../../shared/dates";
import {
  assessmentRequestSchema,
  checkRequestDates,
  isReportOutOfDate,
  type RequestDraft,
  type RequesterType,
} from "../../../shared/schemas/request";
import { useApp } from "../app-context";
import { ApiError } from "../api/client";
import { toShownErrors, zodFieldErrors, type FieldError } from "../api/errors";
import { Checkbox } from "../components/fields";
import {
  ErrorSummary,
  Loading,
  Main,
  ProblemBanner,
  SummaryList,
  Tag,
  type SummaryRow,
} from "../components/page";
import { documentTypeNames } from "../labels";
import { flattenAnswers, joinDate, type FormValues } from "./form-values";
import { ProblemPage } from "./SectionPage";
import { pathForField, sectionsFor, type FieldSpec, type SectionSpec } from "./sections";
import { useDraft } from "./use-draft";

function displayValue(
  field: FieldSpec,
  values: FormValues,
  name: string,
): string | undefined {
  if (field.kind === "date") {
    const date = joinDate(
      values[`${name}.day`],
      values[`${name}.month`],
      values[`${name}.year`],
    );
    if (!date) return undefined;
    return isIsoDate(date) ? formatLongDate(date) : date;
  }
  const raw = values[name];
  if (!raw) return undefined;
  if (field.kind === "yesno" || field.kind === "checkbox")
    return raw === "yes" ? "Yes" : "No";
  if (field.choices)
    return field.choices.find((choice) => choice.value === raw)?.label ?? raw;
  return raw;
}

function rowsFor(
  spec: SectionSpec,
  values: FormValues,
  base: string,
  changeTo: string,
): SummaryRow[] {
  return spec.groups.flatMap((group) =>
    group.fields
      .filter((field) => !field.showWhen || field.showWhen(values, base))
      .flatMap((field) => {
        const name = `${base}.${field.path}`;
        const value = displayValue(field, values, name);
        if (value === undefined) return [];
        return [
          {
            key: field.label.replace(/ \(optional\)$/, ""),
            value: <span className="app-multiline">{value}</span>,
            change: {
              to: `${changeTo}#${name.replace(/\./g, "-")}`,
              hiddenText: field.label.toLowerCase(),
            },
          },
        ];
      }),
  );
}

function SectionAnswers({
  spec,
  answers,
  draftId,
}: {
  spec: SectionSpec;
  answers: RequestDraft;
  draftId: string;
}) {
  const values = flattenAnswers(answers[spec.key], spec.key);
  const changeTo = `/requests/${draftId}/${spec.slug}`;

  if (spec.list) {
    const items = (answers[spec.key] as unknown[] | undefined) ?? [];
    return (
      <>
        <h2 className="govuk-heading-m">{spec.title}</h2>
        {items.length === 0 ? (
          <SummaryList
            rows={[
              {
                key: spec.title,
                value: "None",
                change: { to: changeTo, hiddenText: spec.title.toLowerCase() },
              },
            ]}
          />
        ) : (
          items.map((_, index) => (
            <Fragment key={index}>
              <h3 className="govuk-heading-s">
                {spec.list!.itemName.charAt(0).toUpperCase() +
                  spec.list!.itemName.slice(1)}{" "}
                {index + 1}
              </h3>
              <SummaryList
                rows={rowsFor(spec, values, `${spec.key}.${index}`, changeTo)}
              />
            </Fragment>
          ))
        )}
      </>
    );
  }

  const rows = rowsFor(spec, values, spec.key, changeTo);
  return (
    <>
      <h2 className="govuk-heading-m">{spec.title}</h2>
      <SummaryList
        rows={
          rows.length
            ? rows
            : [
                {
                  key: spec.title,
                  value: "Not answered",
                  change: { to: changeTo, hiddenText: spec.title.toLowerCase() },
                },
              ]
        }
      />
    </>
  );
}

export function CheckAnswersPage() {
  const { draftId = "" } = useParams();
  const { api } = useApp();
  const navigate = useNavigate();
  const { draft, error: loadError, save, reload } = useDraft(draftId);
  const [declared, setDeclared] = useState<boolean>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);

  if (loadError) return <ProblemPage message={loadError.message} />;
  if (!draft) return <Loading />;

  const requesterType: RequesterType =
    draft.answers.requester?.type ?? draft.requesterType;
  const today = londonDate(new Date());
  const declaration = declared ?? draft.answers.declaration === true;

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setProblem(undefined);

    const answers: RequestDraft = { ...draft.answers, declaration };
    const parsed = assessmentRequestSchema.safeParse(answers);
    const found = parsed.success
      ? checkRequestDates(parsed.data, today)
      : zodFieldErrors(parsed.error);
    setErrors(found);
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
        setErrors(caught.errors);
      else
        setProblem(
          caught instanceof Error ? caught.message : "Sending failed. Try again",
        );
    } finally {
      setSending(false);
    }
  }

  const shown = toShownErrors(errors);
  const evidence = draft.answers.evidence ?? [];

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
            hrefFor={(error) => pathForField(draftId, error.field)}
          />
          <h1 className="govuk-heading-l">
            Check your answers before sending your request
          </h1>
          {sectionsFor(requesterType).map((spec) => (
            <SectionAnswers
              key={spec.key}
              spec={spec}
              answers={draft.answers}
              draftId={draftId}
            />
          ))}
          <h2 className="govuk-heading-m">Reports and evidence</h2>
          <SummaryList
            rows={
              evidence.length
                ? evidence.map((document) => ({
                    key: documentTypeNames[document.documentType],
                    value: (
                      <>
                        <span className="app-multiline">{document.fileName}</span>
                        <br />
                        Written on {formatLongDate(document.writtenOn)}
                        {isReportOutOfDate(document.writtenOn, today) ? (
                          <>
                            {" "}
                            <Tag colour="orange">More than 12 months old</Tag>
                          </>
                        ) : null}
                      </>
                    ),
                    change: {
                      to: `/requests/${draftId}/evidence`,
                      hiddenText: document.fileName,
                    },
                  }))
                : [
                    {
                      key: "Documents",
                      value: "None uploaded",
                      change: {
                        to: `/requests/${draftId}/evidence`,
                        hiddenText: "documents",
                      },
                    },
                  ]
            }
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
