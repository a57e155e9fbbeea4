/**
 * The messages that follow a submission: confirmation and allocation. Each
 * returns notification items for the submission's own transaction.
 */
import type { SubmissionResult } from "../../shared/api";
import type { AssessmentRequest } from "../../shared/schemas/request";
import { getProfile, type CaseItem } from "../store/case-store";
import { queueMessages, type Queued } from "../messages/queue";
import { familyRecipients, schoolRecipients, staffRecipient } from "../messages/send";
import { caseAllocated, requestConfirmation } from "../messages/templates";

/**
 * Confirms the request to the family, and to the school when the school sent
 * it. `partition` is the case's, or the held duplicate's when the request
 * may repeat an open case.
 */
export async function queueConfirmation(
  request: AssessmentRequest,
  caseItem: Pick<CaseItem, "requesterType" | "requesterUserId" | "schoolUrn">,
  result: SubmissionResult,
  partition: string,
  now: Date,
): Promise<Queued> {
  const recipients = familyRecipients(request);
  if (caseItem.requesterType === "school") {
    recipients.push(...(await schoolRecipients(caseItem)));
  }

  return queueMessages(recipients, requestConfirmation({ ...result }), {
    partition,
    caseId: result.caseId,
    caseReference: result.reference,
    now,
  });
}

/** Tells the coordinator a case is theirs. */
export async function queueAllocationMessage(
  caseItem: Pick<
    CaseItem,
    "caseId" | "reference" | "coordinatorId" | "decisionToAssessDue"
  >,
  now: Date,
): Promise<Queued> {
  const coordinator = await getProfile(caseItem.coordinatorId);

  return queueMessages(
    staffRecipient(coordinator, "coordinator"),
    caseAllocated(caseItem),
    {
      partition: `CASE#${caseItem.caseId}`,
      caseId: caseItem.caseId,
      caseReference: caseItem.reference,
      now,
    },
  );
}
