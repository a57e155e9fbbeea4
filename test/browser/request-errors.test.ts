/**
 * On a phone, a failed save moves focus to the error summary, and every link
 * in it reaches an input on the page. A sent request is read only, and a
 * signed-out visitor to a case link gets back to the case after signing in.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftView, SubmissionResult, UploadTicket } from "../../shared/api";
import { addMonths } from "../../shared/dates";
import { completeRequest } from "../fixtures/request";
import {
  accessToken,
  callApi,
  clockToday,
  createCase,
  expectAccessible,
  launchChromium,
  minimalPdf,
  signIn,
  webUrl,
} from "./helpers";

const phone = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 };

/** Returns the ids that error summary links point at which have no element on the page. */
async function missingTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll(".govuk-error-summary a")]
      .map((link) => link.getAttribute("href") ?? "")
      .filter((href) => href.startsWith("#"))
      .map((href) => href.slice(1))
      .filter((id) => !document.getElementById(id)),
  );
}

async function focusedClass(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.className ?? "");
}

/**
 * Saves a complete request for a parent through the API, with one evidence
 * file of the given bytes declared as a PDF, and returns the draft's id.
 */
async function savedDraft(
  child: { firstName: string; lastName?: string },
  fileBytes: Buffer,
): Promise<string> {
  const token = await accessToken("parent");
  const draft = await callApi<DraftView>(token, "POST", "/drafts", {
    requesterType: "parent",
  });
  expect(draft.status).toBe(201);
  const ticket = await callApi<UploadTicket>(
    token,
    "POST",
    `/drafts/${draft.body.draftId}/documents`,
    {
      fileName: "speech-report.pdf",
      contentType: "application/pdf",
      sizeBytes: fileBytes.length,
      documentType: "speech-and-language-report",
    },
  );
  expect(ticket.status).toBe(201);
  const put = await fetch(ticket.body.uploadUrl, {
    method: "PUT",
    headers: ticket.body.headers,
    body: new Uint8Array(fileBytes),
  });
  expect(put.status).toBe(200);

  const request = completeRequest();
  const saved = await callApi<DraftView>(token, "PUT", `/drafts/${draft.body.draftId}`, {
    answers: {
      ...request,
      child: { ...request.child, upn: undefined, knownAs: undefined, ...child },
      evidence: [
        {
          documentId: ticket.body.documentId,
          fileName: "speech-report.pdf",
          documentType: "speech-and-language-report",
          writtenOn: addMonths(await clockToday(), -1),
        },
      ],
    },
    expectedVersion: draft.body.version,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return draft.body.draftId;
}

describe("request error handling", () => {
  let browser: Browser;
  let context: BrowserContext;
  let parent: Page;
  let draftId = "";

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext(phone);
    parent = await signIn(context, "parent");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("focuses summary on empty section", async () => {
    await parent.getByRole("button", { name: "Start a new request" }).click();
    await parent.waitForURL(/\/requests\/[^/]+$/);
    draftId = new URL(parent.url()).pathname.split("/")[2]!;

    await parent.goto(`${webUrl}/requests/${draftId}/about-the-child`);
    await parent.getByRole("heading", { name: "About the child", level: 1 }).waitFor();
    await parent.getByRole("button", { name: "Save and continue" }).click();

    const summary = parent.locator(".govuk-error-summary");
    await summary.waitFor();
    await expect.poll(() => focusedClass(parent)).toContain("govuk-error-summary");
    const top = await summary.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(phone.viewport.height);
    expect(await missingTargets(parent)).toEqual([]);
    await expectAccessible(parent, "child section errors on a phone");
  });

  it("gives each address line error", async () => {
    for (const id of [
      "child-address-line1",
      "child-address-town",
      "child-address-postcode",
    ]) {
      await expect
        .poll(() => parent.locator(`#${id}-error`).count(), {
          message: `error for ${id}`,
        })
        .toBe(1);
    }
  });

  it("refocuses summary on second submit", async () => {
    await parent.locator("#child-firstName").focus();
    await parent.getByRole("button", { name: "Save and continue" }).click();
    await expect.poll(() => focusedClass(parent)).toContain("govuk-error-summary");
  });

  it("error link focuses its input", async () => {
    await parent
      .locator(".govuk-error-summary a", {
        hasText: "Enter the first line of the address",
      })
      .click();
    await expect
      .poll(() => parent.evaluate(() => document.activeElement?.id))
      .toBe("child-address-line1");
  });

  it("rejects future date of birth", async () => {
    await parent.locator("#child-dateOfBirth").fill("1");
    await parent.locator("#child-dateOfBirth-month").fill("1");
    await parent.locator("#child-dateOfBirth-year").fill("2099");
    await parent.getByRole("button", { name: "Save and come back later" }).click();
    await expect
      .poll(() => parent.locator(".govuk-error-summary").innerText())
      .toContain("Date of birth must be in the past");
  });

  it("shows errors for empty parent", async () => {
    await parent.goto(`${webUrl}/requests/${draftId}/parents-or-carers`);
    await parent.getByRole("heading", { name: "Parents or carers", level: 1 }).waitFor();
    await parent.getByRole("button", { name: "Save and continue" }).click();
    await expect
      .poll(() => parent.locator(".govuk-error-summary").innerText())
      .toContain("Enter the parent's first name");
    expect(await missingTargets(parent)).toEqual([]);
  });

  it("links check answers errors", async () => {
    await parent.goto(`${webUrl}/requests/${draftId}/check-answers`);
    await parent.getByRole("button", { name: "Accept and send" }).click();
    const childLink = parent.locator(".govuk-error-summary a", {
      hasText: "Complete the section about the child",
    });
    await childLink.waitFor();
    await expect.poll(() => focusedClass(parent)).toContain("govuk-error-summary");
    await childLink.click();
    await parent.getByRole("heading", { name: "About the child", level: 1 }).waitFor();
    await expect
      .poll(() => parent.evaluate(() => document.activeElement?.id))
      .toBe("child-firstName");
  });

  it("keeps answers after session ends", async () => {
    await parent.goto(`${webUrl}/requests/${draftId}/about-the-child`);
    await parent.getByRole("heading", { name: "About the child", level: 1 }).waitFor();
    await parent.locator("#child-firstName").fill("Wilhelmina");
    // The impossible date typed earlier came back from this tab's storage; clear it.
    for (const part of ["", "-month", "-year"]) {
      await parent.locator(`#child-dateOfBirth${part}`).fill("");
    }

    // The session ends: the API now rejects the stored token with 401.
    await parent.evaluate(() => {
      for (const key of Object.keys(sessionStorage)) {
        const raw = sessionStorage.getItem(key) ?? "";
        if (raw.includes("accessToken")) {
          const session = JSON.parse(raw) as { accessToken: string };
          session.accessToken = "ended-session-token";
          sessionStorage.setItem(key, JSON.stringify(session));
        }
      }
    });
    await parent.getByRole("button", { name: "Save and come back later" }).click();

    await parent.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    await expect
      .poll(() => parent.locator("main").innerText())
      .toContain("Your session ended. Sign in again to carry on.");
    await expectAccessible(parent, "sign in after session ended");
    await parent.getByLabel("Username").fill("parent");
    await parent.getByLabel("Password").fill("demo-password");
    await parent.getByRole("button", { name: "Sign in", exact: true }).click();

    await parent.waitForURL(`${webUrl}/requests/${draftId}/about-the-child`);
    await expect
      .poll(() => parent.locator("#child-firstName").inputValue())
      .toBe("Wilhelmina");
  });

  it("makes sent request read only", async () => {
    const sent = await createCase("parent", await clockToday());

    for (const page of ["about-the-child", "check-answers", "evidence", ""]) {
      await parent.goto(`${webUrl}/requests/${sent.draftId}/${page}`);
      await parent.waitForURL(`${webUrl}/requests/${sent.draftId}/sent-request`);
      await parent.getByRole("heading", { name: "Your request", level: 1 }).waitFor();
      expect(
        await parent.getByRole("button", { name: "Save and continue" }).count(),
      ).toBe(0);
      expect(await parent.getByRole("button", { name: "Accept and send" }).count()).toBe(
        0,
      );
    }
    await expect
      .poll(() => parent.locator("main").innerText())
      .toContain(sent.childName.split(" ")[0]!);
    expect(
      await parent.getByRole("link", { name: "Follow your case" }).getAttribute("href"),
    ).toBe(`/cases/${sent.caseId}`);
    await expectAccessible(parent, "sent request copy");
  });

  it("reloaded confirmation shows dates", async () => {
    const sent = await createCase("parent", await clockToday());
    await parent.goto(`${webUrl}/requests/${sent.draftId}/sent`);
    await parent.getByRole("heading", { name: "What happens next" }).waitFor();
    await expect.poll(() => parent.locator("#decision-due").innerText()).not.toBe("");
    await expect
      .poll(() => parent.locator("#reference").innerText())
      .toBe(sent.reference);
  });

  it("names and marks bad evidence", async () => {
    // A text file that claims to be a PDF passes the upload but fails the check at send.
    const notPdf = Buffer.from("this is not a PDF at all, only text\n".repeat(20));
    const draftId = await savedDraft({ firstName: "Evidencetest" }, notPdf);

    await parent.goto(`${webUrl}/requests/${draftId}/check-answers`);
    await parent.getByRole("button", { name: "Accept and send" }).click();
    const link = parent.locator(".govuk-error-summary a", {
      hasText: "speech-report.pdf is not a real PDF",
    });
    await link.waitFor();
    await link.click();

    await parent
      .getByRole("heading", { name: "Reports and evidence", level: 1 })
      .waitFor();
    await expect
      .poll(() => parent.locator("#evidence-0").innerText())
      .toContain("speech-report.pdf is not a real PDF");
    await expect
      .poll(() => parent.evaluate(() => document.activeElement?.id))
      .toBe("upload-file");
    expect(await missingTargets(parent)).toEqual([]);
    await expectAccessible(parent, "evidence with a bad file");
  });

  it("shows held duplicate as checked", async () => {
    const first = await createCase("parent", await clockToday());
    const [firstName, lastName] = first.childName.split(" ");
    const draftId = await savedDraft(
      { firstName: firstName!, lastName: lastName! },
      minimalPdf(),
    );
    const sent = await callApi<SubmissionResult>(
      await accessToken("parent"),
      "POST",
      `/drafts/${draftId}/submit`,
    );
    expect(sent.body.possibleDuplicate).toBe(true);

    await parent.goto(`${webUrl}/`);
    const held = parent.locator("#being-checked");
    await expect.poll(() => held.innerText()).toContain(sent.body.reference);
    await expect.poll(() => held.innerText()).toContain("Being checked");
    await expect.poll(() => held.innerText()).toContain("Received");
    await expectAccessible(parent, "home with a request being checked");

    await parent.goto(`${webUrl}/requests/${draftId}/sent`);
    await expect
      .poll(() => parent.locator("main").innerText())
      .toContain("We may already have a request for this child");
  });

  it("returns to case after sign in", async () => {
    const today = await clockToday();
    const { caseId } = await createCase("parent", today);
    const fresh = await browser.newContext(phone);
    const page = await fresh.newPage();
    await page.goto(`${webUrl}/cases/${caseId}`);
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    await page.getByLabel("Username").fill("parent");
    await page.getByLabel("Password").fill("demo-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(`${webUrl}/cases/${caseId}`);
    await fresh.close();
  });
});
