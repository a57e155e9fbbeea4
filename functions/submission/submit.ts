/**
 * Turns a complete draft into a case, once, however often it is sent.
 */
import { randomInt, randomUUID } from "node:crypto";
import type { SubmissionResult } from "../../shared/api";
import { londonDate } from "../../shared/dates";
import { InvalidError, UnavailableError } from "../../shared/errors";
import { fieldErrors, type FieldError } from "../../shared/schemas/common";
import {
  assessmentRequestSchema,
  checkRequestDates,
  isReportOutOfDate,
  type AssessmentRequest,
} from "../../shared/schemas/request";
import { statutoryDates } from "../../shared/timeline";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { config } from "../commons/config";
import { logger } from "../commons/logger";
import { auditPut, type Actor } from "../store/audit";
import {
  findOpenChildMarkers,
  getSubmissionMarker,
  type CaseDocumentItem,
  type OpenChildMarker,
  type SchoolItem,
} from "../store/case-store";
import { getDraft, listDraftDocuments, type DraftItem } from "../store/draft-store";
import { childKeys, keys } from "../store/table";
import { transact, type TransactItem } from "../store/transact";
import { restartTimeline } from "../workflow/timeline";
import { allocate, knownSchool, type Allocation } from "./allocation";
import { newCaseItems } from "./create-case";
import { checkEvidence } from "./evidence";
import { dispatchQueued, mergeQueued } from "../messages/queue";
import { queueAllocationMessage, queueConfirmation } from "./messages";
import { newReference } from "./reference";

/** Attempts before giving up when other writers keep winning the race. */
const maxAttempts = 5;

export interface Submitted {
  /** 201 when this call created the case, 200 when it replays an earlier one. */
  status: 200 | 201;
  result: SubmissionResult;
}

interface Prepared {
  draft: DraftItem;
  request: AssessmentRequest;
  receivedAt: string;
  school?: SchoolItem;
  allocation: Allocation;
  documents: Omit<CaseDocumentItem, "caseId">[];
  outOfDateReports: string[];
  childKeys: string[];
}

export async function submitDraft(
  principal: AuthenticatedPrincipal,
  draftId: string,
  actor: Actor,
  now: Date,
): Promise<Submitted> {
  const draft = await getDraft(principal.userId, draftId);

  const earlier = await getSubmissionMarker(draftId);
  if (earlier) return { status: 200, result: earlier.result };

  const prepared = await prepare(principal, draft, now);

  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    // A concurrent call for the same draft may have committed since the last look.
    const replay = await getSubmissionMarker(draftId);
    if (replay) return { status: 200, result: replay.result };

    const existing = await findOpenChildMarkers(prepared.childKeys);
    const reference = newReference();
    const attemptResult =
      existing.length > 0
        ? await storePossibleDuplicate(
            prepared,
            existing[0] as OpenChildMarker,
            reference,
            actor,
            now,
          )
        : await storeCase(prepared, reference, actor, now);

    if (attemptResult) return { status: 201, result: attemptResult };
    logger.info("Submission transaction cancelled, trying again", { attempt });

    // Back off with jitter so that racing calls stop colliding.
    await new Promise((resolve) => setTimeout(resolve, 20 * attempt + randomInt(30)));
  }

  throw new UnavailableError("The request could not be sent. Try again in a few seconds");
}

/** Validates the draft and its evidence, and works out everything the case needs. */
async function prepare(
  principal: AuthenticatedPrincipal,
  draft: DraftItem,
  now: Date,
): Promise<Prepared> {
  const today = londonDate(now);

  // The requester type is fixed by the draft, whatever the saved answers contain.
  const answers = { ...draft.answers, requester: { type: draft.requesterType } };
  const parsed = assessmentRequestSchema.safeParse(answers);
  const errors: FieldError[] = parsed.success
    ? checkRequestDates(parsed.data, today)
    : fieldErrors(parsed.error);

  const uploads = await listDraftDocuments(draft.draftId);
  const evidence = await checkEvidence(draft.answers.evidence ?? [], uploads);
  errors.push(...evidence.errors);

  if (!parsed.success || errors.length > 0) {
    throw new InvalidError(errors, "The request is not complete");
  }
  const request = parsed.data;

  // A school request belongs to the school the signed-in person works for.
  const schoolUrn =
    draft.requesterType === "school"
      ? principal.schoolUrn
      : request.child.currentSetting?.urn;
  const school = await knownSchool(schoolUrn);
  const allocation = await allocate(school, request.child.address.postcode);

  const receivedAt = now.toISOString();
  const uploadedById = new Map(evidence.documents.map((d) => [d.documentId, d]));
  const documents = request.evidence.map((entry) => {
    const upload = uploadedById.get(
      entry.documentId,
    ) as (typeof evidence.documents)[number];
    return {
      documentId: entry.documentId,
      fileName: entry.fileName,
      contentType: upload.contentType,
      sizeBytes: upload.sizeBytes,
      documentType: entry.documentType,
      writtenOn: entry.writtenOn,
      s3Key: upload.s3Key,
      uploadedBy: upload.userId,
      uploadedAt: upload.createdAt,
    };
  });

  return {
    draft,
    request,
    receivedAt,
    school,
    allocation,
    documents,
    outOfDateReports: request.evidence
      .filter((entry) => isReportOutOfDate(entry.writtenOn, today))
      .map((entry) => entry.documentId),
    childKeys: childKeys(request.child),
  };
}

