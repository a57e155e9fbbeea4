/**
 * The single table's design: key attributes, indexes and key builders.
 * The CDK stack and the local runtime create the table from these constants.
 *
 * Keys hold ids and hashes only, never a person's details, because keys show
 * up in logs, metrics and CloudWatch Contributor Insights.
 */
import { createHash } from "node:crypto";

export const tableDesign = {
  partitionKey: "PK",
  sortKey: "SK",
  indexes: [
    /** Things connected to a person or a school: "my cases", a school's cases, drafts. */
    { name: "GSI1", partitionKey: "GSI1PK", sortKey: "GSI1SK" },
    /** A coordinator's caseload, ordered by the next due date. */
    { name: "GSI2", partitionKey: "GSI2PK", sortKey: "GSI2SK" },
    /** Service-wide queues: cases by stage, open possible duplicates, coordinators. */
    { name: "GSI3", partitionKey: "GSI3PK", sortKey: "GSI3SK" },
  ],
} as const;

export const keys = {
  case: (caseId: string) => ({ PK: `CASE#${caseId}`, SK: "CASE" }),
  caseRequest: (caseId: string) => ({ PK: `CASE#${caseId}`, SK: "REQUEST" }),
  caseMember: (caseId: string, principalKey: string) => ({
    PK: `CASE#${caseId}`,
    SK: `MEMBER#${principalKey}`,
  }),
  caseDocument: (caseId: string, documentId: string) => ({
    PK: `CASE#${caseId}`,
    SK: `DOCUMENT#${documentId}`,
  }),
  caseAdvice: (caseId: string, adviceId: string) => ({
    PK: `CASE#${caseId}`,
    SK: `ADVICE#${adviceId}`,
  }),
  /** An adviser's upload, kept apart from the case's documents until the advice is submitted. */
  adviceUpload: (caseId: string, documentId: string) => ({
    PK: `CASE#${caseId}`,
    SK: `ADVICEUPLOAD#${documentId}`,
  }),
  fundingModel: () => ({ PK: "CONFIG#funding-model", SK: "CURRENT" }),
  fundingModelVersion: (version: number) => ({
    PK: "CONFIG#funding-model",
    SK: `VERSION#${String(version).padStart(6, "0")}`,
  }),
  caseAudit: (caseId: string, at: string, eventId: string) => ({
    PK: `CASE#${caseId}`,
    SK: `AUDIT#${at}#${eventId}`,
  }),
  reference: (reference: string) => ({ PK: `REFERENCE#${reference}`, SK: "REFERENCE" }),
  submission: (draftId: string) => ({ PK: `SUBMISSION#${draftId}`, SK: "SUBMISSION" }),
  draft: (userId: string, draftId: string) => ({
    PK: `USER#${userId}`,
    SK: `DRAFT#${draftId}`,
  }),
  draftDocument: (draftId: string, documentId: string) => ({
    PK: `DRAFT#${draftId}`,
    SK: `DOCUMENT#${documentId}`,
  }),
  profile: (userId: string) => ({ PK: `USER#${userId}`, SK: "PROFILE" }),
  school: (urn: string) => ({ PK: `SCHOOL#${urn}`, SK: "SCHOOL" }),
  /** Marks a child as having an open case, for duplicate detection. */
  openChild: (childKey: string) => ({ PK: `CHILD#${childKey}`, SK: "OPEN" }),
  duplicate: (duplicateId: string) => ({
    PK: `DUPLICATE#${duplicateId}`,
    SK: "DUPLICATE",
  }),
};

/**
 * Identifies a child without storing their details in a key: a hash of the
 * unique pupil number, or of the normalised name and date of birth.
 */
export function childKeys(child: {
  upn?: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}): string[] {
  const normalise = (value: string) =>
    value
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  const hash = (value: string) =>
    createHash("sha256").update(value).digest("hex").slice(0, 32);

  const result = [
    `NAMEDOB#${hash(`${normalise(child.firstName)}|${normalise(child.lastName)}|${child.dateOfBirth}`)}`,
  ];
  if (child.upn) result.unshift(`UPN#${hash(child.upn.toUpperCase())}`);
  return result;
}
