/**
 * Builds the items that make a new case: the case record, the full request,
 * members, open-child markers, documents and an audit entry. Submission and
 * the resolution of a possible duplicate both create cases through here, and
 * add their own markers to the same transaction.
 */
import type { AssessmentRequest, RequesterType } from "../../shared/schemas/request";
import { computeTimeline, nextDueDate, statutoryDates } from "../../shared/timeline";
import { config } from "../commons/config";
import { auditPut, type Actor, type AuditAction } from "../store/audit";
import {
  caseloadKeys,
  stageKeys,
  type CaseDocumentItem,
  type CaseItem,
  type SchoolItem,
} from "../store/case-store";
import { keys } from "../store/table";
import type { TransactItem } from "../store/transact";
import type { Allocation } from "./allocation";

export interface NewCase {
  caseId: string;
  reference: string;
  receivedAt: string;
  request: AssessmentRequest;
  requesterType: RequesterType;
  requesterUserId: string;
  school?: SchoolItem;
  allocation: Allocation;
  documents: Omit<CaseDocumentItem, "caseId">[];
  outOfDateReports: string[];
  /** Child keys to mark as open; each marker is written only if none exists. */
  childKeysToHold: string[];
  possibleDuplicateOf?: string;
}

export interface NewCaseAudit {
  actor: Actor;
  action: AuditAction;
  at: Date;
  detail: string;
}

function put(item: Record<string, unknown>, mustBeNew = true): TransactItem {
  return {
    Put: {
      TableName: config.tableName,
      Item: item,
      ...(mustBeNew ? { ConditionExpression: "attribute_not_exists(PK)" } : {}),
    },
  };
}

export function caseRecord(input: NewCase): CaseItem {
  const dates = statutoryDates(input.receivedAt);
  const { request } = input;
  const familyUserIds = input.requesterType === "school" ? [] : [input.requesterUserId];

  return {
    caseId: input.caseId,
    reference: input.reference,
    stage: "deciding",
    version: 1,
    requesterType: input.requesterType,
    requesterUserId: input.requesterUserId,
    receivedAt: input.receivedAt,
    ...dates,
    child: {
      firstName: request.child.firstName,
      lastName: request.child.lastName,
      knownAs: request.child.knownAs,
      dateOfBirth: request.child.dateOfBirth,
    },
    schoolUrn: input.school?.urn,
    schoolName: input.school?.name ?? request.child.currentSetting?.name,
    coordinatorId: input.allocation.coordinatorId,
    coordinatorName: input.allocation.coordinatorName,
    proposedPsychologistId: input.allocation.proposedPsychologistId,
    connections: {
      familyUserIds,
      schoolUrn: input.school?.urn,
      adviserIds: [],
      supporterIds: [],
    },
    facts: { receivedAt: input.receivedAt },
    outOfDateReports: input.outOfDateReports,
    openChildKeys: input.childKeysToHold,
    possibleDuplicateOf: input.possibleDuplicateOf,
    contactLanguage: request.contactPreferences.language,
    createdAt: input.receivedAt,
    updatedAt: input.receivedAt,
  };
}

/** Returns the new case record and every item that creates it, for one transaction. */
export function newCaseItems(
  input: NewCase,
  audit: NewCaseAudit,
): { caseItem: CaseItem; items: TransactItem[] } {
  const caseItem = caseRecord(input);
  const { caseId } = input;
  const nextDue = nextDueDate(computeTimeline(caseItem.facts, caseItem.receivedDate));

  const items: TransactItem[] = [
    put({
      ...keys.case(caseId),
      type: "case",
      ...caseItem,
      ...caseloadKeys(caseItem.coordinatorId, nextDue, caseId),
      ...stageKeys(caseItem.stage, caseItem.receivedAt, caseId),
    }),
    put({ ...keys.caseRequest(caseId), type: "request", caseId, request: input.request }),
    put({
      ...keys.caseMember(caseId, `USER#${input.requesterUserId}`),
      type: "member",
      caseId,
      relation: "requester",
      GSI1PK: `USER#${input.requesterUserId}`,
      GSI1SK: `CASE#${caseId}`,
    }),
  ];

  if (input.school) {
    items.push(
      put({
        ...keys.caseMember(caseId, `SCHOOL#${input.school.urn}`),
        type: "member",
        caseId,
        relation: "school",
        GSI1PK: `SCHOOL#${input.school.urn}`,
        GSI1SK: `CASE#${caseId}`,
      }),
    );
  }

  for (const childKey of input.childKeysToHold) {
    items.push(
      put({
        ...keys.openChild(childKey),
        type: "open-child",
        childKey,
        caseId,
        reference: input.reference,
      }),
    );
  }

  for (const document of input.documents) {
    items.push(
      put({
        ...keys.caseDocument(caseId, document.documentId),
        type: "document",
        caseId,
        ...document,
      }),
    );
  }

  items.push(
    auditPut({
      caseId,
      actor: audit.actor,
      action: audit.action,
      at: audit.at,
      detail: audit.detail,
    }),
  );

  return { caseItem, items };
}
