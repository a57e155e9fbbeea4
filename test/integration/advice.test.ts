/**
 * Advice end to end through the handlers, against DynamoDB Local, s3rver and
 * the outbox: requests, the adviser's inbox and form, report uploads with
 * their checks, reuse agreements, scoring, and who may see what.
 */
import { createHash } from "node:crypto";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { describe, expect, it } from "vitest";
import type { DocumentLink, UploadTicket } from "../../shared/api";
import type { AdviceInboxEntry, AdviceView } from "../../shared/schemas/advice";
import type { CaseAdviceView, FundingModelView } from "../../shared/scoring";
import type { CaseView } from "../../shared/schemas/case";
import { maxDocumentBytes } from "../../shared/api";
import { addDays } from "../../shared/dates";
import {
  getCaseItem,
  getRequestItem,
  listCaseDocuments,
} from "../../functions/store/case-store";
import type { CaseFacts } from "../../functions/timeline/facts";
import { s3 } from "../../functions/commons/clients";
import { config } from "../../functions/commons/config";
import { call } from "../support/events";
import { demoUser } from "../support/tokens";
import {
  adviceOfKind,
  assessingCase,
  completeForm,
  readyAdvice,
  requestAdvice,
  saveForm,
  submitAdvice,
  uploadReport,
} from "./advice-fixtures";
import { newCase, outboxFor, smallPdf, windowsExecutable } from "./fixtures";

const ep = demoUser("specialist");
const health = demoUser("health");
const socialCare = demoUser("social-care");
const school = demoUser("school");

/** Builds a PDF of exactly `size` bytes: a real one-page PDF padded with spaces after %%EOF. */
function pdfOfSize(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  smallPdf().copy(bytes, 0);
  return bytes;
}

/**
 * Verifies a presigned PUT the way S3 does: signs the request as received
 * (its key, expiry, date, content type and length) with the service's
 * credentials and compares the result with the signature in the URL.
 *
 * NOTE: s3rver 3.7.1 does not verify Signature Version 4 at all (its
 * authentication middleware accepts any v4 signature), so a tampered URL
 * is stored locally; this check replaces S3's own.
 */
async function signatureMatches(
  url: URL,
  request: { contentType: string; sizeBytes: number },
): Promise<boolean> {
  const prefix = `/${config.documentBucket}/`;
  const key = decodeURIComponent(
    url.pathname.startsWith(prefix)
      ? url.pathname.slice(prefix.length)
      : url.pathname.slice(1),
  );
  const stamp = url.searchParams.get("X-Amz-Date") ?? "";
  const signingDate = new Date(
    stamp.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"),
  );
  const expected = await getSignedUrl(
    s3(),
    new PutObjectCommand({
      Bucket: config.documentBucket,
      Key: key,
      ContentType: request.contentType,
      ContentLength: request.sizeBytes,
    }),
    {
      expiresIn: Number(url.searchParams.get("X-Amz-Expires")),
      signingDate,
      signableHeaders: new Set(["content-type", "content-length"]),
    },
  );
  return (
    new URL(expected).searchParams.get("X-Amz-Signature") ===
    url.searchParams.get("X-Amz-Signature")
  );
}

async function caseAdvice(caseId: string): Promise<CaseAdviceView> {
  const response = await call<CaseAdviceView>("listCaseAdvice", {
    as: "coordinator",
    pathParameters: { caseId },
  });
  expect(response.status).toBe(200);
  return response.body;
}

