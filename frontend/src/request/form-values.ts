/**
 * Converts between a request's answers and the flat form values the question
 * pages edit. Keys are dotted paths (`parents.0.email`); dates are split into
 * `.day`, `.month` and `.year` as the GOV.UK date input asks for them, and
 * yes/no questions hold "yes" or "no".
 */

export type FormValues = Record<string, string>;

/** Fields, named by their last path segment, that hold a calendar date. */
const dateFields = new Set([
  "dateOfBirth",
  "arrivedInUkOn",
  "startedOn",
  "from",
  "to",
  "givenOn",
  "writtenOn",
  "decidedOn",
]);

/** Fields, named by their last path segment, that hold a yes or no answer. */
const booleanFields = new Set([
  "lookedAfter",
  "parentalResponsibility",
  "interpreterNeeded",
  "confirmed",
  "declaration",
]);

const datePart = /^(.*)\.(day|month|year)$/;

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}

/** Flattens answers into form values under `prefix`. */
export function flattenAnswers(
  value: unknown,
  prefix: string,
  into: FormValues = {},
): FormValues {
  if (value === undefined || value === null) return into;

  if (typeof value === "boolean") {
    into[prefix] = value ? "yes" : "no";
  } else if (typeof value === "string" && dateFields.has(lastSegment(prefix))) {
    const [year = "", month = "", day = ""] = value.split("-");
    into[`${prefix}.day`] = day.replace(/^0(?=\d)/, "");
    into[`${prefix}.month`] = month.replace(/^0(?=\d)/, "");
    into[`${prefix}.year`] = year;
  } else if (typeof value === "string" || typeof value === "number") {
    into[prefix] = String(value);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => flattenAnswers(item, `${prefix}.${index}`, into));
  } else if (typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      flattenAnswers(item, `${prefix}.${key}`, into);
    }
  }
  return into;
}

/**
 * Joins a date input's parts into `YYYY-MM-DD`, or undefined when all three
 * are blank. A part that is not a number is kept, so the schema reports the
 * date as not real rather than the answer disappearing.
 */
export function joinDate(day = "", month = "", year = ""): string | undefined {
  const parts = [day.trim(), month.trim(), year.trim()];
  if (parts.every((part) => part === "")) return undefined;

  const pad = (part: string) => (/^\d$/.test(part) ? `0${part}` : part);
  return `${parts[2]}-${pad(parts[1]!)}-${pad(parts[0]!)}`;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object" && value !== null) return Object.keys(value).length === 0;
  return false;
}

type Tree = { [key: string]: Tree | string | boolean | undefined };

function setPath(tree: Tree, segments: string[], value: string | boolean): void {
  let node = tree;
  segments.slice(0, -1).forEach((segment) => {
    const next = node[segment];
    if (typeof next !== "object" || next === null) node[segment] = {};
    node = node[segment] as Tree;
  });
  node[segments[segments.length - 1]!] = value;
}

/** Turns objects whose keys are all indexes into arrays, and drops blanks. */
function compact(node: Tree | string | boolean | undefined): unknown {
  if (typeof node !== "object" || node === null) return node;

  const keys = Object.keys(node);
  const entries = keys
    .map((key) => [key, compact(node[key])] as const)
    .filter(([, value]) => !isEmpty(value));

  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return entries
      .sort(([left], [right]) => Number(left) - Number(right))
      .map(([, value]) => value);
  }
  return Object.fromEntries(entries);
}

/**
 * Builds the answers under `prefix` from form values. Blank answers are left
 * out, so an optional question left empty is absent rather than "".
 */
export function unflattenValues(values: FormValues, prefix: string): unknown {
  const tree: Tree = {};
  const dates = new Map<string, Record<string, string>>();

  for (const [key, raw] of Object.entries(values)) {
    if (key !== prefix && !key.startsWith(`${prefix}.`)) continue;

    const part = datePart.exec(key);
    if (part) {
      const parts = dates.get(part[1]!) ?? {};
      parts[part[2]!] = raw;
      dates.set(part[1]!, parts);
      continue;
    }

    const value = raw.trim() === "" ? undefined : raw;
    if (value === undefined) continue;
    const typed = booleanFields.has(lastSegment(key)) ? value === "yes" : value;
    setPath(tree, key.split("."), typed);
  }

  for (const [key, parts] of dates) {
    const date = joinDate(parts.day, parts.month, parts.year);
    if (date) setPath(tree, key.split("."), date);
  }

  const built = compact(tree) as Record<string, unknown>;
  return prefix
    .split(".")
    .reduce<unknown>(
      (node, segment) =>
        node && typeof node === "object"
          ? (node as Record<string, unknown>)[segment]
          : undefined,
      built,
    );
}
