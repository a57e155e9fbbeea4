/** The roles of the service. Each is a Cognito group of the same name. */
export const roles = [
  "parent",
  "young-person",
  "school",
  "specialist",
  "business-support",
  "coordinator",
  "panel-member",
  "manager",
  "finance",
  "supporter",
] as const;

export type Role = (typeof roles)[number];

/** Roles that may make a request for an assessment. */
export const requesterRoles = [
  "parent",
  "young-person",
  "school",
] as const satisfies Role[];

/** Council staff who work across the whole service, not only their own cases. */
export const serviceWideRoles = [
  "business-support",
  "coordinator",
  "manager",
] as const satisfies Role[];

export const familyRoles = ["parent", "young-person"] as const satisfies Role[];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