describe("advice requests", () => {
  it("asks every adviser with defaults", async () => {
    const { caseId, reference } = await assessingCase();
    const view = await requestAdvice(caseId, [
      { kind: "family" },
      { kind: "education", adviserId: school.userId },
      { kind: "psychology" },
      { kind: "health", adviserId: health.userId },
      { kind: "social-care", adviserId: socialCare.userId },
    ]);

    expect(view.requested).toBe(5);
    expect(view.complete).toBe(false);
    expect(adviceOfKind(view, "psychology").adviserId).toBe(ep.userId);
    expect(adviceOfKind(view, "family").adviserId).toBe(demoUser("parent").userId);
    const psychology = adviceOfKind(view, "psychology");
    expect(psychology.status).toBe("requested");
    expect(psychology.daysLeft).toBe(42);

    const caseItem = await getCaseItem(caseId);
    const facts = caseItem?.facts as CaseFacts;
    expect(facts.adviceRequests).toHaveLength(5);
    expect(caseItem?.connections.adviserIds).toEqual(
      expect.arrayContaining([ep.userId, health.userId, socialCare.userId]),
    );

    const requests = (await outboxFor(reference)).filter(
      (message) => message.template === "advice-requested",
    );
    const addresses = requests.map((m) => m.to);
    expect(addresses).toEqual(
      expect.arrayContaining([
        "children.social.care@council.example.gov.uk",
        "ep@council.example.gov.uk",
        "paediatrics@health.example.nhs.uk",
        "senco@riverside.example.com",
      ]),
    );
    // The family's request goes to the addresses and channels they chose in their request.
    const request = await getRequestItem(caseId);
    const familyAddresses = request?.request.parents.flatMap((parent) =>
      [parent.email, parent.phone].filter(Boolean),
    );
    expect(
      addresses.filter((to) => familyAddresses?.includes(to)).length,
    ).toBeGreaterThan(0);
    expect(requests[0]?.body).toContain(`/advice/${caseId}/`);

    const caseView = await call<CaseView>("getCase", {
      as: "coordinator",
      pathParameters: { caseId },
    });
    const adviceObligations = (caseView.body.obligations ?? []).filter(
      (o) => o.kind === "advice",
    );
    expect(adviceObligations).toHaveLength(5);
  });

  it("rejects wrong or repeated advisers", async () => {
    const { caseId } = await assessingCase();
    const caseItem = await getCaseItem(caseId);
    const wrong = await call<{ errors: { field: string }[] }>("requestAdvice", {
      as: "coordinator",
      pathParameters: { caseId },
      body: {
        requests: [
          { kind: "health", adviserId: school.userId },
          { kind: "education", adviserId: demoUser("school2").userId },
          { kind: "other", adviserId: health.userId },
          { kind: "health" },
        ],
        expectedVersion: caseItem?.version,
      },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e) => e.field)).toEqual([
      "requests.0.adviserId",
      "requests.1.adviserId",
      "requests.2.note",
      "requests.3.adviserId",
    ]);

    await requestAdvice(caseId, [{ kind: "psychology" }]);
    const again = await call<{ errors: { message: string }[] }>("requestAdvice", {
      as: "coordinator",
      pathParameters: { caseId },
      body: {
        requests: [{ kind: "psychology" }],
        expectedVersion: (await getCaseItem(caseId))?.version,
      },
    });
    expect(again.status).toBe(400);
    expect(again.body.errors[0]?.message).toContain("already been asked");
  });

  it("waits for the decision to assess", async () => {
    const { caseId } = await newCase("parent", { schoolUrn: "100001" });
    const response = await call("requestAdvice", {
      as: "coordinator",
      pathParameters: { caseId },
      body: {
        requests: [{ kind: "psychology" }],
        expectedVersion: (await getCaseItem(caseId))?.version,
      },
    });
    expect(response.status).toBe(409);
  });
});

