/**
 * Requests, files and table helpers shared by the integration tests. Each
 * test makes its own child with random names, so tests never see each
 * other's cases as duplicates.
 */
import { randomInt } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "vitest";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { DraftView, SubmissionResult, UploadTicket } from "../../shared/api";
import type { RequestDraft } from "../../shared/schemas/request";
import { setTimeSource } from "../../functions/commons/clock";
import { dynamo } from "../../functions/commons/clients";
import { config } from "../../functions/commons/config";
import type { SentMessage } from "../../functions/messages/notifier";
import { call } from "../support/events";
import { demoUser } from "../support/tokens";

/** Fixes the service clock at an instant, as the local runtime does. */
export function fixClock(instant: string): void {
  const at = Date.parse(instant);
  setTimeSource(() => at);
}

export function realClock(): void {
  setTimeSource(() => Date.now());
}

const letters = "abcdefghijklmnopqrstuvwxyz";

/** Returns a random name of letters only, because child keys ignore everything else. */
export function randomName(prefix: string): string {
  let suffix = "";
  for (let index = 0; index < 8; index += 1) suffix += letters[randomInt(26)];
  return `${prefix}${suffix}`;
}

/** Returns a random unique pupil number in the DfE shape: a letter and 12 characters. */
export function randomUpn(): string {
  let digits = "";
  for (let index = 0; index < 12; index += 1) digits += String(randomInt(10));
  return `K${digits}`;
}

