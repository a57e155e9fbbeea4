/**
 * Business support's intake: new cases, possible duplicate requests and the
 * coordinators cases can go to.
 */
import { randomUUID } from "node:crypto";
import type { CoordinatorView, DuplicateSummary, IntakeView } from "../../shared/api";
import { londonDate } from "../../shared/dates";
import { ConflictError, NotFoundError } from "../../shared/errors";
import type { DuplicateResolution } from "../../shared/schemas/case";
import type { AssessmentRequest, RequesterType } from "../../shared/schemas/request";
import { config } from "../commons/config";
import { dynamo } from "../commons/clients";
import { logger } from "../commons/logger";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { auditPut, writeAuditForCases, type Actor } from "../store/audit";
import {
  batchGetCases,
  casesInStage,
  countOpenCases,
  findOpenChildMarkers,
  getSchool,
  listCoordinatorProfiles,
  queryAll,
  type CaseDocumentItem,
} from "../store/case-store";
import { isWellFormedId } from "../store/ids";
import { keys } from "../store/table";
import { transact, type TransactItem } from "../store/transact";
import { restartTimeline } from "../workflow/timeline";
import { toCaseSummary } from "../cases/case-view";
import { allocate } from "../submission/allocation";
import { newCaseItems } from "../submission/create-case";
import { dispatchQueued } from "../messages/queue";
import { queueAllocationMessage } from "../submission/messages";

/** A request held for checking because its child matched an open case. */
export interface DuplicateItem {
  duplicateId: string;
  status: "open" | "resolved";
  reference: string;
  receivedAt: string;
  draftId: string;
  requesterType: RequesterType;
  requesterUserId: string;
  schoolUrn?: string;
  request: AssessmentRequest;
  documents: Omit<CaseDocumentItem, "caseId">[];
  outOfDateReports: string[];
  childKeys: string[];
  existingCaseId: string;
  existingReference: string;
}

export interface ResolutionResult {
  duplicateId: string;
  resolution: DuplicateResolution["resolution"];
  /** The new case for a different child, or the existing case for the same child. */
  caseId: string;
  reference: string;
}

export async function listIntake(actor: Actor, now: Date): Promise<IntakeView> {
  const [newCases, duplicates] = await Promise.all([
    casesInStage("deciding", true),
    queryAll<DuplicateItem>({
      TableName: config.tableName,
      IndexName: "GSI3",
      KeyConditionExpression: "GSI3PK = :open",
      ExpressionAttributeValues: { ":open": "DUPLICATE#open" },
      ScanIndexForward: false,
    }),
  ]);

  const existing = await batchGetCases(duplicates.map((d) => d.existingCaseId));
  const existingById = new Map(existing.map((caseItem) => [caseItem.caseId, caseItem]));
  // Business support checks duplicates, so only they get the child's details to compare.
  const compares = actor.role === "business-support";

  const possibleDuplicates: DuplicateSummary[] = duplicates.map((duplicate) => {
    const existingCase = existingById.get(duplicate.existingCaseId);
    return {
      duplicateId: duplicate.duplicateId,
      reference: duplicate.reference,
      receivedDate: londonDate(duplicate.receivedAt),
      childName: `${duplicate.request.child.firstName} ${duplicate.request.child.lastName}`,
      existingCaseId: duplicate.existingCaseId,
      existingReference: duplicate.existingReference,
      existingStage: existingCase?.stage ?? "closed",
      requesterType: duplicate.requesterType,
      ...(compares && existingCase
        ? {
            comparison: {
              held: {
                dateOfBirth: duplicate.request.child.dateOfBirth,
                schoolName: duplicate.request.child.currentSetting?.name,
                requesterType: duplicate.requesterType,
                receivedDate: londonDate(duplicate.receivedAt),
              },
              existing: {
                dateOfBirth: existingCase.child.dateOfBirth,
                schoolName: existingCase.schoolName,
                requesterType: existingCase.requesterType,
                receivedDate: londonDate(existingCase.receivedAt),
              },
            },
          }
        : {}),
    };
  });

  await writeAuditForCases(
    [...newCases.map((c) => c.caseId), ...duplicates.map((d) => d.existingCaseId)],
    { actor, action: "case-listed", at: now },
  );

  return {
    newCases: newCases.map((caseItem) => toCaseSummary(caseItem, now)),
    possibleDuplicates,
  };
}

export async function listCoordinators(): Promise<CoordinatorView[]> {
  const coordinators = await listCoordinatorProfiles();
  const views = await Promise.all(
    coordinators.map(async (coordinator) => ({
      userId: coordinator.userId,
      name: coordinator.name,
      patch: coordinator.patch,
      openCases: await countOpenCases(coordinator.userId),
    })),
  );
  return views.sort((a, b) => a.name.localeCompare(b.name));
}

async function getOpenDuplicate(duplicateId: string): Promise<DuplicateItem> {
  if (!isWellFormedId(duplicateId))
    throw new NotFoundError("Possible duplicate not found");

  const result = await dynamo().send(
    new GetCommand({
      TableName: config.tableName,
      Key: keys.duplicate(duplicateId),
      ConsistentRead: true,
    }),
  );
  const duplicate = result.Item as DuplicateItem | undefined;
  if (!duplicate) throw new NotFoundError("Possible duplicate not found");
  if (duplicate.status !== "open") {
    throw new ConflictError("This possible duplicate has already been resolved");
  }
  return duplicate;
}

