import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { SubmissionResult } from "../../shared/api";
import type { CaseView } from "../../shared/schemas/case";
import { dynamo } from "../../functions/commons/clients";
import { config } from "../../functions/commons/config";
import { childKeys, keys } from "../../functions/store/table";
import { call } from "../support/events";
import { demoUser } from "../support/tokens";
import {
  changedItems,
  createDraft,
  fixClock,
  fullAnswers,
  newChild,
  outboxFor,
  readyDraft,
  realClock,
  saveAnswers,
  scanTable,
  smallPdf,
  submit,
  uploadEvidence,
  windowsExecutable,
} from "./fixtures";

// Monday 2 March 2026, 09:30 in London (GMT, so the same in UTC).
const receivedAt = "2026-03-02T09:30:00.000Z";

beforeAll(() => fixClock(receivedAt));
afterAll(() => realClock());

async function caseItems(caseId: string) {
  const result = await dynamo().send(
    new QueryCommand({
      TableName: config.tableName,
      KeyConditionExpression: "PK = :pk",
      ExpressionAttributeValues: { ":pk": `CASE#${caseId}` },
      ConsistentRead: true,
    }),
  );
  return result.Items ?? [];
}

describe("full request submission", () => {
  it("creates one case with dates", async () => {
    const child = newChild();
    const draft = await createDraft("parent");
    const report = await uploadEvidence("parent", draft.draftId, smallPdf(), {
      fileName: "school-report.pdf",
      contentType: "application/pdf",
      documentType: "school-report",
    });
    const oldReport = await uploadEvidence("parent", draft.draftId, smallPdf(), {
      fileName: "speech-therapy-2024.pdf",
      contentType: "application/pdf",
      documentType: "speech-and-language-report",
    });
    expect(report.putStatus).toBe(200);
    expect(oldReport.putStatus).toBe(200);
    await saveAnswers(
      "parent",
      draft,
      fullAnswers(child, [
        {
          documentId: report.documentId,
          fileName: "school-report.pdf",
          documentType: "school-report",
          writtenOn: "2025-11-10",
        },
        {
          documentId: oldReport.documentId,
          fileName: "speech-therapy-2024.pdf",
          documentType: "speech-and-language-report",
          writtenOn: "2024-12-01",
        },
      ]),
    );

    const submitted = await submit("parent", draft.draftId);

    expect(submitted.status).toBe(201);
    const result = submitted.body;
    expect(result.reference).toMatch(/^EHC-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(result.possibleDuplicate).toBe(false);
    expect(result.receivedDate).toBe("2026-03-02");
    expect(result.decisionToAssessDue).toBe("2026-04-13");
    expect(result.finalPlanDue).toBe("2026-07-20");
    expect(result.outOfDateReports).toEqual([oldReport.documentId]);

    const caseId = result.caseId as string;
    const stored = await dynamo().send(
      new GetCommand({ TableName: config.tableName, Key: keys.case(caseId) }),
    );
    const caseItem = stored.Item as Record<string, unknown>;
    expect(caseItem.stage).toBe("deciding");
    expect(caseItem.version).toBe(1);
    expect(caseItem.receivedAt).toBe(receivedAt);
    expect(caseItem.decisionToIssueDue).toBe("2026-06-22");
    expect(caseItem.schoolUrn).toBe("100001");
    expect(caseItem.proposedPsychologistId).toBe(demoUser("specialist").userId);
    expect(caseItem.GSI3PK).toBe("STAGE#deciding");
    expect(caseItem.GSI3SK).toBe(`${receivedAt}#${caseId}`);
    expect(caseItem.GSI2SK).toBe(`2026-04-13#${caseId}`);
    // The child's school (AB1 2CD) is in the AB1 patch of coordinator and coordinator3.
    expect([
      `COORDINATOR#${demoUser("coordinator").userId}`,
      `COORDINATOR#${demoUser("coordinator3").userId}`,
    ]).toContain(caseItem.GSI2PK);
    expect(caseItem.connections).toEqual({
      familyUserIds: [demoUser("parent").userId],
      schoolUrn: "100001",
      adviserIds: [],
      supporterIds: [],
    });

    const items = await caseItems(caseId);
    const sortKeys = items.map((item) => item.SK as string);
    expect(sortKeys).toContain("REQUEST");
    expect(sortKeys).toContain(`MEMBER#USER#${demoUser("parent").userId}`);
    expect(sortKeys).toContain("MEMBER#SCHOOL#100001");
    expect(sortKeys).toContain(`DOCUMENT#${report.documentId}`);
    expect(sortKeys.filter((key) => key.startsWith("AUDIT#"))).toHaveLength(1);

    for (const childKey of childKeys(child)) {
      const marker = await dynamo().send(
        new GetCommand({ TableName: config.tableName, Key: keys.openChild(childKey) }),
      );
      expect(marker.Item?.caseId).toBe(caseId);
    }

    const view = await call<CaseView>("getCase", {
      as: "parent",
      pathParameters: { caseId },
    });
    expect(view.status).toBe(200);
    const decision = view.body.milestones.find((m) => m.key === "decision-to-assess");
    expect(decision?.dueDate).toBe("2026-04-13");
    expect(decision?.status).toBe("due");
    expect(view.body.nextDueDate).toBe("2026-04-13");

    const draftAfter = await call<{ submitted?: { caseId?: string } }>("getDraft", {
      as: "parent",
      pathParameters: { draftId: draft.draftId },
    });
    expect(draftAfter.body.submitted?.caseId).toBe(caseId);
  });

  it("sends messages without child details", async () => {
    const child = newChild();
    const draft = await readyDraft("parent", child, { channel: "both" });

    const submitted = await submit("parent", draft.draftId);
    expect(submitted.status).toBe(201);

    const messages = await outboxFor(submitted.body.reference);
    const emails = messages.filter((m) => m.channel === "email");
    const texts = messages.filter((m) => m.channel === "sms");
    expect(emails.map((m) => m.to)).toContain("sam.parent@example.com");
    expect(texts.map((m) => m.to).sort()).toEqual(["07700 900982", "07700 900983"]);

    const confirmation = emails.find((m) => m.to === "sam.parent@example.com");
    expect(confirmation?.template).toBe("request-confirmation");
    expect(confirmation?.body).toContain(submitted.body.reference);
    expect(confirmation?.body).toContain("by Monday 13 April 2026");
    expect(confirmation?.body).toContain("by Monday 20 July 2026");

    const allocation = messages.find((m) => m.template === "case-allocated");
    expect(allocation?.to).toMatch(/coordinator@council\.example\.gov\.uk$/);

    const private_ = [child.firstName, child.lastName, child.dateOfBirth, "14 May 2017"];
    for (const message of messages) {
      for (const value of private_) {
        expect(message.subject).not.toContain(value);
        if (message.channel === "sms") expect(message.body).not.toContain(value);
      }
    }
  });
});

describe("repeated submission", () => {
  it("replays the first result", async () => {
    const draft = await readyDraft("parent", newChild());

    const first = await submit("parent", draft.draftId);
    const second = await submit("parent", draft.draftId);

    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
  });

  it("creates one case concurrently", async () => {
    const child = newChild();
    const draft = await readyDraft("parent", child);

    const results = await Promise.all(
      Array.from({ length: 5 }, () => submit("parent", draft.draftId)),
    );

    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 201]);
    const caseIds = new Set(results.map((r) => r.body.caseId));
    expect(caseIds.size).toBe(1);

    const marker = await dynamo().send(
      new GetCommand({
        TableName: config.tableName,
        Key: keys.openChild(childKeys(child)[0] as string),
      }),
    );
    expect(marker.Item?.caseId).toBe([...caseIds][0]);

    const members = await dynamo().send(
      new QueryCommand({
        TableName: config.tableName,
        IndexName: "GSI1",
        KeyConditionExpression: "GSI1PK = :user",
        ExpressionAttributeValues: { ":user": `USER#${demoUser("parent").userId}` },
      }),
    );
    const created = (members.Items ?? []).filter((m) => caseIds.has(m.caseId));
    expect(created).toHaveLength(1);
  });
});