function resultFor(
  prepared: Prepared,
  reference: string,
  caseId: string | undefined,
): SubmissionResult {
  const dates = statutoryDates(prepared.receivedAt);
  return {
    reference,
    caseId,
    possibleDuplicate: !caseId,
    receivedDate: dates.receivedDate,
    decisionToAssessDue: dates.decisionToAssessDue,
    finalPlanDue: dates.finalPlanDue,
    outOfDateReports: prepared.outOfDateReports,
  };
}

/** Builds the markers every submission writes, whether it becomes a case or a duplicate. */
function submissionItems(
  prepared: Prepared,
  result: SubmissionResult,
  target: { caseId?: string; duplicateId?: string },
  now: Date,
): TransactItem[] {
  const { draft } = prepared;
  return [
    {
      // Exactly one submission per draft: a retry or a concurrent call fails here.
      Put: {
        TableName: config.tableName,
        Item: {
          ...keys.submission(draft.draftId),
          type: "submission",
          draftId: draft.draftId,
          userId: draft.userId,
          result,
          ...target,
          createdAt: now.toISOString(),
        },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    },
    {
      Put: {
        TableName: config.tableName,
        Item: {
          ...keys.reference(result.reference),
          type: "reference",
          reference: result.reference,
          ...target,
        },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    },
    {
      Update: {
        TableName: config.tableName,
        Key: keys.draft(draft.userId, draft.draftId),
        UpdateExpression: "SET submitted = :submitted, updatedAt = :now",
        ConditionExpression: "attribute_exists(PK) AND attribute_not_exists(submitted)",
        ExpressionAttributeValues: {
          ":submitted": { caseId: target.caseId, reference: result.reference },
          ":now": now.toISOString(),
        },
      },
    },
  ];
}

async function storeCase(
  prepared: Prepared,
  reference: string,
  actor: Actor,
  now: Date,
): Promise<SubmissionResult | null> {
  const caseId = randomUUID();
  const result = resultFor(prepared, reference, caseId);
  const { caseItem, items } = newCaseItems(
    {
      caseId,
      reference,
      receivedAt: prepared.receivedAt,
      request: prepared.request,
      requesterType: prepared.draft.requesterType,
      requesterUserId: prepared.draft.userId,
      school: prepared.school,
      allocation: prepared.allocation,
      documents: prepared.documents,
      outOfDateReports: prepared.outOfDateReports,
      childKeysToHold: prepared.childKeys,
    },
    {
      actor,
      action: "request-submitted",
      at: now,
      detail: `Case ${reference} created and allocated by ${prepared.allocation.basis}`,
    },
  );

  const messages = mergeQueued(
    await queueConfirmation(prepared.request, caseItem, result, `CASE#${caseId}`, now),
    await queueAllocationMessage(caseItem, now),
  );
  const outcome = await transact([
    ...submissionItems(prepared, result, { caseId }, now),
    ...items,
    ...messages.items,
  ]);
  if (!outcome.committed) return null;

  logger.info("Case created", {
    caseReference: reference,
    documents: prepared.documents.length,
    allocationBasis: prepared.allocation.basis,
  });
  await dispatchQueued(messages);
  await restartTimeline(caseId);
  return result;
}

/**
 * Stores the request for business support to check, linked to the open case
 * that has the same child key, in place of a new case.
 */
async function storePossibleDuplicate(
  prepared: Prepared,
  existing: OpenChildMarker,
  reference: string,
  actor: Actor,
  now: Date,
): Promise<SubmissionResult | null> {
  const duplicateId = randomUUID();
  const result = resultFor(prepared, reference, undefined);

  const duplicate: TransactItem = {
    Put: {
      TableName: config.tableName,
      Item: {
        ...keys.duplicate(duplicateId),
        type: "duplicate",
        status: "open",
        duplicateId,
        reference,
        receivedAt: prepared.receivedAt,
        draftId: prepared.draft.draftId,
        requesterType: prepared.draft.requesterType,
        requesterUserId: prepared.draft.userId,
        schoolUrn: prepared.school?.urn,
        request: prepared.request,
        documents: prepared.documents,
        outOfDateReports: prepared.outOfDateReports,
        childKeys: prepared.childKeys,
        existingCaseId: existing.caseId,
        existingReference: existing.reference,
        GSI3PK: "DUPLICATE#open",
        GSI3SK: `${prepared.receivedAt}#${duplicateId}`,
      },
      ConditionExpression: "attribute_not_exists(PK)",
    },
  };
  const existingStillOpen: TransactItem = {
    ConditionCheck: {
      TableName: config.tableName,
      Key: keys.openChild(existing.childKey),
      ConditionExpression: "caseId = :caseId",
      ExpressionAttributeValues: { ":caseId": existing.caseId },
    },
  };

  const messages = await queueConfirmation(
    prepared.request,
    {
      requesterType: prepared.draft.requesterType,
      requesterUserId: prepared.draft.userId,
      schoolUrn: prepared.school?.urn,
    },
    result,
    keys.duplicate(duplicateId).PK,
    now,
  );
  const outcome = await transact([
    ...submissionItems(prepared, result, { duplicateId }, now),
    ...messages.items,
    duplicate,
    existingStillOpen,
    auditPut({
      caseId: existing.caseId,
      actor,
      action: "possible-duplicate-received",
      at: now,
      detail: `Request ${reference} may be for the same child; held for checking as ${duplicateId}`,
    }),
  ]);
  if (!outcome.committed) return null;

  logger.info("Possible duplicate held for checking", {
    caseReference: reference,
    existingReference: existing.reference,
  });
  await dispatchQueued(messages);
  return result;
}
