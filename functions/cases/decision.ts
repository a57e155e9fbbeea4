/**
 * Records the decision whether to carry out an EHC needs assessment (reg 5).
 * A conditional transaction on the case's version and stage means two
 * people deciding at once cannot both succeed.
 */
import { randomUUID } from "node:crypto";
import { londonDate, type IsoDate } from "../../shared/dates";
import { ConflictError, InvalidError } from "../../shared/errors";
import type { DecisionBody } from "../../shared/schemas/case";
import { computeTimeline, nextDueDate, type TimelineFacts } from "../../shared/timeline";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { config } from "../commons/config";
import { logger } from "../commons/logger";
import { letterKey, putDocument } from "../files/document-store";
import { refusalLetterHtml } from "../letters/refusal-letter";
import { dispatchQueued, queueMessages, type Queued } from "../messages/queue";
import { familyRecipients, schoolRecipients } from "../messages/send";
import { decisionMade } from "../messages/templates";
import { auditPut, type Actor } from "../store/audit";
import {
  caseloadKeys,
  getCaseItem,
  getRequestItem,
  listCaseDocuments,
  stageKeys,
  type CaseItem,
} from "../store/case-store";
import { keys } from "../store/table";
import { transact, type TransactItem } from "../store/transact";
import { withTimeline } from "../timeline/case-timeline-view";
import { restartTimeline } from "../workflow/timeline";
import { caseNotFound, loadCaseFor } from "./access";
import { childName, toCaseView } from "./case-view";
import type { CaseView } from "../../shared/schemas/case";

type Decision = NonNullable<CaseItem["decision"]>;

function checkDecidedOn(caseItem: CaseItem, decidedOn: IsoDate, today: IsoDate) {
  if (decidedOn > today) {
    throw new InvalidError([
      {
        field: "decidedOn",
        message: "Date of the decision must be today or in the past",
      },
    ]);
  }
  if (decidedOn < caseItem.receivedDate) {
    throw new InvalidError([
      {
        field: "decidedOn",
        message:
          "Date of the decision must be on or after the date the request was received",
      },
    ]);
  }
}

export async function recordDecision(
  principal: AuthenticatedPrincipal,
  caseId: string,
  body: DecisionBody,
  actor: Actor,
  now: Date,
): Promise<CaseView> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  const today = londonDate(now);
  const decidedOn = body.decidedOn ?? today;
  checkDecidedOn(caseItem, decidedOn, today);

  if (caseItem.stage !== "deciding") {
    throw new ConflictError("The decision for this case has already been recorded");
  }

  const decision: Decision = {
    outcome: body.outcome,
    decidedOn,
    reasons: body.reasons,
    decidedBy: principal.userId,
  };
  const items: TransactItem[] = [];

  if (body.outcome === "refuse") {
    decision.letterDocumentId = randomUUID();
    items.push(...(await refusalItems(caseItem, decision, now)));
  }

  const facts: TimelineFacts = {
    ...caseItem.facts,
    decisionToAssess: { outcome: body.outcome, decidedOn },
  };
  items.push(
    caseUpdate(caseItem, decision, facts, body.expectedVersion, now),
    auditPut({
      caseId,
      actor,
      action: "decision-recorded",
      at: now,
      detail: `Decision whether to assess: ${body.outcome}, dated ${decidedOn}`,
    }),
  );

  const messages = await decisionMessages(caseItem, decision, now);
  items.push(...messages.items);

  const outcome = await transact(items);
  if (!outcome.committed) {
    const current = await getCaseItem(caseId);
    if (!current) throw caseNotFound();
    if (current.stage !== "deciding") {
      throw new ConflictError("The decision for this case has already been recorded");
    }
    throw new ConflictError();
  }

  logger.info("Decision recorded", {
    caseReference: caseItem.reference,
    outcome: body.outcome,
  });
  const updated = (await getCaseItem(caseId)) as CaseItem;

  await dispatchQueued(messages);
  // The decision closes the 6-week obligation and opens the 16- and 20-week ones, or ends the case.
  await restartTimeline(caseId);
  return withTimeline(
    toCaseView(updated, await listCaseDocuments(caseId), now),
    updated,
    principal.role,
    now,
  );
}

