/**
 * The advice store: one item per advice request in the case's partition,
 * indexed on GSI1 by adviser and due date for the adviser's inbox, and one
 * item per report upload until the advice that names it is submitted.
 */
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { IsoDate } from "../../shared/dates";
import type {
  AdviceFormDraft,
  AdviceKind,
  AdviceStatus,
  ReuseAgreement,
  ReuseParty,
  ScanStatus,
} from "../../shared/schemas/advice";
import type { AreaScores } from "../../shared/scoring";
import type { Role } from "../../shared/roles";
import { dynamo } from "../commons/clients";
import { config } from "../commons/config";
import { queryAll } from "../store/case-store";
import { keys } from "../store/table";
import type { TransactItem } from "../store/transact";

/** The full report an adviser attached, after its upload passed the checks. */
export interface AdviceReport {
  documentId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  writtenOn: IsoDate;
  s3Key: string;
  sha256: string;
  scanStatus: ScanStatus;
  uploadedBy: string;
  uploadedAt: string;
}

export interface AdviceItem {
  adviceId: string;
  caseId: string;
  reference: string;
  kind: AdviceKind;
  note?: string;
  adviserId: string;
  adviserRole: Role;
  requestedOn: IsoDate;
  dueDate: IsoDate;
  requestedBy: string;
  status: AdviceStatus;
  version: number;
  form: AdviceFormDraft;
  report?: AdviceReport;
  reuseAgreements: Partial<Record<ReuseParty, ReuseAgreement>>;
  /** Severity per area of need, set when the advice is submitted. */
  scores?: AreaScores;
  submittedOn?: IsoDate;
  createdAt: string;
  updatedAt: string;
}

export interface AdviceUploadItem {
  caseId: string;
  adviceId: string;
  documentId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  writtenOn: IsoDate;
  s3Key: string;
  uploadedBy: string;
  createdAt: string;
}

export function adviceReportKey(caseId: string, documentId: string): string {
  return `documents/${caseId}/advice/${documentId}`;
}

/** GSI1 keys that put an advice request in its adviser's inbox, soonest due first. */
export function inboxKeys(adviserId: string, dueDate: IsoDate, adviceId: string) {
  return { GSI1PK: `ADVISER#${adviserId}`, GSI1SK: `ADVICE#${dueDate}#${adviceId}` };
}

export async function getAdviceItem(
  caseId: string,
  adviceId: string,
): Promise<AdviceItem | undefined> {
  const result = await dynamo().send(
    new GetCommand({
      TableName: config.tableName,
      Key: keys.caseAdvice(caseId, adviceId),
      ConsistentRead: true,
    }),
  );
  return result.Item as AdviceItem | undefined;
}

export function listAdviceForCase(caseId: string): Promise<AdviceItem[]> {
  return queryAll<AdviceItem>({
    TableName: config.tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :advice)",
    ExpressionAttributeValues: { ":pk": `CASE#${caseId}`, ":advice": "ADVICE#" },
    ConsistentRead: true,
  });
}

/** Returns the advice asked of one person, soonest due first, through GSI1. */
export function listAdviceForAdviser(adviserId: string): Promise<AdviceItem[]> {
  return queryAll<AdviceItem>({
    TableName: config.tableName,
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :adviser AND begins_with(GSI1SK, :advice)",
    ExpressionAttributeValues: {
      ":adviser": `ADVISER#${adviserId}`,
      ":advice": "ADVICE#",
    },
  });
}

export async function getAdviceUpload(
  caseId: string,
  documentId: string,
): Promise<AdviceUploadItem | undefined> {
  const result = await dynamo().send(
    new GetCommand({
      TableName: config.tableName,
      Key: keys.adviceUpload(caseId, documentId),
      ConsistentRead: true,
    }),
  );
  return result.Item as AdviceUploadItem | undefined;
}

export function countAdviceUploads(caseId: string, adviceId: string): Promise<number> {
  return queryAll<AdviceUploadItem>({
    TableName: config.tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :upload)",
    FilterExpression: "adviceId = :adviceId",
    ExpressionAttributeValues: {
      ":pk": `CASE#${caseId}`,
      ":upload": "ADVICEUPLOAD#",
      ":adviceId": adviceId,
    },
    ProjectionExpression: "documentId",
  }).then((items) => items.length);
}

/** Builds the put of a pending upload, for the transaction that also audits it. */
export function adviceUploadPut(upload: AdviceUploadItem): TransactItem {
  return {
    Put: {
      TableName: config.tableName,
      Item: {
        ...keys.adviceUpload(upload.caseId, upload.documentId),
        type: "advice-upload",
        ...upload,
      },
      ConditionExpression: "attribute_not_exists(PK)",
    },
  };
}
