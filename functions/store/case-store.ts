/**
 * The case store: reads of cases and the things around them (schools,
 * profiles, coordinators, markers) by key or index, never by Scan.
 * Changes go through `transact`, so each change and its audit entry commit
 * together.
 */
import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
} from "@aws-sdk/lib-dynamodb";
import type { CaseConnections } from "../../shared/permissions";
import type { Role } from "../../shared/roles";
import type { CaseStage } from "../../shared/schemas/case";
import type { AssessmentRequest, RequesterType } from "../../shared/schemas/request";
import type { TimelineFacts } from "../../shared/timeline";
import type { IsoDate } from "../../shared/dates";
import type { SubmissionResult } from "../../shared/api";
import { dynamo } from "../commons/clients";
import { config } from "../commons/config";
import { keys } from "./table";

/** The case record, the one source of truth about the state of a case. */
export interface CaseItem {
  caseId: string;
  reference: string;
  stage: CaseStage;
  version: number;
  requesterType: RequesterType;
  requesterUserId: string;
  receivedAt: string;
  receivedDate: IsoDate;
  decisionToAssessDue: IsoDate;
  decisionToIssueDue: IsoDate;
  finalPlanDue: IsoDate;
  child: { firstName: string; lastName: string; knownAs?: string; dateOfBirth: IsoDate };
  schoolUrn?: string;
  schoolName?: string;
  coordinatorId: string;
  coordinatorName: string;
  /** The school's link educational psychologist, proposed as adviser once assessment starts. */
  proposedPsychologistId?: string;
  connections: CaseConnections;
  facts: TimelineFacts;
  decision?: {
    outcome: "assess" | "refuse";
    decidedOn: IsoDate;
    reasons?: string;
    decidedBy: string;
    letterDocumentId?: string;
  };
  outOfDateReports: string[];
  /** Child keys whose open-child markers this case wrote, and must remove when it closes. */
  openChildKeys: string[];
  possibleDuplicateOf?: string;
  contactLanguage: string;
  createdAt: string;
  updatedAt: string;
}

export interface CaseDocumentItem {
  caseId: string;
  documentId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  documentType: string;
  writtenOn?: IsoDate;
  s3Key: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface RequestItem {
  caseId: string;
  request: AssessmentRequest;
}

export interface SchoolItem {
  urn: string;
  name: string;
  postcode: string;
  linkPsychologistId?: string;
  email?: string;
}

export interface ProfileItem {
  userId: string;
  role: Role;
  name: string;
  email?: string;
  phone?: string;
  schoolUrn?: string;
  patch?: string;
}

export interface SubmissionMarker {
  draftId: string;
  userId: string;
  result: SubmissionResult;
}

export interface OpenChildMarker {
  childKey: string;
  caseId: string;
  reference: string;
}

async function get<T>(key: Record<string, string>, consistent = false) {
  const result = await dynamo().send(
    new GetCommand({ TableName: config.tableName, Key: key, ConsistentRead: consistent }),
  );
  return result.Item as T | undefined;
}

export function getCaseItem(caseId: string): Promise<CaseItem | undefined> {
  return get<CaseItem>(keys.case(caseId), true);
}

export function getRequestItem(caseId: string): Promise<RequestItem | undefined> {
  return get<RequestItem>(keys.caseRequest(caseId));
}

export function getCaseDocument(
  caseId: string,
  documentId: string,
): Promise<CaseDocumentItem | undefined> {
  return get<CaseDocumentItem>(keys.caseDocument(caseId, documentId));
}

export function getSchool(urn: string): Promise<SchoolItem | undefined> {
  return get<SchoolItem>(keys.school(urn));
}

export function getProfile(userId: string): Promise<ProfileItem | undefined> {
  return get<ProfileItem>(keys.profile(userId));
}

export function getSubmissionMarker(
  draftId: string,
): Promise<SubmissionMarker | undefined> {
  return get<SubmissionMarker>(keys.submission(draftId), true);
}

export async function listCaseDocuments(caseId: string): Promise<CaseDocumentItem[]> {
  return queryAll<CaseDocumentItem>({
    TableName: config.tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :document)",
    ExpressionAttributeValues: { ":pk": `CASE#${caseId}`, ":document": "DOCUMENT#" },
  });
}

/** Returns the open-child markers that exist for any of the child's keys. */
export async function findOpenChildMarkers(
  childKeys: string[],
): Promise<OpenChildMarker[]> {
  const markers = await Promise.all(
    childKeys.map((childKey) => get<OpenChildMarker>(keys.openChild(childKey), true)),
  );
  return markers.filter((marker): marker is OpenChildMarker => !!marker);
}