function caseUpdate(
  caseItem: CaseItem,
  decision: Decision,
  facts: TimelineFacts,
  expectedVersion: number,
  now: Date,
): TransactItem {
  const stage = decision.outcome === "assess" ? "assessing" : "refused";
  const stageIndex = stageKeys(stage, caseItem.receivedAt, caseItem.caseId);
  const values: Record<string, unknown> = {
    ":stage": stage,
    ":deciding": "deciding",
    ":expected": expectedVersion,
    ":next": expectedVersion + 1,
    ":decision": decision,
    ":facts": facts,
    ":now": now.toISOString(),
    ":gsi3pk": stageIndex.GSI3PK,
    ":gsi3sk": stageIndex.GSI3SK,
  };
  let expression =
    "SET stage = :stage, version = :next, decision = :decision, facts = :facts, " +
    "updatedAt = :now, GSI3PK = :gsi3pk, GSI3SK = :gsi3sk";

  if (stage === "assessing") {
    // The caseload order moves to the next deadline, the 16- and 20-week limits.
    const nextDue = nextDueDate(computeTimeline(facts, londonDate(now)));
    values[":gsi2sk"] = caseloadKeys(
      caseItem.coordinatorId,
      nextDue,
      caseItem.caseId,
    ).GSI2SK;
    expression += ", GSI2SK = :gsi2sk";
  } else {
    // A refused case is closed, so it leaves the coordinator's open caseload.
    expression += " REMOVE GSI2PK, GSI2SK";
  }

  return {
    Update: {
      TableName: config.tableName,
      Key: keys.case(caseItem.caseId),
      UpdateExpression: expression,
      ConditionExpression: "version = :expected AND stage = :deciding",
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * Stores the refusal letter in S3 and returns the items that record it and
 * release the child's open-child markers, so a new request can be made.
 */
async function refusalItems(
  caseItem: CaseItem,
  decision: Decision,
  now: Date,
): Promise<TransactItem[]> {
  const documentId = decision.letterDocumentId as string;
  const s3Key = letterKey(caseItem.caseId, documentId);
  const html = refusalLetterHtml({
    reference: caseItem.reference,
    childName: childName(caseItem.child),
    receivedDate: caseItem.receivedDate,
    decidedOn: decision.decidedOn,
    reasons: decision.reasons ?? "",
    serviceUrl: `${config.serviceUrl}/cases/${caseItem.caseId}`,
  });

  // NOTE: the letter is written before the transaction, so a transaction
  // that loses the race leaves an unreferenced letter object in S3.
  await putDocument(s3Key, html, "text/html; charset=utf-8");

  const items: TransactItem[] = [
    {
      Put: {
        TableName: config.tableName,
        Item: {
          ...keys.caseDocument(caseItem.caseId, documentId),
          type: "document",
          caseId: caseItem.caseId,
          documentId,
          // The name people see when the letter downloads, so it reads as what it is.
          fileName: `Decision whether to assess ${caseItem.reference}.html`,
          contentType: "text/html",
          sizeBytes: Buffer.byteLength(html, "utf8"),
          documentType: "decision-letter",
          s3Key,
          uploadedBy: decision.decidedBy,
          uploadedAt: now.toISOString(),
        },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    },
  ];

  for (const childKey of caseItem.openChildKeys ?? []) {
    items.push({
      Delete: {
        TableName: config.tableName,
        Key: keys.openChild(childKey),
        // Only this case's own marker is removed.
        ConditionExpression: "attribute_not_exists(PK) OR caseId = :caseId",
        ExpressionAttributeValues: { ":caseId": caseItem.caseId },
      },
    });
  }
  return items;
}

/**
 * Tells the family and the school the decision. A refusal's reasons and
 * appeal rights are in the attached letter, not in the message, because a
 * legal letter must be read whole.
 */
async function decisionMessages(
  caseItem: CaseItem,
  decision: Decision,
  now: Date,
): Promise<Queued> {
  const requestItem = await getRequestItem(caseItem.caseId);
  const recipients = requestItem ? familyRecipients(requestItem.request) : [];
  recipients.push(...(await schoolRecipients(caseItem)));

  return queueMessages(
    recipients,
    decisionMade({
      reference: caseItem.reference,
      caseId: caseItem.caseId,
      outcome: decision.outcome,
      decidedOn: decision.decidedOn,
      finalPlanDue: caseItem.finalPlanDue,
    }),
    {
      partition: `CASE#${caseItem.caseId}`,
      caseId: caseItem.caseId,
      caseReference: caseItem.reference,
      now,
    },
  );
}
