/** GOV.UK form fields as React components. Labels and values render as text. */
import type { ReactNode } from "react";
import { fieldId } from "../api/errors";

interface FieldProps {
  /** The dotted field path, such as `child.firstName`; the element id is derived from it. */
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Renders the label as the page heading, for one-question pages. */
  isPageHeading?: boolean;
}

function ErrorMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  if (!hint) return null;
  return (
    <div id={`${id}-hint`} className="govuk-hint">
      {hint}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Label({
  id,
  label,
  isPageHeading,
}: {
  id: string;
  label: string;
  isPageHeading?: boolean;
}) {
  if (isPageHeading) {
    return (
      <h1 className="govuk-label-wrapper">
        <label className="govuk-label govuk-label--l" htmlFor={id}>
          {label}
        </label>
      </h1>
    );
  }
  return (
    <label className="govuk-label" htmlFor={id}>
      {label}
    </label>
  );
}

export function TextInput(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: "text" | "email" | "tel";
    autoComplete?: string;
    width?: string;
    spellCheck?: boolean;
    readOnly?: boolean;
  },
) {
  const id = fieldId(props.name);
  return (
    <div className={`govuk-form-group${props.error ? " govuk-form-group--error" : ""}`}>
      <Label id={id} label={props.label} isPageHeading={props.isPageHeading} />
      <Hint id={id} hint={props.hint} />
      <ErrorMessage id={id} message={props.error} />
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        className={`govuk-input${props.width ? ` ${props.width}` : ""}${props.error ? " govuk-input--error" : ""}`}
        value={props.value}
        autoComplete={props.autoComplete}
        spellCheck={props.spellCheck}
        readOnly={props.readOnly}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

export function Textarea(
  props: FieldProps & { value: string; onChange: (value: string) => void; rows?: number },
) {
  const id = fieldId(props.name);
  return (
    <div className={`govuk-form-group${props.error ? " govuk-form-group--error" : ""}`}>
      <Label id={id} label={props.label} isPageHeading={props.isPageHeading} />
      <Hint id={id} hint={props.hint} />
      <ErrorMessage id={id} message={props.error} />
      <textarea
        id={id}
        name={props.name}
        className={`govuk-textarea${props.error ? " govuk-textarea--error" : ""}`}
        rows={props.rows ?? 5}
        value={props.value}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Renders a GOV.UK date input. The day field carries the field's id, so error links land on it. */
export function DateInput(
  props: FieldProps & { value: DateParts; onChange: (value: DateParts) => void },
) {
  const id = fieldId(props.name);
  const errorClass = props.error ? " govuk-input--error" : "";
  const part = (key: keyof DateParts, label: string, width: string, partId: string) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={partId}>
          {label}
        </label>
        <input
          id={partId}
          name={`${props.name}.${key}`}
          className={`govuk-input govuk-date-input__input ${width}${errorClass}`}
          type="text"
          inputMode="numeric"
          value={props.value[key]}
          onChange={(event) =>
            props.onChange({ ...props.value, [key]: event.target.value })
          }
        />
      </div>
    </div>
  );

  return (
    <div className={`govuk-form-group${props.error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          {props.label}
        </legend>
        <Hint id={id} hint={props.hint} />
        <ErrorMessage id={id} message={props.error} />
        <div className="govuk-date-input">
          {part("day", "Day", "govuk-input--width-2", id)}
          {part("month", "Month", "govuk-input--width-2", `${id}-month`)}
          {part("year", "Year", "govuk-input--width-4", `${id}-year`)}
        </div>
      </fieldset>
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** GOV.UK radios. The first radio carries the field's id, so error links land on it. */
export function Radios(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    choices: Choice[];
    inline?: boolean;
    legendSize?: "s" | "m" | "l";
  },
) {
  const id = fieldId(props.name);
  const legend = (
    <legend
      className={`govuk-fieldset__legend govuk-fieldset__legend--${props.isPageHeading ? "l" : (props.legendSize ?? "s")}`}
    >
      {props.isPageHeading ? (
        <h1 className="govuk-fieldset__heading">{props.label}</h1>
      ) : (
        props.label
      )}
    </legend>
  );

  return (
    <div className={`govuk-form-group${props.error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        {legend}
        <Hint id={id} hint={props.hint} />
        <ErrorMessage id={id} message={props.error} />
        <div className={`govuk-radios${props.inline ? " govuk-radios--inline" : ""}`}>
          {props.choices.map((choice, index) => {
            const choiceId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-radios__item" key={choice.value}>
                <input
                  className="govuk-radios__input"
                  id={choiceId}
                  name={props.name}
                  type="radio"
                  value={choice.value}
                  checked={props.value === choice.value}
                  aria-describedby={choice.hint ? `${choiceId}-item-hint` : undefined}
                  onChange={() => props.onChange(choice.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={choiceId}>
                  {choice.label}
                </label>
                {choice.hint ? (
                  <div
                    id={`${choiceId}-item-hint`}
                    className="govuk-hint govuk-radios__hint"
                  >
                    {choice.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** Renders a single GOV.UK checkbox, used for confirmations. */
export function Checkbox(
  props: FieldProps & {
    checked: boolean;
    onChange: (checked: boolean) => void;
    legend?: string;
  },
) {
  const id = fieldId(props.name);
  return (
    <div className={`govuk-form-group${props.error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        {props.legend ? (
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {props.legend}
          </legend>
        ) : null}
        <Hint id={id} hint={props.hint} />
        <ErrorMessage id={id} message={props.error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={id}
              name={props.name}
              type="checkbox"
              checked={props.checked}
              onChange={(event) => props.onChange(event.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
              {props.label}
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}

export function Select(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    choices: Choice[];
  },
) {
  const id = fieldId(props.name);
  return (
    <div className={`govuk-form-group${props.error ? " govuk-form-group--error" : ""}`}>
      <Label id={id} label={props.label} />
      <Hint id={id} hint={props.hint} />
      <ErrorMessage id={id} message={props.error} />
      <select
        id={id}
        name={props.name}
        className={`govuk-select${props.error ? " govuk-select--error" : ""}`}
        value={props.value}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">Choose</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Fieldset(props: { legend: string; id?: string; children: ReactNode }) {
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" id={props.id}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">{props.legend}</h2>
      </legend>
      {props.children}
    </fieldset>
  );
}
