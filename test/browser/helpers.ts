/**
 * Helpers shared by the browser tests: Chromium, sign-in, axe checks,
 * screenshots, and API calls that set up cases the way the web app does.
 */
import { randomInt } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import type { DraftView, SubmissionResult, UploadTicket } from "../../shared/api";
import { addMonths } from "../../shared/dates";
import { completeRequest } from "../fixtures/request";

export const webUrl = process.env.WEB_URL ?? "http://127.0.0.1:5173";
export const screenshotDirectory = join(process.cwd(), "test-results", "browser");

export async function launchChromium(): Promise<Browser> {
  mkdirSync(screenshotDirectory, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Runs axe on the page as it is now and fails on any WCAG 2.2 AA violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(violations, `axe violations on ${name}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(screenshotDirectory, `${name}.png`),
    fullPage: true,
  });
}

/** Fails when the page is wider than the window, so nothing needs sideways scrolling. */
export async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: window.innerWidth,
  }));
  expect(widths.page, `page width on ${name}`).toBeLessThanOrEqual(widths.window);
}

/** Signs in through the sign-in page and returns once the signed-in menu exists. */
export async function signIn(
  context: BrowserContext,
  username: string,
  onSignInPage?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${webUrl}/sign-in`);
  await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
  await onSignInPage?.(page);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // On a phone the menu hides behind its button, so wait for the list, not a visible link.
  await page.locator("#navigation").waitFor({ state: "attached" });
  return page;
}

/** Returns the London date of the local service's demo clock. */
export async function clockToday(): Promise<string> {
  const response = await fetch(`${webUrl}/local/clock`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { today: string }).today;
}

/**
 * Builds a minimal valid PDF 1.4 with one empty page. The cross-reference
 * table gives each object's byte offset, so it is computed from the bodies.
 */
export function minimalPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets
    .map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`)
    .join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Signs in a demo person through the local sign-in endpoint and returns the access token. */
export async function accessToken(username: string): Promise<string> {
  const response = await fetch(`${webUrl}/local/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password: "demo-password" }),
  });
  expect(response.status, `sign-in of ${username}`).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Calls the API with a token and returns the status and the parsed body. */
export async function callApi<T>(
  token: string,
  method: "GET" | "POST" | "PUT",
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${webUrl}/api${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

const letters = "abcdefghijklmnopqrstuvwxyz";

/** Returns a capitalised random name of letters only, so no two test children match. */
function randomName(): string {
  let name = letters[randomInt(26)]!.toUpperCase();
  for (let index = 0; index < 9; index += 1) name += letters[randomInt(26)];
  return name;
}

/**
 * Sends a complete request for a new child through the API, with one
 * uploaded report, as a parent does in the web app. Returns the new case.
 */
export async function createCase(
  username: string,
  today: string,
): Promise<{ caseId: string; reference: string; childName: string; draftId: string }> {
  const token = await accessToken(username);
  const draft = await callApi<DraftView>(token, "POST", "/drafts", {
    requesterType: "parent",
  });
  expect(draft.status).toBe(201);

  const pdf = minimalPdf();
  const ticket = await callApi<UploadTicket>(
    token,
    "POST",
    `/drafts/${draft.body.draftId}/documents`,
    {
      fileName: "school-report.pdf",
      contentType: "application/pdf",
      sizeBytes: pdf.length,
      documentType: "school-report",
    },
  );
  expect(ticket.status).toBe(201);
  const put = await fetch(ticket.body.uploadUrl, {
    method: "PUT",
    headers: ticket.body.headers,
    body: new Uint8Array(pdf),
  });
  expect(put.status).toBe(200);

  const request = completeRequest();
  const firstName = randomName();
  const lastName = randomName();
  const upn = `B${String(randomInt(10 ** 12)).padStart(12, "0")}`;
  const answers = {
    ...request,
    child: { ...request.child, firstName, lastName, knownAs: undefined, upn },
    evidence: [
      {
        documentId: ticket.body.documentId,
        fileName: "school-report.pdf",
        documentType: "school-report",
        writtenOn: addMonths(today, -1),
      },
    ],
  };
  const saved = await callApi<DraftView>(token, "PUT", `/drafts/${draft.body.draftId}`, {
    answers,
    expectedVersion: draft.body.version,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);

  const submitted = await callApi<SubmissionResult>(
    token,
    "POST",
    `/drafts/${draft.body.draftId}/submit`,
  );
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  expect(submitted.body.caseId, "the request was held as a duplicate").toBeDefined();
  return {
    caseId: submitted.body.caseId!,
    reference: submitted.body.reference,
    childName: `${firstName} ${lastName}`,
    draftId: draft.body.draftId,
  };
}

/** Finds the demo username of the person with this display name. */
export async function usernameOf(name: string): Promise<string> {
  const listing = (await (await fetch(`${webUrl}/local/demo-users`)).json()) as {
    users: { username: string; name: string }[];
  };
  const user = listing.users.find((candidate) => candidate.name === name.trim());
  expect(user, `demo user named ${name}`).toBeDefined();
  return user!.username;
}
