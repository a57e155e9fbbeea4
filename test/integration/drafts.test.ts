import { describe, expect, it } from "vitest";
import type { DraftView, UploadTicket } from "../../shared/api";
import { call } from "../support/events";
import {
  createDraft,
  fullAnswers,
  newChild,
  readyDraft,
  saveAnswers,
  smallPdf,
  submit,
} from "./fixtures";

describe("draft lifecycle", () => {
  it("saves with optimistic locking", async () => {
    const draft = await createDraft("parent");
    const save = (expectedVersion: number, firstName: string) =>
      call<DraftView>("saveDraft", {
        as: "parent",
        pathParameters: { draftId: draft.draftId },
        body: { answers: { child: { firstName } }, expectedVersion },
      });

    const first = await save(1, "Ava");
    const stale = await save(1, "Bea");

    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    expect(first.body.answers.requester?.type).toBe("parent");
    expect(stale.status).toBe(409);
    const reread = await call<DraftView>("getDraft", {
      as: "parent",
      pathParameters: { draftId: draft.draftId },
    });
    expect(reread.body.answers.child?.firstName).toBe("Ava");
  });

  it("hides a draft from others", async () => {
    const draft = await createDraft("parent");
    const path = { draftId: draft.draftId };

    const read = await call("getDraft", { as: "parent2", pathParameters: path });
    const save = await call("saveDraft", {
      as: "parent2",
      pathParameters: path,
      body: { answers: {}, expectedVersion: 1 },
    });
    const upload = await call("createDraftUpload", {
      as: "parent2",
      pathParameters: path,
      body: {
        fileName: "a.pdf",
        contentType: "application/pdf",
        sizeBytes: 10,
        documentType: "other",
      },
    });
    const sent = await submit("parent2", draft.draftId);

    expect(read.status).toBe(404);
    expect(save.status).toBe(404);
    expect(upload.status).toBe(404);
    expect(sent.status).toBe(404);
  });

  it("lists only unsent drafts", async () => {
    const unsent = await createDraft("young-person");
    const sent = await readyDraft("parent", newChild());
    await submit("parent", sent.draftId);

    const parent = await call<DraftView[]>("listDrafts", { as: "parent" });
    const youngPerson = await call<DraftView[]>("listDrafts", { as: "young-person" });

    expect(parent.body.map((d) => d.draftId)).not.toContain(sent.draftId);
    expect(youngPerson.body.map((d) => d.draftId)).toContain(unsent.draftId);
  });

  it("locks a sent draft", async () => {
    const draft = await readyDraft("parent", newChild());
    await submit("parent", draft.draftId);

    const save = await call("saveDraft", {
      as: "parent",
      pathParameters: { draftId: draft.draftId },
      body: { answers: {}, expectedVersion: draft.version },
    });

    expect(save.status).toBe(409);
  });

  it("rejects another requester type", async () => {
    const result = await call("createDraft", {
      as: "parent",
      body: { requesterType: "school" },
    });

    expect(result.status).toBe(400);
  });

  it("rejects a malformed body", async () => {
    const empty = await call("createDraft", { as: "parent", rawBody: "" });
    const broken = await call("createDraft", { as: "parent", rawBody: "{not json" });

    expect(empty.status).toBe(400);
    expect(broken.status).toBe(400);
  });
});

describe("evidence upload", () => {
  async function ticketFor(fileName: string, contentType: string, sizeBytes: number) {
    const draft = await createDraft("parent");
    return call<UploadTicket>("createDraftUpload", {
      as: "parent",
      pathParameters: { draftId: draft.draftId },
      body: { fileName, contentType, sizeBytes, documentType: "school-report" },
    });
  }

  it("stores the file with its type", async () => {
    const pdf = smallPdf();
    const ticket = await ticketFor("report.pdf", "application/pdf", pdf.length);

    const put = await fetch(ticket.body.uploadUrl, {
      method: "PUT",
      headers: ticket.body.headers,
      body: new Uint8Array(pdf),
    });

    expect(ticket.status).toBe(201);
    expect(ticket.body.headers).toEqual({ "Content-Type": "application/pdf" });
    expect(put.status).toBe(200);
    const expiresIn = Date.parse(ticket.body.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(14 * 60 * 1000);
    expect(expiresIn).toBeLessThanOrEqual(15 * 60 * 1000);
  });

  it("signs the type and length", async () => {
    const ticket = await ticketFor("report.pdf", "application/pdf", 1234);

    // NOTE: s3rver 3.7 accepts any V4 signature without checking it, so locally
    // only the URL's signed headers can be checked. S3 itself rejects a PUT
    // whose Content-Type or Content-Length differs from the signed values.
    const url = new URL(ticket.body.uploadUrl);
    expect(url.searchParams.get("X-Amz-SignedHeaders")).toBe(
      "content-length;content-type;host",
    );
    expect(url.searchParams.get("X-Amz-Expires")).toBe("900");
    expect(url.pathname).toMatch(/\/documents\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  });

  it("rejects a short upload", async () => {
    const pdf = smallPdf();
    const draft = await createDraft("parent");
    const ticket = await call<UploadTicket>("createDraftUpload", {
      as: "parent",
      pathParameters: { draftId: draft.draftId },
      body: {
        fileName: "report.pdf",
        contentType: "application/pdf",
        sizeBytes: pdf.length + 10,
        documentType: "school-report",
      },
    });
    await fetch(ticket.body.uploadUrl, {
      method: "PUT",
      headers: ticket.body.headers,
      body: new Uint8Array(pdf),
    });
    const evidence = [
      {
        documentId: ticket.body.documentId,
        fileName: "report.pdf",
        documentType: "school-report" as const,
        writtenOn: "2025-11-10",
      },
    ];
    await saveAnswers("parent", draft, fullAnswers(newChild(), evidence));

    const result = await submit("parent", draft.draftId);

    expect(result.status).toBe(400);
    const errors = (result.body as unknown as { errors: { field: string }[] }).errors;
    expect(errors.map((e) => e.field)).toEqual(["evidence.0.documentId"]);
  });

  it("checks the file extension", async () => {
    const ticket = await ticketFor("report.exe", "application/pdf", 100);

    expect(ticket.status).toBe(400);
  });

  it("limits the file size", async () => {
    const ticket = await ticketFor("report.pdf", "application/pdf", 60 * 1024 * 1024);

    expect(ticket.status).toBe(400);
  });
});
