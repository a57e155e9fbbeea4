/** One section of the request as a question page that saves the draft. */
import { useState, type FormEvent } from "react";
import { Navigate, useNavigate, useParams } from "react-router";
import type { DraftView } from "../../../shared/api";
import { londonDate } from "../../../shared/dates";
import {
  checkSectionDates,
  requestDraftSchema,
  type RequestDraft,
} from "../../../shared/schemas/request";
import { useApp } from "../app-context";
import { ApiError } from "../api/client";
import { toShownErrors, zodFieldErrors, type FieldError } from "../api/errors";
import { ErrorSummary, LoadingPage, Main, ProblemBanner } from "../components/page";
import { Fieldset } from "../components/fields";
import { NotFoundPage } from "../pages/NotFoundPage";
import { flattenAnswers, unflattenValues, type FormValues } from "./form-values";
import { QuestionField } from "./QuestionField";
import {
  addButtonId,
  findSection,
  sectionSchema,
  targetFieldPath,
  type SectionSpec,
} from "./sections";
import { clearUnsavedValues, readUnsavedValues, storeUnsavedValues } from "./unsaved";
import { useDraft } from "./use-draft";

function itemCount(spec: SectionSpec, values: FormValues): number {
  if (!spec.list) return 1;
  const indexes = Object.keys(values)
    .filter((key) => key.startsWith(`${spec.key}.`))
    .map((key) => Number(key.split(".")[1]));
  const highest = indexes.length ? Math.max(...indexes) + 1 : 0;
  return Math.max(spec.list.min, highest);
}

/** Drops values of fields that are hidden, such as a social worker when the child is not looked after. */
function visibleValues(spec: SectionSpec, values: FormValues, count: number): FormValues {
  const visible: FormValues = { ...values };
  for (let index = 0; index < count; index += 1) {
    const base = spec.list ? `${spec.key}.${index}` : spec.key;
    for (const group of spec.groups) {
      for (const field of group.fields) {
        if (!field.showWhen || field.showWhen(values, base)) continue;
        for (const key of Object.keys(visible)) {
          if (
            key === `${base}.${field.path}` ||
            key.startsWith(`${base}.${field.path}.`)
          ) {
            delete visible[key];
          }
        }
      }
    }
  }
  return visible;
}

export function SectionPage() {
  const { draftId = "", section: slug } = useParams();
  const spec = findSection(slug);
  if (!spec) return <NotFoundPage />;
  return <SectionForm key={spec.key} draftId={draftId} spec={spec} />;
}

function SectionForm({ draftId, spec }: { draftId: string; spec: SectionSpec }) {
  const { draft, error: loadError, save, reload } = useDraft(draftId);
  if (loadError) return <ProblemPage message={loadError.message} />;
  if (!draft) return <LoadingPage />;
  // A sent request is read-only: its answers are on the "Your request" page.
  if (draft.submitted)
    return <Navigate to={`/requests/${draftId}/sent-request`} replace />;
  // A new version of the draft (after a reload) starts the form again from its answers.
  return (
    <SectionEditor
      key={`${draft.draftId}@${draft.version}`}
      draft={draft}
      spec={spec}
      save={save}
      reload={reload}
    />
  );
}

function initialValues(spec: SectionSpec, draft: DraftView): FormValues {
  const initial = {
    ...flattenAnswers(draft.answers[spec.key], spec.key),
    // Answers typed before a forced sign-in come back, for this version of the draft only.
    ...readUnsavedValues(draft.draftId, spec.key, draft.version),
  };
  if (spec.key === "requester" && !initial["requester.type"]) {
    initial["requester.type"] = draft.requesterType;
  }
  return initial;
}

/** The fields a school cannot change: its own name and URN, from its sign-in. */
export function schoolSettingValues(
  spec: SectionSpec,
  requesterType: string | undefined,
  school: { name?: string; urn?: string },
): FormValues {
  if (spec.key !== "child" || requesterType !== "school" || !school.urn) return {};
  return {
    "child.currentSetting.urn": school.urn,
    ...(school.name ? { "child.currentSetting.name": school.name } : {}),
  };
}

