/**
 * Turns API and validation errors into the field errors a form shows: one
 * message per field, in the order the API listed them, with the id of the
 * input the error summary links to.
 */
import type * as z from "zod";
import type { FieldError } from "../../../shared/schemas/common";

export type { FieldError };

export interface ShownError {
  field: string;
  message: string;
  /** The id of the input to link to from the error summary. */
  target: string;
}

/** Returns the element id for a dotted field path: `parents.0.email` becomes `parents-0-email`. */
export function fieldId(field: string): string {
  return field.replace(/\./g, "-");
}

/**
 * Converts zod issues into field errors, prefixing each path with the part of
 * the request the schema checked (such as `child`).
 */
export function zodFieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const field = [...(prefix ? [prefix] : []), ...path].join(".");
    return { field: field || "body", message: issue.message };
  });
}

/** Keeps the first message for each field, because a field shows one error at a time. */
export function toShownErrors(errors: FieldError[]): ShownError[] {
  const seen = new Set<string>();
  const shown: ShownError[] = [];
  for (const error of errors) {
    if (seen.has(error.field)) continue;
    seen.add(error.field);
    shown.push({ ...error, target: fieldId(error.field) });
  }
  return shown;
}

/** Returns the message for one field, or undefined when it has none. */
export function messageFor(errors: ShownError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}

/** Returns the errors on a field or on anything inside it, such as `child.gp.name` for `child.gp`. */
export function errorsWithin(errors: FieldError[], field: string): FieldError[] {
  return errors.filter(
    (error) => error.field === field || error.field.startsWith(`${field}.`),
  );
}