describe("adviser inbox and form", () => {
  it("lists own requests by due date", async () => {
    const first = await assessingCase();
    const second = await assessingCase();
    const caseItem = await getCaseItem(second.caseId);
    await call("requestAdvice", {
      as: "coordinator",
      pathParameters: { caseId: second.caseId },
      body: {
        requests: [{ kind: "health", adviserId: health.userId }],
        requestedOn: caseItem?.decision?.decidedOn,
        expectedVersion: caseItem?.version,
      },
    });
    await requestAdvice(first.caseId, [{ kind: "health", adviserId: health.userId }]);

    const inbox = await call<AdviceInboxEntry[]>("listAdviceInbox", { as: "health" });
    expect(inbox.status).toBe(200);
    const dueDates = inbox.body.map((entry) => entry.dueDate);
    expect(dueDates).toEqual([...dueDates].sort());
    const references = inbox.body.map((entry) => entry.reference);
    expect(references).toContain(first.reference);
    expect(references).toContain(second.reference);

    const otherInbox = await call<AdviceInboxEntry[]>("listAdviceInbox", {
      as: "speech-therapist",
    });
    expect(otherInbox.body.map((e) => e.reference)).not.toContain(first.reference);
  });

  it("saves partial advice, rejects incomplete submission", async () => {
    const { caseId } = await assessingCase();
    const advice = adviceOfKind(
      await requestAdvice(caseId, [{ kind: "psychology" }]),
      "psychology",
    );

    const partial = await saveForm("specialist", advice, {
      summary: "Started",
      areas: [{ area: "cognition-and-learning", severity: 2 }],
    });
    expect(partial.status).toBe(200);
    expect(partial.body.status).toBe("in-progress");

    const reloaded = await call<AdviceView>("getAdvice", {
      as: "specialist",
      pathParameters: { caseId, adviceId: advice.adviceId },
    });
    expect(reloaded.body.form.areas?.[0]?.severity).toBe(2);

    const submitted = await submitAdvice("specialist", reloaded.body);
    expect(submitted.status).toBe(400);
    const fields = submitted.body.errors?.map((e) => e.field) ?? [];
    expect(fields).toContain("form.areas.0.needs");
    expect(fields).toContain("form.areas.0.outcomes");
    expect(fields).toContain("form.areas.0.provision");
    expect(fields).toContain("form.reportDocumentId");
    expect((await getCaseItem(caseId))?.facts).not.toHaveProperty("adviceCompletedOn");
  });

  it("submits advice and suggests a band", async () => {
    const { caseId, reference } = await assessingCase();
    const view = await requestAdvice(caseId, [
      { kind: "psychology" },
      { kind: "health", adviserId: health.userId },
    ]);

    const epReady = await readyAdvice("specialist", adviceOfKind(view, "psychology"));
    expect(epReady.report?.sha256).toBe(
      createHash("sha256").update(smallPdf()).digest("hex"),
    );
    expect(epReady.report?.scanStatus).toBe("not-scanned");
    const epSubmitted = await submitAdvice("specialist", epReady);
    expect(epSubmitted.status, JSON.stringify(epSubmitted.body)).toBe(200);
    expect(epSubmitted.body.status).toBe("submitted");

    const halfway = await caseAdvice(caseId);
    expect(halfway.submitted).toBe(1);
    expect(halfway.complete).toBe(false);
    // Communication 3 + social, emotional and mental health 2 = 5: band B.
    expect(halfway.suggestion?.total).toBe(5);
    expect(halfway.suggestion?.band).toBe("B");

    const healthReady = await readyAdvice("health", adviceOfKind(view, "health"));
    const healthForm = completeForm(healthReady.report?.documentId);
    healthForm.areas![0]!.severity = 4;
    healthForm.areas!.push({
      area: "sensory-and-physical",
      needs: "Hypermobility; tires quickly when writing.",
      severity: 2,
      outcomes: "Writes for 10 minutes with a sloped board.",
      provision: [
        {
          what: "Occupational therapy programme",
          who: "Occupational therapist",
          howOften: "Fortnightly",
          forHowLong: "Six months",
        },
      ],
    });
    const saved = await saveForm("health", healthReady, healthForm);
    expect(saved.status).toBe(200);
    expect((await submitAdvice("health", saved.body)).status).toBe(200);

    const complete = await caseAdvice(caseId);
    expect(complete.complete).toBe(true);
    // Highest per area: communication 4, mental health 2, sensory 2 = 8: band C.
    expect(complete.scores).toEqual({
      "communication-and-interaction": 4,
      "social-emotional-and-mental-health": 2,
      "sensory-and-physical": 2,
    });
    expect(complete.suggestion?.band).toBe("C");
    expect(complete.suggestion?.annualAmount).toBe(6000);

    const caseItem = await getCaseItem(caseId);
    expect((caseItem?.facts as CaseFacts).adviceCompletedOn).toBeTruthy();
    const documents = await listCaseDocuments(caseId);
    expect(documents.filter((d) => d.documentType === "medical-report")).toHaveLength(1);

    const toCoordinator = (await outboxFor(reference)).filter(
      (m) => m.template === "advice-submitted",
    );
    expect(toCoordinator).toHaveLength(2);

    const caseView = await call<CaseView>("getCase", {
      as: "coordinator",
      pathParameters: { caseId },
    });
    expect((caseView.body.obligations ?? []).filter((o) => o.kind === "advice")).toEqual(
      [],
    );

    const again = await submitAdvice("health", {
      ...saved.body,
      version: saved.body.version + 1,
    });
    expect(again.status).toBe(409);
  });

  it("completes with every demo adviser", async () => {
    const { caseId } = await assessingCase();
    const view = await requestAdvice(caseId, [
      { kind: "family" },
      { kind: "education", adviserId: school.userId },
      { kind: "psychology" },
      { kind: "health", adviserId: health.userId },
      { kind: "social-care", adviserId: socialCare.userId },
      {
        kind: "other",
        adviserId: demoUser("speech-therapist").userId,
        note: "Speech and language therapy",
      },
    ]);
    const advisers: [string, string][] = [
      ["family", "parent"],
      ["education", "school"],
      ["psychology", "specialist"],
      ["health", "health"],
      ["social-care", "social-care"],
      ["other", "speech-therapist"],
    ];

    for (const [kind, username] of advisers) {
      const inbox = await call<AdviceInboxEntry[]>("listAdviceInbox", { as: username });
      expect(
        inbox.body.some((entry) => entry.caseId === caseId && entry.kind === kind),
        username,
      ).toBe(true);
      const ready = await readyAdvice(username, adviceOfKind(view, kind));
      const sent = await submitAdvice(username, ready);
      expect(sent.status, username).toBe(200);
    }

    const complete = await caseAdvice(caseId);
    expect(complete.complete).toBe(true);
    expect(complete.submitted).toBe(6);
    expect(complete.suggestion?.band).toBe("B");
    const reports = (await listCaseDocuments(caseId)).filter((d) =>
      complete.advice.some((advice) => advice.report?.documentId === d.documentId),
    );
    expect(reports).toHaveLength(6);
  });

  it("takes family views without scores", async () => {
    const { caseId } = await assessingCase();
    const view = await requestAdvice(caseId, [
      { kind: "family" },
      { kind: "psychology" },
    ]);
    const family = adviceOfKind(view, "family");
    const saved = await saveForm("parent", family, {
      summary: "We would like help with speech and with friendships.",
      areas: [
        {
          area: "communication-and-interaction",
          needs: "Finds it hard to be understood by other children.",
          outcomes: "To join in games at playtime.",
        },
      ],
    });
    expect(saved.status).toBe(200);
    const sent = await submitAdvice("parent", saved.body);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);

    const afterFamily = await caseAdvice(caseId);
    expect(afterFamily.submitted).toBe(1);
    expect(afterFamily.suggestion).toBeUndefined();

    // A professional adviser still needs scores and a report.
    const psychology = adviceOfKind(view, "psychology");
    const unscored = await saveForm("specialist", psychology, saved.body.form);
    const refused = await submitAdvice("specialist", unscored.body);
    expect(refused.status).toBe(400);
    const fields = refused.body.errors?.map((e) => e.field) ?? [];
    expect(fields).toContain("form.areas.0.severity");
    expect(fields).toContain("form.areas.0.provision");
    expect(fields).toContain("form.reportDocumentId");
  });

  it("moves due date for missed appointment", async () => {
    const { caseId } = await assessingCase();
    const advice = adviceOfKind(
      await requestAdvice(caseId, [{ kind: "psychology" }]),
      "psychology",
    );
    const recorded = await call("recordException", {
      as: "coordinator",
      pathParameters: { caseId },
      body: {
        kind: "missed-appointment",
        startsOn: advice.requestedOn,
        endsOn: addDays(advice.requestedOn, 2),
        reason: "The family missed the assessment appointment",
        adviceId: advice.adviceId,
        expectedVersion: (await getCaseItem(caseId))?.version,
      },
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);

    const moved = adviceOfKind(await caseAdvice(caseId), "psychology");
    expect(moved.dueDate).toBe(addDays(advice.dueDate, 3));
    const asAdviser = await call<AdviceView>("getAdvice", {
      as: "specialist",
      pathParameters: { caseId, adviceId: advice.adviceId },
    });
    expect(asAdviser.body.dueDate).toBe(moved.dueDate);
  });

  it("flags reports over 12 months old", async () => {
    const { caseId } = await assessingCase();
    const advice = adviceOfKind(
      await requestAdvice(caseId, [{ kind: "psychology" }]),
      "psychology",
    );
    const upload = await uploadReport("specialist", advice, smallPdf(), {
      writtenOn: "2020-05-01",
    });
    const saved = await saveForm(
      "specialist",
      advice,
      completeForm(upload.ticket.documentId),
    );
    expect(saved.body.report?.outOfDate).toBe(true);
    expect((await submitAdvice("specialist", saved.body)).status).toBe(200);

    const caseItem = await getCaseItem(caseId);
    expect(caseItem?.outOfDateReports).toContain(upload.ticket.documentId);
  });
});

