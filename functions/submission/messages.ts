/** The messages that follow a submission: confirmation and allocation. */
import type { SubmissionResult } from "../../shared/api";
import type { AssessmentRequest } from "../../shared/schemas/request";
import { getProfile, type CaseItem } from "../store/case-store";
import { familyRecipients, schoolRecipients, sendToAll } from "../messages/send";
import { caseAllocated, requestConfirmation } from "../messages/templates";

/** Confirms the request to the family, and to the school when the school sent it. */
export async function sendConfirmation(
  request: AssessmentRequest,
  caseItem: Pick<
    CaseItem,
    "reference" | "requesterType" | "requesterUserId" | "schoolUrn"
  >,
  result: SubmissionResult,
  now: Date,
): Promise<void> {
  const rendered = requestConfirmation({ ...result, caseId: result.caseId });
  const recipients = familyRecipients(request);
  if (caseItem.requesterType === "school") {
    recipients.push(...(await schoolRecipients(caseItem)));
  }

  await sendToAll(recipients, rendered, {
    caseReference: result.reference,
    language: request.contactPreferences.language,
    now,
  });
}

/** Tells the coordinator a new case is theirs. */
export async function sendAllocationMessage(
  caseItem: Pick<
    CaseItem,
    "caseId" | "reference" | "coordinatorId" | "decisionToAssessDue"
  >,
  now: Date,
): Promise<void> {
  const coordinator = await getProfile(caseItem.coordinatorId);
  if (!coordinator?.email) return;

  await sendToAll(
    [{ channel: "email", to: coordinator.email }],
    caseAllocated(caseItem),
    { caseReference: caseItem.reference, language: "English", now },
  );
}
