import * as z from "zod";
import { isIsoDate } from "../dates";

/** Characters that never belong in text a person typed: controls other than newline and tab. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function text(label: string, maxLength: number) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, { error: `Enter ${label}` })
    .max(maxLength, {
      error: `${capitalise(label)} must be ${maxLength} characters or fewer`,
    })
    .refine((value) => !CONTROL_CHARACTERS.test(value), {
      error: `${capitalise(label)} must not contain control characters`,
    });
}

export function name(label: string) {
  return text(label, 100);
}

export function longText(label: string) {
  return text(label, 5000);
}

export function isoDate(label: string) {
  return z
    .string({ error: `Enter ${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${capitalise(label)} must be a real date` })
    .refine(isIsoDate, { error: `${capitalise(label)} must be a real date` })
    .refine((value) => value >= "1900-01-01" && value <= "2100-12-31", {
      error: `${capitalise(label)} must be a real date`,
    });
}

/** UK postcodes, in the Royal Mail's outward and inward shape. */
export function postcode(label = "a postcode") {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, {
      error: `Enter a real postcode, like SW1A 1AA`,
    });
}

export function email(label = "an email address") {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .max(254, { error: "Email address must be 254 characters or fewer" })
    .pipe(
      z.email({ error: `Enter ${label} in the correct format, like name@example.com` }),
    );
}

/** UK phone numbers: digits, spaces and an optional leading +44. */
export function phone(label = "a phone number") {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .regex(/^(\+44\s?|0)[\d\s]{9,13}$/, {
      error: `Enter ${label} like 01632 960 001 or 07700 900 982`,
    });
}

export const id = z
  .string({ error: "Enter an id" })
  .regex(/^[A-Za-z0-9-]{1,64}$/, { error: "Id must be letters, numbers and hyphens" });

export function capitalise(value: string): string {
  const withoutArticle = value.replace(/^(a|an|the) /, "");
  return withoutArticle.charAt(0).toUpperCase() + withoutArticle.slice(1);
}

/** One field error in the shape every API error and form uses. */
export interface FieldError {
  field: string;
  message: string;
}

/** Flattens a zod error into field errors named by their dotted path. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);

    // zod reports unknown fields once, against their parent; name each one instead.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        field: [...path, key].join("."),
        message: `Unexpected field ${[...path, key].join(".")}: remove it`,
      }));
    }

    return [{ field: path.join(".") || "body", message: issue.message }];
  });
}