/** Closes the duplicate record; its condition stops two people resolving it at once. */
function closeDuplicate(
  duplicate: DuplicateItem,
  resolution: DuplicateResolution,
  caseId: string,
  actor: Actor,
  now: Date,
): TransactItem {
  return {
    Update: {
      TableName: config.tableName,
      Key: keys.duplicate(duplicate.duplicateId),
      UpdateExpression:
        "SET #status = :resolved, resolution = :resolution, resolvedCaseId = :caseId, " +
        "resolvedBy = :by, resolvedAt = :now, resolutionNote = :note REMOVE GSI3PK, GSI3SK",
      ConditionExpression: "#status = :open",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":resolved": "resolved",
        ":open": "open",
        ":resolution": resolution.resolution,
        ":caseId": caseId,
        ":by": actor.userId,
        ":now": now.toISOString(),
        ":note": resolution.note ?? null,
      },
    },
  };
}

export async function resolveDuplicate(
  duplicateId: string,
  resolution: DuplicateResolution,
  actor: Actor,
  now: Date,
): Promise<ResolutionResult> {
  const duplicate = await getOpenDuplicate(duplicateId);

  if (resolution.resolution === "same-child") {
    // NOTE: the second requester is not connected to the existing case, because
    // a matching name and date of birth does not prove parental responsibility.
    // There is no route yet for business support to connect them after checking.
    const outcome = await transact([
      closeDuplicate(duplicate, resolution, duplicate.existingCaseId, actor, now),
      auditPut({
        caseId: duplicate.existingCaseId,
        actor,
        action: "duplicate-linked",
        at: now,
        detail: `Request ${duplicate.reference} is for the same child and is linked to this case`,
      }),
    ]);
    if (!outcome.committed) await throwResolutionConflict(duplicateId);

    logger.info("Possible duplicate linked", { caseReference: duplicate.reference });
    return {
      duplicateId,
      resolution: "same-child",
      caseId: duplicate.existingCaseId,
      reference: duplicate.existingReference,
    };
  }

  return createCaseFromDuplicate(duplicate, resolution, actor, now);
}

/**
 * Creates the case for a different child through the same creation code as a
 * submission, keeping the reference the family was given and the date the
 * request was received, which starts the statutory clock (reg 5(1)).
 */
async function createCaseFromDuplicate(
  duplicate: DuplicateItem,
  resolution: DuplicateResolution,
  actor: Actor,
  now: Date,
): Promise<ResolutionResult> {
  const caseId = randomUUID();
  const school = duplicate.schoolUrn ? await getSchool(duplicate.schoolUrn) : undefined;
  const allocation = await allocate(school, duplicate.request.child.address.postcode);

  // The other case keeps the markers it has, and this case marks the remaining keys.
  const alreadyMarked = new Set(
    (await findOpenChildMarkers(duplicate.childKeys)).map((m) => m.childKey),
  );
  const { caseItem, items } = newCaseItems(
    {
      caseId,
      reference: duplicate.reference,
      receivedAt: duplicate.receivedAt,
      request: duplicate.request,
      requesterType: duplicate.requesterType,
      requesterUserId: duplicate.requesterUserId,
      school,
      allocation,
      documents: duplicate.documents,
      outOfDateReports: duplicate.outOfDateReports,
      childKeysToHold: duplicate.childKeys.filter((key) => !alreadyMarked.has(key)),
    },
    {
      actor,
      action: "case-created-from-duplicate",
      at: now,
      detail: `Checked as a different child from case ${duplicate.existingReference}; allocated by ${allocation.basis}`,
    },
  );

  const message = await queueAllocationMessage(caseItem, now);
  const outcome = await transact([
    ...items,
    ...message.items,
    closeDuplicate(duplicate, resolution, caseId, actor, now),
    {
      Update: {
        TableName: config.tableName,
        Key: keys.reference(duplicate.reference),
        UpdateExpression: "SET caseId = :caseId",
        ExpressionAttributeValues: { ":caseId": caseId },
      },
    },
    {
      Update: {
        TableName: config.tableName,
        Key: keys.draft(duplicate.requesterUserId, duplicate.draftId),
        UpdateExpression: "SET submitted.caseId = :caseId",
        ConditionExpression: "attribute_exists(submitted)",
        ExpressionAttributeValues: { ":caseId": caseId },
      },
    },
    auditPut({
      caseId: duplicate.existingCaseId,
      actor,
      action: "duplicate-linked",
      at: now,
      detail: `Request ${duplicate.reference} is for a different child and became its own case`,
    }),
  ]);
  if (!outcome.committed) await throwResolutionConflict(duplicate.duplicateId);

  logger.info("Case created from a possible duplicate", {
    caseReference: duplicate.reference,
  });
  await dispatchQueued(message);
  await restartTimeline(caseId);

  return {
    duplicateId: duplicate.duplicateId,
    resolution: "different-child",
    caseId,
    reference: duplicate.reference,
  };
}

async function throwResolutionConflict(duplicateId: string): Promise<never> {
  await getOpenDuplicate(duplicateId);
  throw new ConflictError();
}
