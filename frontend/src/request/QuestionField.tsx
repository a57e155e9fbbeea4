/** Renders one field of a section spec with the matching GOV.UK component. */
import type { ShownError } from "../api/errors";
import {
  Checkbox,
  DateInput,
  Radios,
  Select,
  Textarea,
  TextInput,
} from "../components/fields";
import type { FormValues } from "./form-values";
import type { FieldSpec } from "./sections";

const inputTypes: Partial<Record<FieldSpec["kind"], "email" | "tel">> = {
  email: "email",
  tel: "tel",
};

export function QuestionField(props: {
  spec: FieldSpec;
  /** The full dotted path of the field, such as `parents.0.email`. */
  name: string;
  values: FormValues;
  errors: ShownError[];
  onChange: (key: string, value: string) => void;
  isPageHeading?: boolean;
  /** Shows the answer without letting it change, such as a school's own name. */
  readOnly?: boolean;
}) {
  const { spec, name, values, onChange } = props;
  const error = props.errors.find(
    (candidate) => candidate.field === name || candidate.field.startsWith(`${name}.`),
  )?.message;
  const common = { name, label: spec.label, hint: spec.hint, error };

  switch (spec.kind) {
    case "textarea":
      return (
        <Textarea
          {...common}
          value={values[name] ?? ""}
          onChange={(value) => onChange(name, value)}
        />
      );
    case "date":
      return (
        <DateInput
          {...common}
          value={{
            day: values[`${name}.day`] ?? "",
            month: values[`${name}.month`] ?? "",
            year: values[`${name}.year`] ?? "",
          }}
          onChange={(parts) => {
            onChange(`${name}.day`, parts.day);
            onChange(`${name}.month`, parts.month);
            onChange(`${name}.year`, parts.year);
          }}
        />
      );
    case "yesno":
      return (
        <Radios
          {...common}
          inline
          value={values[name] ?? ""}
          onChange={(value) => onChange(name, value)}
          choices={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
        />
      );
    case "radios":
      return (
        <Radios
          {...common}
          isPageHeading={props.isPageHeading}
          value={values[name] ?? ""}
          onChange={(value) => onChange(name, value)}
          choices={spec.choices ?? []}
        />
      );
    case "select":
      return (
        <Select
          {...common}
          value={values[name] ?? ""}
          onChange={(value) => onChange(name, value)}
          choices={spec.choices ?? []}
        />
      );
    case "checkbox":
      return (
        <Checkbox
          {...common}
          checked={values[name] === "yes"}
          onChange={(checked) => onChange(name, checked ? "yes" : "")}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          type={inputTypes[spec.kind] ?? "text"}
          autoComplete={spec.autoComplete}
          width={spec.width}
          readOnly={props.readOnly}
          spellCheck={spec.kind === "email" ? false : undefined}
          value={values[name] ?? ""}
          onChange={(value) => onChange(name, value)}
        />
      );
  }
}