/** Builds a small but real PDF: a one-page document with a line of text. */
export function smallPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    "<< /Length 44 >>\nstream\nBT /F1 18 Tf 72 770 Td (School report) Tj ET\nendstream",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets
    .map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`)
    .join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

/** Builds the start of a Windows PE executable: "MZ", a DOS stub and padding. */
export function windowsExecutable(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write("MZ", 0, "latin1");
  bytes.write("This program cannot be run in DOS mode.", 78, "latin1");
  bytes.write("PE\0\0", 128, "latin1");
  return bytes;
}

export interface Child {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  upn: string;
}

export function newChild(): Child {
  return {
    firstName: randomName("Ava"),
    lastName: randomName("Test"),
    dateOfBirth: "2017-05-14",
    upn: randomUpn(),
  };
}

/** Returns a complete request with every field filled in, as a parent would send it. */
export function fullAnswers(
  child: Child,
  evidence: NonNullable<RequestDraft["evidence"]>,
  options: {
    schoolUrn?: string;
    channel?: "email" | "sms" | "both";
    /** The family's language, as the form stores it; defaults to English. */
    language?: string;
  } = {},
): RequestDraft {
  return {
    child: {
      firstName: child.firstName,
      lastName: child.lastName,
      knownAs: child.firstName,
      dateOfBirth: child.dateOfBirth,
      gender: "female",
      upn: child.upn,
      address: {
        line1: "12 Mill Lane",
        line2: "Flat 2",
        town: "Aberton",
        postcode: "AB1 4XY",
      },
      firstLanguage: "English",
      arrivedInUkOn: "2018-01-10",
      gp: { name: "Dr Hughes", practice: "Mill Lane Surgery" },
      currentSetting: {
        urn: options.schoolUrn ?? "100001",
        name: "Riverside Primary School",
        yearGroup: "Year 3",
        startedOn: "2021-09-01",
      },
      previousSettings: [
        { name: "Little Acorns Nursery", from: "2019-09-01", to: "2021-07-20" },
      ],
      lookedAfter: true,
      socialWorker: {
        name: "Jo Social",
        email: "jo.social@council.example.gov.uk",
        phone: "01632 960 001",
      },
    },
    parents: [
      {
        firstName: "Sam",
        lastName: "Parent",
        relationship: "Mother",
        parentalResponsibility: true,
        address: { line1: "12 Mill Lane", town: "Aberton", postcode: "AB1 4XY" },
        phone: "07700 900982",
        email: "sam.parent@example.com",
        firstLanguage: "English",
        interpreterNeeded: false,
      },
      {
        firstName: "Lee",
        lastName: "Parent",
        relationship: "Father",
        parentalResponsibility: true,
        phone: "07700 900983",
        firstLanguage: "Polish",
        interpreterNeeded: true,
      },
    ],
    consent: { givenBy: "Sam Parent", givenOn: "2026-02-20", confirmed: true },
    needs: {
      communicationAndInteraction: "Finds it hard to follow spoken instructions.",
      cognitionAndLearning: "Reading age two years behind.",
      socialEmotionalMentalHealth: "Anxious at transitions.",
      sensoryPhysical: "Sensitive to noise in the dining hall.",
    },
    support: {
      description: "Daily small-group literacy and a visual timetable since September.",
      effect: "Some progress in phonics; anxiety unchanged.",
    },
    professionals: [
      {
        name: "Dr Lee Psychologist",
        role: "Educational psychologist",
        organisation: "Council EP service",
        email: "ep@council.example.gov.uk",
        phone: "01632 960 002",
      },
    ],
    views: {
      child: "I like drawing. The hall is too loud.",
      family: "We want her to feel safe at school.",
    },
    evidence,
    contactPreferences: {
      channel: options.channel ?? "both",
      language: options.language ?? "English",
    },
    declaration: true,
  };
}

export async function createDraft(as: string): Promise<DraftView> {
  const requesterType = demoUser(as).role;
  const created = await call<DraftView>("createDraft", { as, body: { requesterType } });
  expect(created.status).toBe(201);
  return created.body;
}

export async function saveAnswers(
  as: string,
  draft: DraftView,
  answers: RequestDraft,
): Promise<DraftView> {
  const saved = await call<DraftView>("saveDraft", {
    as,
    pathParameters: { draftId: draft.draftId },
    body: { answers, expectedVersion: draft.version },
  });
  expect(saved.status).toBe(200);
  return saved.body;
}

/** Asks for an upload URL and PUTs the bytes to it, as the browser does. */
export async function uploadEvidence(
  as: string,
  draftId: string,
  bytes: Buffer,
  file: { fileName: string; contentType: string; documentType: string },
): Promise<{ documentId: string; putStatus: number }> {
  const ticket = await call<UploadTicket>("createDraftUpload", {
    as,
    pathParameters: { draftId },
    body: { ...file, sizeBytes: bytes.length },
  });
  expect(ticket.status).toBe(201);

  const put = await fetch(ticket.body.uploadUrl, {
    method: "PUT",
    headers: ticket.body.headers,
    body: new Uint8Array(bytes),
  });
  return { documentId: ticket.body.documentId, putStatus: put.status };
}

/** Makes a complete draft with one uploaded PDF, ready to submit. */
export async function readyDraft(
  as: string,
  child: Child,
  options: {
    schoolUrn?: string;
    channel?: "email" | "sms" | "both";
    /** The family's language, as the form stores it; defaults to English. */
    language?: string;
  } = {},
): Promise<DraftView> {
  const draft = await createDraft(as);
  const upload = await uploadEvidence(as, draft.draftId, smallPdf(), {
    fileName: "school-report.pdf",
    contentType: "application/pdf",
    documentType: "school-report",
  });
  expect(upload.putStatus).toBe(200);

  return saveAnswers(
    as,
    draft,
    fullAnswers(
      child,
      [
        {
          documentId: upload.documentId,
          fileName: "school-report.pdf",
          documentType: "school-report",
          writtenOn: "2025-11-10",
        },
      ],
      options,
    ),
  );
}

export async function submit(as: string, draftId: string) {
  return call<SubmissionResult>("submitDraft", { as, pathParameters: { draftId } });
}

/** Submits a ready draft for a new child and returns the new case's id. */
export async function newCase(
  as = "parent",
  options: { schoolUrn?: string; language?: string } = {},
): Promise<{ caseId: string; reference: string; child: Child }> {
  const child = newChild();
  const draft = await readyDraft(as, child, options);
  const submitted = await submit(as, draft.draftId);
  expect(submitted.status).toBe(201);
  return {
    caseId: submitted.body.caseId as string,
    reference: submitted.body.reference,
    child,
  };
}

/** Reads every item in the table. A Scan is fine in a test, never in a handler. */
export async function scanTable(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new ScanCommand({
        TableName: config.tableName,
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** Returns the items added or changed between two scans. */
export function changedItems(
  before: Record<string, unknown>[],
  after: Record<string, unknown>[],
): Record<string, unknown>[] {
  const earlier = new Map(
    before.map((item) => [`${item.PK}|${item.SK}`, JSON.stringify(item)]),
  );
  return after.filter(
    (item) => earlier.get(`${item.PK}|${item.SK}`) !== JSON.stringify(item),
  );
}

/** Returns the messages in the outbox for one case reference. */
export async function outboxFor(reference: string): Promise<SentMessage[]> {
  const directory = config.outboxDirectory as string;
  const names = await readdir(directory).catch(() => [] as string[]);
  const messages = await Promise.all(
    names
      .filter((name) => name.endsWith(".json"))
      .map(
        async (name) =>
          JSON.parse(await readFile(join(directory, name), "utf8")) as SentMessage,
      ),
  );
  return messages.filter((message) => message.caseReference === reference);
}
