/**
 * The advice screens in Chromium. A coordinator requests advice from the
 * educational psychologist, who finds the request in their inbox, is
 * stopped from sending an empty form, then fills in one area of need,
 * uploads a report and sends it. The coordinator then sees it received, with
 * a suggested funding band. Every page is checked with axe against WCAG 2.2 AA.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AdviceView } from "../../shared/schemas/advice";
import type { CaseView } from "../../shared/schemas/case";
import {
  accessToken,
  callApi,
  clockToday,
  createCase,
  expectAccessible,
  expectNoSidewaysScroll,
  launchChromium,
  minimalPdf,
  screenshot,
  signIn,
  webUrl,
} from "./helpers";

async function fillDate(page: Page, id: string, date: string): Promise<void> {
  const [year, month, day] = date.split("-");
  await page.locator(`#${id}`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year!);
}

describe("advice screens", () => {
  let browser: Browser;
  let context: BrowserContext;
  let today = "";
  let created = { caseId: "", reference: "", childName: "" };

  beforeAll(async () => {
    today = await clockToday();
    created = await createCase("parent", today);
    const coordinatorToken = await accessToken("coordinator");
    const current = await callApi<CaseView>(
      coordinatorToken,
      "GET",
      `/cases/${created.caseId}`,
    );
    const decided = await callApi(
      coordinatorToken,
      "POST",
      `/cases/${created.caseId}/decision`,
      { outcome: "assess", expectedVersion: current.body.version },
    );
    expect(decided.status).toBe(200);

    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("coordinator requests advice", async () => {
    const page = await signIn(context, "coordinator");
    await page.goto(`${webUrl}/cases/${created.caseId}`);
    await page.locator("#advice-link a").click();
    await page.getByRole("heading", { name: "Advice", level: 1 }).waitFor();
    await expectAccessible(page, "case advice, none requested");

    await page.getByLabel("Psychological advice").check();
    // The school's link educational psychologist is proposed.
    await expect
      .poll(() => page.locator("#request-psychology-adviserId").inputValue())
      .not.toBe("");
    await page.getByRole("button", { name: "Send advice requests" }).click();
    await page.getByText("Advice requests sent").waitFor();
    await expect
      .poll(() => page.locator("#advice-requests").innerText())
      .toContain("Dr Lee Psychologist");
    await expectAccessible(page, "case advice, requested");
    await expectNoSidewaysScroll(page, "case advice");
    await screenshot(page, "advice-coordinator-requested");
    await page.close();
  });

  it("specialist completes the advice form", async () => {
    const page = await signIn(context, "specialist");
    await page.goto(`${webUrl}/advice`);
    await page.getByRole("heading", { name: "Advice requests", level: 1 }).waitFor();
    await expectAccessible(page, "advice inbox");
    await page.getByRole("link", { name: created.childName }).click();
    await page.getByRole("heading", { name: "Psychological advice", level: 1 }).waitFor();
    await expectAccessible(page, "advice form");

    // An empty form cannot be sent.
    await page.getByRole("button", { name: "Send advice" }).click();
    const summary = page.locator(".govuk-error-summary");
    await summary.waitFor();
    await expect
      .poll(() => summary.innerText())
      .toContain("Enter a summary of your advice");
    await expect.poll(() => summary.innerText()).toContain("Upload your full report");
    await expectAccessible(page, "advice form with errors");
    await screenshot(page, "advice-form-errors");

    await page
      .getByLabel("Summary of your advice")
      .fill("Needs help with language and with changes in routine.");
    const area = page.locator("#area-communication-and-interaction");
    await area.getByLabel("Needs in this area").fill("Limited expressive vocabulary.");
    await area.getByLabel("3: Significant: daily specialist support").check();
    await area
      .getByLabel("Outcomes you recommend")
      .fill("Uses three-word sentences in class by the end of the year.");
    await area.getByLabel("What", { exact: true }).fill("Language programme");
    await area.getByLabel("Who provides it").fill("Speech and language therapist");
    await area.getByLabel("How often").fill("Twice a week");
    await area.getByLabel("For how long").fill("One school year");

    await page.getByRole("button", { name: "Save and come back later" }).click();
    await page.getByText("Your advice is saved").waitFor();

    await page.locator("#report-file").setInputFiles({
      name: "psychology-report.pdf",
      mimeType: "application/pdf",
      buffer: minimalPdf(),
    });
    await fillDate(page, "report-writtenOn", today);
    await page.getByRole("button", { name: "Upload report" }).click();
    await page.locator("#uploaded-report").getByText("psychology-report.pdf").waitFor();
    await expectAccessible(page, "advice form with report");

    await page.getByRole("button", { name: "Send advice" }).click();
    await page.getByRole("heading", { name: "Advice sent" }).waitFor();
    await expectAccessible(page, "advice sent");
    await expectNoSidewaysScroll(page, "advice sent");
    await screenshot(page, "advice-sent");
    await page.close();
  });

  it("records reuse agreements", async () => {
    const second = await createCase("parent", today);
    const coordinatorToken = await accessToken("coordinator");
    const current = await callApi<CaseView>(
      coordinatorToken,
      "GET",
      `/cases/${second.caseId}`,
    );
    await callApi(coordinatorToken, "POST", `/cases/${second.caseId}/decision`, {
      outcome: "assess",
      expectedVersion: current.body.version,
    });
    const assessed = await callApi<CaseView>(
      coordinatorToken,
      "GET",
      `/cases/${second.caseId}`,
    );
    const requested = await callApi<{ advice: AdviceView[] }>(
      coordinatorToken,
      "POST",
      `/cases/${second.caseId}/advice`,
      { requests: [{ kind: "psychology" }], expectedVersion: assessed.body.version },
    );
    expect(requested.status).toBe(201);
    const adviceId = requested.body.advice[0]!.adviceId;

    const specialist = await signIn(context, "specialist");
    await specialist.goto(`${webUrl}/advice/${second.caseId}/${adviceId}`);
    await specialist.getByRole("heading", { name: "Psychological advice" }).waitFor();
    await specialist
      .getByLabel("This is existing advice the council, the author and the family")
      .check();
    await specialist.getByRole("button", { name: "Agree to reuse this advice" }).click();
    const agreements = specialist.locator("#reuse-agreements");
    await expect
      .poll(() => agreements.innerText())
      .toMatch(/You, as the author\s+Agreed on/);
    await expectAccessible(specialist, "advice form with reuse");
    await specialist.close();

    const coordinator = await signIn(context, "coordinator");
    await coordinator.goto(`${webUrl}/cases/${second.caseId}/advice`);
    await coordinator.getByRole("button", { name: /Agree for the council/ }).click();
    await coordinator.getByText("agreement to reuse the advice is recorded").waitFor();
    await expect
      .poll(() => coordinator.locator("#advice-requests").innerText())
      .toContain("Still to agree: the family.");
    await expectAccessible(coordinator, "case advice with reuse");
    await coordinator.close();

    const parentToken = await accessToken("parent");
    const advice = await callApi<AdviceView>(
      coordinatorToken,
      "GET",
      `/cases/${second.caseId}/advice/${adviceId}`,
    );
    const family = await callApi<AdviceView>(
      parentToken,
      "POST",
      `/cases/${second.caseId}/advice/${adviceId}/reuse-agreements`,
      { agrees: true, expectedVersion: advice.body.version },
    );
    expect(family.status).toBe(201);
    expect(Object.keys(family.body.reuseAgreements).sort()).toEqual([
      "author",
      "council",
      "family",
    ]);
  });

  it("coordinator sees advice and band", async () => {
    const page = await signIn(context, "coordinator");
    await page.goto(`${webUrl}/cases/${created.caseId}/advice`);
    await page.getByText("All advice received").waitFor();
    const scores = page.locator("#needs-scores");
    await expect.poll(() => scores.innerText()).toContain("3 of 4");
    await expect.poll(() => scores.innerText()).toContain("Band A");
    await expectAccessible(page, "case advice, received");
    await page.close();
  });
});