describe("possible duplicate request", () => {
  it("holds a second request", async () => {
    const child = newChild();
    const first = await submit("parent", (await readyDraft("parent", child)).draftId);
    expect(first.status).toBe(201);

    // The school sends a request for the same child, matched by the unique pupil number.
    const second = await submit("school", (await readyDraft("school", child)).draftId);

    expect(second.status).toBe(201);
    expect(second.body.possibleDuplicate).toBe(true);
    expect(second.body.caseId).toBeUndefined();
    expect(second.body.reference).not.toBe(first.body.reference);
    expect(second.body.decisionToAssessDue).toBe("2026-04-13");

    const intake = await call<{
      possibleDuplicates: { reference: string; existingCaseId: string }[];
    }>("listIntake", { as: "business-support" });
    const held = intake.body.possibleDuplicates.find(
      (d) => d.reference === second.body.reference,
    );
    expect(held?.existingCaseId).toBe(first.body.caseId);

    const audit = await caseItemsAudit(first.body.caseId as string);
    expect(audit).toContain("possible-duplicate-received");
  });
});

async function caseItemsAudit(caseId: string): Promise<string[]> {
  const items = await caseItems(caseId);
  return items
    .filter((item) => (item.SK as string).startsWith("AUDIT#"))
    .map((item) => item.action as string);
}

