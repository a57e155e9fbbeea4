/** Cases in assessment, advice requests and complete advice, for the advice tests. */
import { expect } from "vitest";
import type { UploadTicket } from "../../shared/api";
import type { AdviceFormDraft, AdviceView } from "../../shared/schemas/advice";
import type { CaseAdviceView } from "../../shared/scoring";
import { getCaseItem } from "../../functions/store/case-store";
import { call } from "../support/events";
import { newCase, smallPdf } from "./fixtures";

/** Makes a case for a new child and records the decision to assess it. */
export async function assessingCase(as = "parent", options: { schoolUrn?: string } = {}) {
  const created = await newCase(as, { schoolUrn: options.schoolUrn ?? "100001" });
  const caseItem = await getCaseItem(created.caseId);
  const decided = await call("recordDecision", {
    as: "coordinator",
    pathParameters: { caseId: created.caseId },
    body: { outcome: "assess", expectedVersion: caseItem?.version },
  });
  expect(decided.status).toBe(200);
  return created;
}

export interface AdviceRequestInput {
  kind: string;
  adviserId?: string;
  note?: string;
}

/** Asks for advice as the coordinator and returns the case's advice afterwards. */
export async function requestAdvice(
  caseId: string,
  requests: AdviceRequestInput[],
): Promise<CaseAdviceView> {
  const caseItem = await getCaseItem(caseId);
  const response = await call<CaseAdviceView>("requestAdvice", {
    as: "coordinator",
    pathParameters: { caseId },
    body: { requests, expectedVersion: caseItem?.version },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** Returns the advice of one kind from a case's advice list. */
export function adviceOfKind(view: CaseAdviceView, kind: string): AdviceView {
  const advice = view.advice.find((item) => item.kind === kind);
  if (!advice) throw new Error(`No ${kind} advice on case ${view.caseId}`);
  return advice;
}

/** Asks for an upload URL for an adviser's report and PUTs the bytes to it. */
export async function uploadReport(
  as: string,
  advice: { caseId: string; adviceId: string },
  bytes: Buffer,
  file: { fileName?: string; contentType?: string; writtenOn?: string } = {},
): Promise<{ ticket: UploadTicket; putStatus: number }> {
  const response = await call<UploadTicket>("createAdviceUpload", {
    as,
    pathParameters: { caseId: advice.caseId, adviceId: advice.adviceId },
    body: {
      fileName: file.fileName ?? "report.pdf",
      contentType: file.contentType ?? "application/pdf",
      sizeBytes: bytes.length,
      writtenOn: file.writtenOn ?? "2026-01-15",
    },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);

  const put = await fetch(response.body.uploadUrl, {
    method: "PUT",
    headers: response.body.headers,
    body: new Uint8Array(bytes),
  });
  return { ticket: response.body, putStatus: put.status };
}

/** A complete advice form covering two areas of need. */
export function completeForm(reportDocumentId?: string): AdviceFormDraft {
  return {
    summary: "Needs support with language and with regulating emotions.",
    areas: [
      {
        area: "communication-and-interaction",
        needs: "Understands short instructions only; limited expressive vocabulary.",
        severity: 3,
        outcomes: "By the end of Key Stage 2, follows two-step instructions in class.",
        provision: [
          {
            what: "Speech and language therapy programme",
            who: "Speech and language therapist with a teaching assistant",
            howOften: "Three 20-minute sessions a week",
            forHowLong: "One school year, then reviewed",
          },
        ],
      },
      {
        area: "social-emotional-and-mental-health",
        needs: "Becomes distressed at transitions between lessons.",
        severity: 2,
        outcomes: "Moves between lessons calmly with a visual timetable.",
        provision: [
          {
            what: "Visual timetable and a named adult at transitions",
            who: "Class teaching assistant",
            howOften: "Daily",
            forHowLong: "Two terms",
          },
        ],
      },
    ],
    reportDocumentId,
  };
}

/** Saves a form as the adviser and returns the response. */
export async function saveForm(
  as: string,
  advice: { caseId: string; adviceId: string },
  form: AdviceFormDraft,
) {
  const current = await call<AdviceView>("getAdvice", {
    as,
    pathParameters: { caseId: advice.caseId, adviceId: advice.adviceId },
  });
  return call<AdviceView & { errors?: { field: string; message: string }[] }>(
    "saveAdvice",
    {
      as,
      pathParameters: { caseId: advice.caseId, adviceId: advice.adviceId },
      body: { form, expectedVersion: current.body.version },
    },
  );
}

/** Uploads a small PDF report and saves a complete form, ready to submit. */
export async function readyAdvice(
  as: string,
  advice: { caseId: string; adviceId: string },
): Promise<AdviceView> {
  const upload = await uploadReport(as, advice, smallPdf());
  expect(upload.putStatus).toBe(200);
  const saved = await saveForm(as, advice, completeForm(upload.ticket.documentId));
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body;
}

export async function submitAdvice(
  as: string,
  advice: { caseId: string; adviceId: string; version: number },
) {
  return call<AdviceView & { errors?: { field: string; message: string }[] }>(
    "submitAdvice",
    {
      as,
      pathParameters: { caseId: advice.caseId, adviceId: advice.adviceId },
      body: { expectedVersion: advice.version },
    },
  );
}