/** Reads many items by key, in batches of 100, retrying what DynamoDB hands back. */
export async function batchGet<T>(itemKeys: Record<string, string>[]): Promise<T[]> {
  const items: T[] = [];

  for (let start = 0; start < itemKeys.length; start += 100) {
    let pending: Record<string, unknown>[] = itemKeys.slice(start, start + 100);

    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > 5) throw new Error("Batch read did not finish after 5 retries");
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));

      const result = await dynamo().send(
        new BatchGetCommand({ RequestItems: { [config.tableName]: { Keys: pending } } }),
      );
      items.push(...((result.Responses?.[config.tableName] ?? []) as T[]));
      pending = result.UnprocessedKeys?.[config.tableName]?.Keys ?? [];
    }
  }
  return items;
}

export async function batchGetCases(caseIds: string[]): Promise<CaseItem[]> {
  const unique = [...new Set(caseIds)];
  return batchGet<CaseItem>(unique.map((caseId) => keys.case(caseId)));
}

export async function queryAll<T>(input: QueryCommandInput, limit = 5000): Promise<T[]> {
  const items: T[] = [];
  let startKey: Record<string, unknown> | undefined;

  do {
    const result = await dynamo().send(
      new QueryCommand({ ...input, ExclusiveStartKey: startKey }),
    );
    items.push(...((result.Items ?? []) as T[]));
    startKey = result.LastEvaluatedKey;
  } while (startKey && items.length < limit);

  return items.slice(0, limit);
}

/** Returns the ids of cases a person or school is a member of, through GSI1. */
export async function caseIdsForMember(memberKey: string): Promise<string[]> {
  const members = await queryAll<{ caseId: string }>({
    TableName: config.tableName,
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :member AND begins_with(GSI1SK, :case)",
    ExpressionAttributeValues: { ":member": memberKey, ":case": "CASE#" },
    ProjectionExpression: "caseId",
  });
  return members.map((member) => member.caseId);
}

/** Returns a coordinator's open caseload, soonest deadline first, through GSI2. */
export async function caseloadOf(coordinatorId: string): Promise<CaseItem[]> {
  return queryAll<CaseItem>({
    TableName: config.tableName,
    IndexName: "GSI2",
    KeyConditionExpression: "GSI2PK = :coordinator",
    ExpressionAttributeValues: { ":coordinator": `COORDINATOR#${coordinatorId}` },
  });
}

/** Counts a coordinator's open cases with a COUNT query on GSI2, never a Scan. */
export async function countOpenCases(coordinatorId: string): Promise<number> {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;

  do {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: config.tableName,
        IndexName: "GSI2",
        KeyConditionExpression: "GSI2PK = :coordinator",
        ExpressionAttributeValues: { ":coordinator": `COORDINATOR#${coordinatorId}` },
        Select: "COUNT",
        ExclusiveStartKey: startKey,
      }),
    );
    count += result.Count ?? 0;
    startKey = result.LastEvaluatedKey;
  } while (startKey);

  return count;
}

/** Returns the cases in one stage through GSI3, newest first unless asked otherwise. */
export async function casesInStage(
  stage: CaseStage,
  newestFirst = true,
): Promise<CaseItem[]> {
  return queryAll<CaseItem>({
    TableName: config.tableName,
    IndexName: "GSI3",
    KeyConditionExpression: "GSI3PK = :stage",
    ExpressionAttributeValues: { ":stage": `STAGE#${stage}` },
    ScanIndexForward: !newestFirst,
  });
}

export async function listCoordinatorProfiles(): Promise<ProfileItem[]> {
  return queryAll<ProfileItem>({
    TableName: config.tableName,
    IndexName: "GSI3",
    KeyConditionExpression: "GSI3PK = :coordinators",
    ExpressionAttributeValues: { ":coordinators": "COORDINATORS" },
  });
}

/** GSI2 keys that place a case in its coordinator's caseload, ordered by the next due date. */
export function caseloadKeys(
  coordinatorId: string,
  nextDue: IsoDate | null,
  caseId: string,
) {
  // Cases with nothing due sort last: "9999" is after every real date.
  return {
    GSI2PK: `COORDINATOR#${coordinatorId}`,
    GSI2SK: `${nextDue ?? "9999-12-31"}#${caseId}`,
  };
}

/** GSI3 keys that place a case in its stage's queue, ordered by when it arrived. */
export function stageKeys(stage: CaseStage, receivedAt: string, caseId: string) {
  return { GSI3PK: `STAGE#${stage}`, GSI3SK: `${receivedAt}#${caseId}` };
}