describe("incomplete request", () => {
  it("names every missing field", async () => {
    const child = newChild();
    const draft = await createDraft("parent");
    const neverUploaded = {
      documentId: "00000000-0000-4000-8000-00000000dead",
      fileName: "report.pdf",
      documentType: "other" as const,
      writtenOn: "2025-06-01",
    };
    const answers = fullAnswers(child, [neverUploaded]);
    delete answers.views;
    answers.child = { ...answers.child, dateOfBirth: undefined };
    answers.declaration = false;
    await saveAnswers("parent", draft, answers);
    const before = await scanTable();

    const result = await submit("parent", draft.draftId);

    expect(result.status).toBe(400);
    const fields = (result.body as unknown as { errors: { field: string }[] }).errors.map(
      (e) => e.field,
    );
    expect(fields).toContain("views");
    expect(fields).toContain("child.dateOfBirth");
    expect(fields).toContain("declaration");
    expect(fields).toContain("evidence.0.documentId");

    // Other test files write to the same table, so look only for this request's traces.
    const after = await scanTable();
    const traces = [
      draft.draftId,
      child.firstName,
      ...childKeys({ ...child, upn: child.upn }),
    ];
    const written = changedItems(before, after).filter((item) =>
      traces.some((trace) => JSON.stringify(item).includes(trace)),
    );
    expect(written).toEqual([]);
  });
});

