/**
 * A request's answers as GOV.UK summary lists, one per section. Check your
 * answers shows them with Change links; the family's copy of a sent request
 * and the staff case page show them read only.
 */
import { Fragment } from "react";
import { formatLongDate, isIsoDate, type IsoDate } from "../../../shared/dates";
import {
  isReportOutOfDate,
  type RequestDraft,
  type RequesterType,
} from "../../../shared/schemas/request";
import { SummaryList, Tag, type SummaryRow } from "../components/page";
import { documentTypeNames } from "../labels";
import { flattenAnswers, joinDate, type FormValues } from "./form-values";
import { sectionsFor, type FieldSpec, type SectionSpec } from "./sections";

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
  changeTo: string | undefined,
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
            change: changeTo
              ? {
                  to: `${changeTo}#${name.replace(/\./g, "-")}`,
                  hiddenText: field.label.toLowerCase(),
                }
              : undefined,
          },
        ];
      }),
  );
}

function SectionAnswers({
  spec,
  answers,
  draftId,
  headingLevel,
}: {
  spec: SectionSpec;
  answers: RequestDraft;
  /** Adds Change links to the draft's section pages; read only without it. */
  draftId?: string;
  headingLevel: 2 | 3;
}) {
  const values = flattenAnswers(answers[spec.key], spec.key);
  const changeTo = draftId ? `/requests/${draftId}/${spec.slug}` : undefined;
  const change = changeTo
    ? { to: changeTo, hiddenText: spec.title.toLowerCase() }
    : undefined;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const ItemHeading = headingLevel === 2 ? "h3" : "h4";
  const headingId = `answers-${spec.key}`;

  if (spec.list) {
    const items = (answers[spec.key] as unknown[] | undefined) ?? [];
    return (
      <>
        <Heading className="govuk-heading-m" id={headingId}>
          {spec.title}
        </Heading>
        {items.length === 0 ? (
          <SummaryList
            rows={[
              {
                key: spec.title,
                value: "None",
                change,
              },
            ]}
          />
        ) : (
          items.map((_, index) => (
            <Fragment key={index}>
              <ItemHeading className="govuk-heading-s">
                {spec.list!.itemName.charAt(0).toUpperCase() +
                  spec.list!.itemName.slice(1)}{" "}
                {index + 1}
              </ItemHeading>
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
      <Heading className="govuk-heading-m" id={headingId}>
        {spec.title}
      </Heading>
      <SummaryList
        rows={
          rows.length
            ? rows
            : [
                {
                  key: spec.title,
                  value: "Not answered",
                  change,
                },
              ]
        }
      />
    </>
  );
}

/** The evidence a request lists, each with its type and date, flagging old reports. */
export function EvidenceAnswers(props: {
  evidence: NonNullable<RequestDraft["evidence"]>;
  today: IsoDate;
  draftId?: string;
  headingLevel: 2 | 3;
}) {
  const Heading = props.headingLevel === 2 ? "h2" : "h3";
  const change = (hiddenText: string) =>
    props.draftId ? { to: `/requests/${props.draftId}/evidence`, hiddenText } : undefined;
  return (
    <>
      <Heading className="govuk-heading-m" id="answers-evidence">
        Reports and evidence
      </Heading>
      <SummaryList
        rows={
          props.evidence.length
            ? props.evidence.map((document) => ({
                key: documentTypeNames[document.documentType],
                value: (
                  <>
                    <span className="app-multiline">{document.fileName}</span>
                    <br />
                    Written on {formatLongDate(document.writtenOn)}
                    {isReportOutOfDate(document.writtenOn, props.today) ? (
                      <>
                        {" "}
                        <Tag colour="orange">More than 12 months old</Tag>
                      </>
                    ) : null}
                  </>
                ),
                change: change(document.fileName),
              }))
            : [{ key: "Documents", value: "None uploaded", change: change("documents") }]
        }
      />
    </>
  );
}

/** Every section of a request, in the task list's order, then its evidence. */
export function RequestAnswers(props: {
  answers: RequestDraft;
  requesterType: RequesterType;
  today: IsoDate;
  /** Adds Change links to the draft's pages; read only without it. */
  draftId?: string;
  headingLevel?: 2 | 3;
}) {
  const headingLevel = props.headingLevel ?? 2;
  return (
    <>
      {sectionsFor(props.requesterType).map((spec) => (
        <SectionAnswers
          key={spec.key}
          spec={spec}
          answers={props.answers}
          draftId={props.draftId}
          headingLevel={headingLevel}
        />
      ))}
      <EvidenceAnswers
        evidence={props.answers.evidence ?? []}
        today={props.today}
        draftId={props.draftId}
        headingLevel={headingLevel}
      />
    </>
  );
}