/**
 * Returns one list item's values under the prefix `item`, because building
 * `parents.1` alone would turn the lone item into index 0 of an array.
 */
function itemValues(values: FormValues, key: string, index: number): FormValues {
  const prefix = `${key}.${index}.`;
  return Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, value]) => [`item.${name.slice(prefix.length)}`, value]),
  );
}

/**
 * Builds a section's answers from the form. A list section keeps one entry
 * per item shown, an empty item as `{}`, so that each blank question of it
 * is reported against the right item. "Save and come back later" drops empty
 * items instead.
 */
export function sectionValue(
  spec: SectionSpec,
  values: FormValues,
  count: number,
  finishLater: boolean,
): unknown {
  if (spec.list) {
    const items = Array.from(
      { length: count },
      (_, index) => unflattenValues(itemValues(values, spec.key, index), "item") ?? {},
    );
    return finishLater
      ? items.filter((item) => Object.keys(item as object).length > 0)
      : items;
  }

  const value = (unflattenValues(values, spec.key) ?? {}) as Record<string, unknown>;
  // A required group left empty is checked as `{}`, so each of its questions gets its own message.
  if (!finishLater) {
    for (const group of spec.requiredGroups ?? []) value[group] ??= {};
  }
  return value;
}

function SectionEditor(props: {
  draft: DraftView;
  spec: SectionSpec;
  save: (answers: RequestDraft) => Promise<DraftView>;
  reload: () => void;
}) {
  const { draft, spec, save, reload } = props;
  const draftId = draft.draftId;
  const { user, schoolName, schoolUrn, today: appToday } = useApp();
  const navigate = useNavigate();
  const requesterType = draft.answers.requester?.type ?? draft.requesterType;
  const fixedValues = schoolSettingValues(spec, requesterType, {
    name: schoolName,
    urn: schoolUrn,
  });
  const [typedValues, setValues] = useState<FormValues>(() => initialValues(spec, draft));
  const values = { ...typedValues, ...fixedValues };
  const [count, setCount] = useState(() => itemCount(spec, initialValues(spec, draft)));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent, finishLater: boolean) {
    event.preventDefault();
    setProblem(undefined);

    const shownValues = visibleValues(spec, values, count);
    // An empty page still gets checked, so that every missing answer is listed.
    const value = sectionValue(spec, shownValues, count, finishLater);

    // "Save and come back later" keeps partial answers, checking only what is filled in.
    const schema = finishLater
      ? requestDraftSchema.shape[spec.key]
      : sectionSchema(spec.key);
    const parsed = schema.safeParse(value);
    const found = parsed.success ? [] : zodFieldErrors(parsed.error, spec.key);
    if (!finishLater && parsed.success)
      found.push(...(spec.check?.(value, requesterType) ?? []));
    // Impossible dates are rejected on every save, so a section never shows as completed with one.
    const today = appToday ?? londonDate(new Date());
    found.push(...checkSectionDates(spec.key, value, today, requesterType));
    setErrors(found);
    if (found.length) return;

    const answers = { ...draft.answers, [spec.key]: value } as RequestDraft;
    setSaving(true);
    try {
      await save(answers);
      clearUnsavedValues(draftId, spec.key);
      navigate(finishLater ? "/" : `/requests/${draftId}`);
    } catch (caught) {
      if (caught instanceof ApiError && caught.isConflict) setConflict(true);
      else if (caught instanceof ApiError && caught.errors.length)
        setErrors(caught.errors);
      else
        setProblem(caught instanceof Error ? caught.message : "Saving failed. Try again");
    } finally {
      setSaving(false);
    }
  }

  // Each error shows on the input it belongs to, such as `child.address` on its first line.
  const shown = toShownErrors(
    errors.map((error) => ({
      ...error,
      field: targetFieldPath(spec, error.field, values, count) ?? spec.key,
    })),
  );
  const set = (key: string, value: string) =>
    setValues((current) => {
      const next = { ...current, [key]: value };
      storeUnsavedValues(draftId, spec.key, draft.version, next);
      return next;
    });
  const roleChoices = spec.key === "requester" ? requesterChoices(user?.role) : undefined;

  const renderFields = (base: string) =>
    spec.groups.map((group, groupIndex) => {
      const fields = group.fields
        .filter((field) => !field.showWhen || field.showWhen(values, base))
        .map((field) => (
          <QuestionField
            key={field.path}
            spec={
              roleChoices
                ? {
                    ...field,
                    choices: field.choices?.filter((choice) =>
                      roleChoices.includes(choice.value),
                    ),
                  }
                : field
            }
            name={`${base}.${field.path}`}
            readOnly={`${base}.${field.path}` in fixedValues}
            values={values}
            errors={shown}
            onChange={set}
            isPageHeading={spec.key === "requester"}
          />
        ));
      return group.heading ? (
        <Fieldset key={groupIndex} legend={group.heading}>
          {fields}
        </Fieldset>
      ) : (
        <div key={groupIndex}>{fields}</div>
      );
    });

  function removeItem(index: number) {
    setValues((current) => {
      const next: FormValues = {};
      for (const [key, value] of Object.entries(current)) {
        const match = new RegExp(`^${spec.key}\\.(\\d+)\\.(.*)$`).exec(key);
        if (!match) {
          next[key] = value;
          continue;
        }
        const itemIndex = Number(match[1]);
        if (itemIndex === index) continue;
        next[`${spec.key}.${itemIndex > index ? itemIndex - 1 : itemIndex}.${match[2]}`] =
          value;
      }
      return next;
    });
    setCount((current) => current - 1);
  }

  return (
    <Main
      title={spec.title}
      hasErrors={shown.length > 0}
      backLink={{ to: `/requests/${draftId}`, text: "Back to your request" }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {conflict ? (
            <ProblemBanner
              message="This request was changed in another window or by someone else since you opened it. Reload it to see the latest answers, then make your changes again."
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
            hrefFor={(error) =>
              error.field === spec.key && spec.list
                ? `#${addButtonId(spec)}`
                : `#${error.target}`
            }
          />
          {spec.key !== "requester" ? (
            <>
              <span className="govuk-caption-l">Your request</span>
              <h1 className="govuk-heading-l">{spec.title}</h1>
            </>
          ) : null}
          {spec.intro ? <p className="govuk-body">{spec.intro}</p> : null}
          <form noValidate onSubmit={(event) => void submit(event, false)}>
            {spec.list
              ? Array.from({ length: count }, (_, index) => (
                  <Fieldset
                    key={index}
                    id={`${spec.key}-${index}`}
                    legend={`${capitalise(spec.list!.itemName)} ${index + 1}`}
                  >
                    {renderFields(`${spec.key}.${index}`)}
                    {count > spec.list!.min ? (
                      <button
                        type="button"
                        className="govuk-button govuk-button--warning"
                        onClick={() => removeItem(index)}
                      >
                        Remove {spec.list!.itemName} {index + 1}
                      </button>
                    ) : null}
                  </Fieldset>
                ))
              : renderFields(spec.key)}
            {spec.list && count < spec.list.max ? (
              <button
                type="button"
                id={addButtonId(spec)}
                className="govuk-button govuk-button--secondary"
                onClick={() => setCount((current) => current + 1)}
              >
                {count === 0
                  ? `Add a ${spec.list.itemName}`
                  : `Add another ${spec.list.itemName}`}
              </button>
            ) : null}
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" disabled={saving}>
                Save and continue
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                disabled={saving}
                onClick={(event) => void submit(event, true)}
              >
                Save and come back later
              </button>
            </div>
          </form>
        </div>
      </div>
    </Main>
  );
}

function requesterChoices(role: string | undefined): string[] {
  if (role === "school") return ["school"];
  return ["parent", "young-person"];
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

export function ProblemPage({ message }: { message: string }) {
  return (
    <Main title="There is a problem">
      <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
      <p className="govuk-body">{message}</p>
    </Main>
  );
}
