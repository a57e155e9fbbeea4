/**
 * The draft store: unsent requests, kept under their owner's partition
 * (`USER#<id>`), so a draft can only ever be read by its owner's key.
 */
import { randomUUID } from "node:crypto";
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import type { DraftView } from "../../shared/api";
import { ConflictError, NotFoundError } from "../../shared/errors";
import type { RequestDraft, RequesterType } from "../../shared/schemas/request";
import { dynamo } from "../commons/clients";
import { config } from "../commons/config";
import { isWellFormedId } from "./ids";
import { keys } from "./table";

export interface DraftItem {
  draftId: string;
  userId: string;
  requesterType: RequesterType;
  answers: RequestDraft;
  version: number;
  createdAt: string;
  updatedAt: string;
  submitted?: { caseId?: string; reference: string };
}

/** An evidence file the owner asked to upload, recorded before the upload happens. */
export interface DraftDocumentItem {
  draftId: string;
  documentId: string;
  userId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  documentType: string;
  s3Key: string;
  status: "pending";
  createdAt: string;
}

const draftNotFound = () => new NotFoundError("Request not found");

export function toDraftView(draft: DraftItem): DraftView {
  return {
    draftId: draft.draftId,
    version: draft.version,
    requesterType: draft.requesterType,
    answers: draft.answers,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    submitted: draft.submitted,
  };
}

export async function createDraft(
  userId: string,
  requesterType: RequesterType,
  now: Date,
): Promise<DraftItem> {
  const at = now.toISOString();
  const draft: DraftItem = {
    draftId: randomUUID(),
    userId,
    requesterType,
    answers: { requester: { type: requesterType } },
    version: 1,
    createdAt: at,
    updatedAt: at,
  };

  await dynamo().send(
    new PutCommand({
      TableName: config.tableName,
      Item: { ...keys.draft(userId, draft.draftId), type: "draft", ...draft },
      ConditionExpression: "attribute_not_exists(PK)",
    }),
  );
  return draft;
}

/** Returns the owner's draft; another person's draft is "not found" too. */
export async function getDraft(userId: string, draftId: string): Promise<DraftItem> {
  if (!isWellFormedId(draftId)) throw draftNotFound();

  const result = await dynamo().send(
    new GetCommand({
      TableName: config.tableName,
      Key: keys.draft(userId, draftId),
      ConsistentRead: true,
    }),
  );
  if (!result.Item) throw draftNotFound();
  return result.Item as DraftItem;
}

/** Returns the owner's drafts that match a filter, most recently changed first. */
async function listDraftsWhere(userId: string, filter: string): Promise<DraftItem[]> {
  const drafts: DraftItem[] = [];
  let startKey: Record<string, unknown> | undefined;

  do {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: config.tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :draft)",
        FilterExpression: filter,
        ExpressionAttributeValues: { ":pk": `USER#${userId}`, ":draft": "DRAFT#" },
        ExclusiveStartKey: startKey,
      }),
    );
    drafts.push(...((result.Items ?? []) as DraftItem[]));
    startKey = result.LastEvaluatedKey;
  } while (startKey);

  return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Returns the owner's unsent drafts, most recently changed first. */
export function listUnsentDrafts(userId: string): Promise<DraftItem[]> {
  return listDraftsWhere(userId, "attribute_not_exists(submitted)");
}

/**
 * Returns the owner's sent requests that have no case yet, because business
 * support holds them as possible duplicates of an open case.
 * NOTE: a request resolved as the same child as the existing case gets no
 * caseId on its draft, so it stays in this list after the check.
 */
export function listDraftsBeingChecked(userId: string): Promise<DraftItem[]> {
  return listDraftsWhere(
    userId,
    "attribute_exists(submitted) AND attribute_not_exists(submitted.caseId)",
  );
}

/**
 * Saves answers unless the draft changed after `expectedVersion` was read. On a failed
 * condition it reads the draft again to tell "not found" from a conflict,
 * because DynamoDB Local returns no item with the failure.
 */
export async function saveDraft(
  userId: string,
  draftId: string,
  answers: RequestDraft,
  expectedVersion: number,
  now: Date,
): Promise<DraftItem> {
  try {
    const result = await dynamo().send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: keys.draft(userId, draftId),
        UpdateExpression: "SET answers = :answers, version = :next, updatedAt = :now",
        ConditionExpression:
          "attribute_exists(PK) AND version = :expected AND attribute_not_exists(submitted)",
        ExpressionAttributeValues: {
          ":answers": answers,
          ":expected": expectedVersion,
          ":next": expectedVersion + 1,
          ":now": now.toISOString(),
        },
        ReturnValues: "ALL_NEW",
      }),
    );
    return result.Attributes as DraftItem;
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;

    const current = await getDraft(userId, draftId);
    if (current.submitted) {
      throw new ConflictError("This request has already been sent");
    }
    throw new ConflictError();
  }
}

/** Records an upload the owner is about to make, so submission can check it. */
export async function putDraftDocument(document: DraftDocumentItem): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: config.tableName,
      Item: {
        ...keys.draftDocument(document.draftId, document.documentId),
        type: "draft-document",
        ...document,
      },
      ConditionExpression: "attribute_not_exists(PK)",
    }),
  );
}

export async function listDraftDocuments(draftId: string): Promise<DraftDocumentItem[]> {
  const documents: DraftDocumentItem[] = [];
  let startKey: Record<string, unknown> | undefined;

  do {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: config.tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :document)",
        ExpressionAttributeValues: {
          ":pk": `DRAFT#${draftId}`,
          ":document": "DOCUMENT#",
        },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    documents.push(...((result.Items ?? []) as DraftDocumentItem[]));
    startKey = result.LastEvaluatedKey;
  } while (startKey);

  return documents;
}