describe("evidence file checks", () => {
  it("rejects an executable named .pdf", async () => {
    const child = newChild();
    const draft = await createDraft("parent");
    const upload = await uploadEvidence("parent", draft.draftId, windowsExecutable(), {
      fileName: "report.pdf",
      contentType: "application/pdf",
      documentType: "medical-report",
    });
    expect(upload.putStatus).toBe(200);
    await saveAnswers(
      "parent",
      draft,
      fullAnswers(child, [
        {
          documentId: upload.documentId,
          fileName: "report.pdf",
          documentType: "medical-report",
          writtenOn: "2025-12-01",
        },
      ]),
    );

    const result = await submit("parent", draft.draftId);

    expect(result.status).toBe(400);
    const errors = (result.body as unknown as { errors: { field: string }[] }).errors;
    expect(errors.map((e) => e.field)).toEqual(["evidence.0.documentId"]);
  });

  it("rejects a document never uploaded", async () => {
    const child = newChild();
    const draft = await createDraft("parent");
    const ticket = await call<{ documentId: string }>("createDraftUpload", {
      as: "parent",
      pathParameters: { draftId: draft.draftId },
      body: {
        fileName: "report.pdf",
        contentType: "application/pdf",
        sizeBytes: 1000,
        documentType: "medical-report",
      },
    });
    await saveAnswers(
      "parent",
      draft,
      fullAnswers(child, [
        {
          documentId: ticket.body.documentId,
          fileName: "report.pdf",
          documentType: "medical-report",
          writtenOn: "2025-12-01",
        },
      ]),
    );

    const result = await submit("parent", draft.draftId);

    expect(result.status).toBe(400);
    const errors = (result.body as unknown as { errors: { field: string }[] }).errors;
    expect(errors.map((e) => e.field)).toEqual(["evidence.0.documentId"]);
  });

  it("rejects another draft's document", async () => {
    const child = newChild();
    const other = await readyDraft("parent2", newChild());
    const draft = await createDraft("parent");
    const borrowed = other.answers.evidence?.[0];
    await saveAnswers("parent", draft, fullAnswers(child, borrowed ? [borrowed] : []));

    const result = await submit("parent", draft.draftId);

    expect(result.status).toBe(400);
    const errors = (result.body as unknown as { errors: { field: string }[] }).errors;
    expect(errors.map((e) => e.field)).toEqual(["evidence.0.documentId"]);
  });
});

describe("school request", () => {
  it("links the school's own URN", async () => {
    const child = newChild();
    // The request names another URN, but the case gets the school user's own URN.
    const draft = await readyDraft("school2", child, { schoolUrn: "100001" });

    const submitted = await submit("school2", draft.draftId);

    expect(submitted.status).toBe(201);
    const result: SubmissionResult = submitted.body;
    const view = await call<CaseView>("getCase", {
      as: "school2",
      pathParameters: { caseId: result.caseId as string },
    });
    expect(view.status).toBe(200);
    expect(view.body.schoolUrn).toBe("100002");
    expect(view.body.coordinator?.userId).toBe(demoUser("coordinator2").userId);

    const messages = await outboxFor(result.reference);
    expect(messages.map((m) => m.to)).toContain(demoUser("school2").email);
  });
});

describe("allocation by home postcode", () => {
  it("uses the home patch", async () => {
    const child = newChild();
    const draft = await createDraft("parent");
    const report = await uploadEvidence("parent", draft.draftId, smallPdf(), {
      fileName: "report.pdf",
      contentType: "application/pdf",
      documentType: "medical-report",
    });
    const answers = fullAnswers(child, [
      {
        documentId: report.documentId,
        fileName: "report.pdf",
        documentType: "medical-report",
        writtenOn: "2026-01-05",
      },
    ]);
    // A school the council does not hold, and a home in the AB9 patch.
    answers.child = {
      ...answers.child,
      address: { line1: "3 Hill Road", town: "Aberton", postcode: "AB9 1QQ" },
      currentSetting: {
        urn: "999999",
        name: "Out of Area School",
        yearGroup: "Year 3",
        startedOn: "2021-09-01",
      },
    };
    await saveAnswers("parent", draft, answers);

    const submitted = await submit("parent", draft.draftId);

    expect(submitted.status).toBe(201);
    const view = await call<CaseView>("getCase", {
      as: "parent",
      pathParameters: { caseId: submitted.body.caseId as string },
    });
    expect(view.body.coordinator?.userId).toBe(demoUser("coordinator2").userId);
    expect(view.body.schoolUrn).toBeUndefined();
    expect(view.body.schoolName).toBe("Out of Area School");
  });
});