describe("advice reuse", () => {
  it("needs all three agreements", async () => {
    const { caseId } = await assessingCase();
    const advice = adviceOfKind(
      await requestAdvice(caseId, [{ kind: "psychology" }]),
      "psychology",
    );
    const ready = await readyAdvice("specialist", advice);
    const reused = await saveForm("specialist", ready, {
      ...ready.form,
      reusesExistingAdvice: true,
    });

    const refused = await submitAdvice("specialist", reused.body);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.field).toBe("reuseAgreements");
    expect(refused.body.errors?.[0]?.message).toContain("council, author, family");

    let version = reused.body.version;
    for (const as of ["coordinator", "specialist", "parent"]) {
      const agreed = await call<AdviceView>("agreeAdviceReuse", {
        as,
        pathParameters: { caseId, adviceId: advice.adviceId },
        body: { agrees: true, expectedVersion: version },
      });
      expect(agreed.status, as).toBe(201);
      version = agreed.body.version;
    }
    const agreed = await call<AdviceView>("getAdvice", {
      as: "specialist",
      pathParameters: { caseId, adviceId: advice.adviceId },
    });
    expect(Object.keys(agreed.body.reuseAgreements).sort()).toEqual([
      "author",
      "council",
      "family",
    ]);
    expect(agreed.body.reuseAgreements.family?.userId).toBe(demoUser("parent").userId);

    const submitted = await submitAdvice("specialist", agreed.body);
    expect(submitted.status).toBe(200);

    const trail = await call<{ action: string }[]>("listAudit", {
      as: "manager",
      pathParameters: { caseId },
    });
    const actions = trail.body.map((entry) => entry.action);
    expect(actions.filter((a) => a === "advice-reuse-agreed")).toHaveLength(3);
  });
});

describe("report uploads", () => {
  it("accepts a 50 MB PDF", async () => {
    const { caseId } = await assessingCase();
    const advice = adviceOfKind(
      await requestAdvice(caseId, [{ kind: "psychology" }]),
      "psychology",
    );
    const bytes = pdfOfSize(maxDocumentBytes);
    const started = performance.now();
    const upload = await uploadReport("specialist", advice, bytes);
    const uploadedMs = performance.now() - started;
    expect(upload.putStatus).toBe(200);

    const checkStarted = performance.now();
    const saved = await saveForm(
      "specialist",
      advice,
      completeForm(upload.ticket.documentId),
    );
    const checkedMs = performance.now() - checkStarted;
    expect(saved.status).toBe(200);
    expect(saved.body.report?.sizeBytes).toBe(maxDocumentBytes);
    expect(saved.body.report?.sha256).toBe(
      createHash("sha256").update(bytes).digest("hex"),
    );
    console.log(
      `50 MB report: PUT to s3rver in ${uploadedMs.toFixed(0)} ms, ` +
        `checked and hashed in ${checkedMs.toFixed(0)} ms`,
    );
  });

  it("rejects files over 50 MB", async () => {
    const { caseId } = await assessingCase();
    const advice = adviceOfKind(
      await requestAdvice(caseId, [{ kind: "psychology" }]),
      "psychology",
    );
    const response = await call<{ errors: { message: string }[] }>("createAdviceUpload", {
      as: "specialist",
      pathParameters: { caseId, adviceId: advice.adviceId },
      body: {
        fileName: "report.pdf",
        contentType: "application/pdf",
        sizeBytes: maxDocumentBytes + 1,
        writtenOn: "2026-01-01",
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]?.message).toBe(
      "The selected file must be smaller than 50 MB",
    );
  });

  it("rejects an executable named .pdf", async () => {
    const { caseId } = await assessingCase();
    const advice = adviceOfKind(
      await requestAdvice(caseId, [{ kind: "psychology" }]),
      "psychology",
    );
    const upload = await uploadReport("specialist", advice, windowsExecutable(), {
      fileName: "report.pdf",
    });
    expect(upload.putStatus).toBe(200);

    const saved = await saveForm(
      "specialist",
      advice,
      completeForm(upload.ticket.documentId),
    );
    expect(saved.status).toBe(400);
    expect(saved.body.errors?.[0]).toEqual({
      field: "form.reportDocumentId",
      message:
        "The report is not a real PDF, Word document, JPG, PNG or HEIC file, or does not match its type",
    });
  });

  it("rejects a zero-byte file", async () => {
    const { caseId } = await assessingCase();
    const advice = adviceOfKind(
      await requestAdvice(caseId, [{ kind: "psychology" }]),
      "psychology",
    );
    const declaredEmpty = await call<{ errors: { message: string }[] }>(
      "createAdviceUpload",
      {
        as: "specialist",
        pathParameters: { caseId, adviceId: advice.adviceId },
        body: {
          fileName: "report.pdf",
          contentType: "application/pdf",
          sizeBytes: 0,
          writtenOn: "2026-01-01",
        },
      },
    );
    expect(declaredEmpty.status).toBe(400);
    expect(declaredEmpty.body.errors[0]?.message).toBe("The selected file is empty");

    // A ticket for a real size, used to send no bytes. S3 rejects the PUT
    // because the signed length differs; s3rver 3.7 stores the empty object,
    // so the check at save is what stops it here.
    const ticket = await call<UploadTicket>("createAdviceUpload", {
      as: "specialist",
      pathParameters: { caseId, adviceId: advice.adviceId },
      body: {
        fileName: "report.pdf",
        contentType: "application/pdf",
        sizeBytes: 1024,
        writtenOn: "2026-01-01",
      },
    });
    await fetch(ticket.body.uploadUrl, {
      method: "PUT",
      headers: ticket.body.headers,
      body: new Uint8Array(0),
    });
    const saved = await saveForm(
      "specialist",
      advice,
      completeForm(ticket.body.documentId),
    );
    expect(saved.status).toBe(400);
    expect(saved.body.errors?.[0]?.message).toMatch(
      /^The report (is an empty file|was not uploaded)/,
    );
  });

  it("rejects a tampered presigned URL", async () => {
    const { caseId } = await assessingCase();
    const advice = adviceOfKind(
      await requestAdvice(caseId, [{ kind: "psychology" }]),
      "psychology",
    );
    const pdf = smallPdf();
    const ticket = await call<UploadTicket>("createAdviceUpload", {
      as: "specialist",
      pathParameters: { caseId, adviceId: advice.adviceId },
      body: {
        fileName: "report.pdf",
        contentType: "application/pdf",
        sizeBytes: pdf.length,
        writtenOn: "2026-01-01",
      },
    });
    const url = new URL(ticket.body.uploadUrl);
    const signed = { contentType: "application/pdf", sizeBytes: pdf.length };
    expect(await signatureMatches(url, signed)).toBe(true);

    const otherKey = new URL(url);
    otherKey.pathname = otherKey.pathname.replace(
      ticket.body.documentId,
      crypto.randomUUID(),
    );
    const longer = new URL(url);
    longer.searchParams.set("X-Amz-Expires", "604800");
    const signature = new URL(url);
    const original = signature.searchParams.get("X-Amz-Signature") as string;
    signature.searchParams.set(
      "X-Amz-Signature",
      (original[0] === "a" ? "b" : "a") + original.slice(1),
    );

    const tampered = [
      { name: "another key", url: otherKey, request: signed },
      { name: "longer expiry", url: longer, request: signed },
      { name: "changed signature", url: signature, request: signed },
      {
        name: "another content type",
        url,
        request: { ...signed, contentType: "application/x-msdownload" },
      },
      { name: "another length", url, request: { ...signed, sizeBytes: 50_000_000 } },
    ];
    for (const attempt of tampered) {
      expect(await signatureMatches(attempt.url, attempt.request), attempt.name).toBe(
        false,
      );
    }

    // The untampered URL still works against the store.
    const put = await fetch(url, {
      method: "PUT",
      headers: ticket.body.headers,
      body: new Uint8Array(pdf),
    });
    expect(put.status).toBe(200);
  });
});

describe("advice access", () => {
  it("hides cases from unasked specialists", async () => {
    const { caseId } = await assessingCase();
    const view = await requestAdvice(caseId, [{ kind: "psychology" }]);
    const advice = adviceOfKind(view, "psychology");
    const epReady = await readyAdvice("specialist", advice);
    expect((await submitAdvice("specialist", epReady)).status).toBe(200);
    const documentId = epReady.report?.documentId as string;

    const asEp = await call<DocumentLink>("getDocument", {
      as: "specialist",
      pathParameters: { caseId, documentId },
    });
    expect(asEp.status).toBe(200);

    for (const as of ["speech-therapist", "health"]) {
      const getCase = await call("getCase", { as, pathParameters: { caseId } });
      expect(getCase.status, as).toBe(404);
      const download = await call("getDocument", {
        as,
        pathParameters: { caseId, documentId },
      });
      expect(download.status, as).toBe(404);
      const getAdvice = await call("getAdvice", {
        as,
        pathParameters: { caseId, adviceId: advice.adviceId },
      });
      expect(getAdvice.status, as).toBe(404);
    }
  });

  it("keeps advice to its own adviser", async () => {
    const { caseId } = await assessingCase();
    const view = await requestAdvice(caseId, [
      { kind: "psychology" },
      { kind: "health", adviserId: health.userId },
    ]);
    const healthAdvice = adviceOfKind(view, "health");

    // The educational psychologist is on the case but was not asked for the health advice.
    for (const routeId of ["getAdvice", "saveAdvice", "submitAdvice"] as const) {
      const response = await call(routeId, {
        as: "specialist",
        pathParameters: { caseId, adviceId: healthAdvice.adviceId },
        body:
          routeId === "saveAdvice"
            ? { form: {}, expectedVersion: 1 }
            : routeId === "submitAdvice"
              ? { expectedVersion: 1 }
              : undefined,
      });
      expect(response.status, routeId).toBe(404);
    }
  });

  it("shows families their own documents", async () => {
    const own = await assessingCase("parent");
    const other = await assessingCase("parent2", { schoolUrn: "100002" });
    const ownDocument = (await listCaseDocuments(own.caseId))[0]?.documentId as string;
    const otherDocument = (await listCaseDocuments(other.caseId))[0]
      ?.documentId as string;

    const allowed = await call<DocumentLink>("getDocument", {
      as: "parent",
      pathParameters: { caseId: own.caseId, documentId: ownDocument },
    });
    expect(allowed.status).toBe(200);
    const denied = await call("getDocument", {
      as: "parent",
      pathParameters: { caseId: other.caseId, documentId: otherDocument },
    });
    expect(denied.status).toBe(404);
    // A document id from another case, under the parent's own case.
    const crossed = await call("getDocument", {
      as: "parent",
      pathParameters: { caseId: own.caseId, documentId: otherDocument },
    });
    expect(crossed.status).toBe(404);
  });
});

describe("funding band", () => {
  it("records overrides only with reasons", async () => {
    const { caseId } = await assessingCase();
    const view = await requestAdvice(caseId, [{ kind: "psychology" }]);
    const ready = await readyAdvice("specialist", adviceOfKind(view, "psychology"));

    const tooEarly = await call("setFundingBand", {
      as: "coordinator",
      pathParameters: { caseId },
      body: { band: "B", expectedVersion: (await getCaseItem(caseId))?.version },
    });
    expect(tooEarly.status).toBe(409);

    expect((await submitAdvice("specialist", ready)).status).toBe(200);
    const suggested = await caseAdvice(caseId);
    expect(suggested.suggestion?.band).toBe("B");

    const cases: { band: string; reason?: string; status: number; field?: string }[] = [
      { band: "C", status: 400, field: "reason" },
      { band: "Z", reason: "Any", status: 400, field: "band" },
      { band: "B", status: 200 },
      { band: "C", reason: "Needs a second adult at lunchtimes", status: 200 },
    ];
    for (const testCase of cases) {
      const response = await call<CaseAdviceView & { errors?: { field: string }[] }>(
        "setFundingBand",
        {
          as: "coordinator",
          pathParameters: { caseId },
          body: {
            band: testCase.band,
            reason: testCase.reason,
            expectedVersion: (await getCaseItem(caseId))?.version,
          },
        },
      );
      expect(response.status, testCase.band).toBe(testCase.status);
      if (testCase.field) expect(response.body.errors?.[0]?.field).toBe(testCase.field);
    }

    const final = await caseAdvice(caseId);
    expect(final.fundingBand?.band).toBe("C");
    expect(final.fundingBand?.overridden).toBe(true);
    expect(final.fundingBand?.suggestedBand).toBe("B");
    expect(final.fundingBand?.reason).toBe("Needs a second adult at lunchtimes");
    expect(final.fundingBand?.decidedBy).toBe(demoUser("coordinator").userId);
  });

  it("lets a manager change the model", async () => {
    const current = await call<FundingModelView>("getFundingModel", {
      as: "coordinator",
    });
    expect(current.status).toBe(200);
    const model = current.body.model;

    const changed = await call<FundingModelView>("saveFundingModel", {
      as: "manager",
      body: {
        model: { ...model, weights: { ...model.weights } },
        expectedVersion: current.body.version,
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(current.body.version + 1);

    const stale = await call("saveFundingModel", {
      as: "manager",
      body: { model, expectedVersion: current.body.version },
    });
    expect(stale.status).toBe(409);

    const asCoordinator = await call("saveFundingModel", {
      as: "coordinator",
      body: { model, expectedVersion: changed.body.version },
    });
    expect(asCoordinator.status).toBe(403);
  });
});
