/**
 * The timeline screens on a 320 px wide phone. A coordinator decides to
 * assess and records two exceptions, one of them after a conflicting
 * change. The family's tracker shows the moved date. The deadlines page
 * shows a deadline at risk and then breached as the local demo clock
 * moves. Every new page is checked with axe against WCAG 2.2 AA.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExceptionBody } from "../../shared/api";
import { addDays, addWeeks, formatLongDate } from "../../shared/dates";
import type { CaseView } from "../../shared/schemas/case";
import {
  accessToken,
  callApi,
  clockToday,
  createCase,
  expectAccessible,
  expectNoSidewaysScroll,
  launchChromium,
  screenshot,
  signIn,
  usernameOf,
  webUrl,
} from "./helpers";

async function fillDate(page: Page, id: string, date: string): Promise<void> {
  const [year, month, day] = date.split("-");
  await page.locator(`#${id}`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year!);
}

/** Locates the heading of the demo clock banner, which shows the virtual date. */
function clockHeading(page: Page) {
  return page.locator("#local-clock .govuk-notification-banner__heading");
}

describe("timeline screens", () => {
  let browser: Browser;
  let staffContext: BrowserContext;
  let familyContext: BrowserContext;
  let coordinator: Page;
  let today = "";
  let coordinatorName = "";
  let assessed = { caseId: "", reference: "", childName: "" };
  let undecided = { caseId: "", reference: "", childName: "" };
  let finalPlanMoved = "";
  let exceptionsRecorded = false;

  beforeAll(async () => {
    today = await clockToday();
    assessed = await createCase("parent", today);
    undecided = await createCase("parent2", today);
    browser = await launchChromium();
    staffContext = await browser.newContext({
      viewport: { width: 320, height: 800 },
      deviceScaleFactor: 1,
    });
    familyContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("coordinator records an exception", async () => {
    const parentToken = await accessToken("parent");
    const familyView = await callApi<CaseView>(
      parentToken,
      "GET",
      `/cases/${assessed.caseId}`,
    );
    expect(familyView.status).toBe(200);
    expect(familyView.body.obligations, "families never get obligations").toBeUndefined();
    coordinatorName = familyView.body.coordinator?.name ?? "";
    const username = await usernameOf(coordinatorName);

    coordinator = await signIn(staffContext, username);
    await coordinator.goto(`${webUrl}/cases/${assessed.caseId}`);
    await coordinator.getByLabel("Yes, assess").check();
    await coordinator.getByRole("button", { name: "Record decision" }).click();
    await coordinator
      .getByText("You recorded the decision to carry out an assessment")
      .waitFor();

    // The decision to assess opens the 16- and 20-week obligations.
    const originalFinalPlan = addWeeks(today, 20);
    const finalPlanRow = coordinator.locator("#obligations tr", {
      hasText: "Final plan",
    });
    await expect
      .poll(() => finalPlanRow.innerText())
      .toContain(formatLongDate(originalFinalPlan));
    await expect.poll(() => finalPlanRow.innerText()).toContain("140 days left");
    await expect
      .poll(() => finalPlanRow.innerText())
      .toContain("SEND Regulations 2014, reg 13(2)");
    await expect
      .poll(() => coordinator.locator("#obligations").innerText())
      .toContain("Decision whether to write a plan");
    await expectAccessible(coordinator, "staff case with obligations");
    await expectNoSidewaysScroll(coordinator, "staff case with obligations");

    // Sending the form empty shows the error summary.
    await coordinator.getByRole("button", { name: "Record exception" }).click();
    const summary = coordinator.locator("#exception-form .govuk-error-summary");
    await expect
      .poll(() => summary.innerText())
      .toContain("Select the reason the time limit cannot be met");
    await expect.poll(() => summary.innerText()).toContain("Enter the reason");
    await expectAccessible(coordinator, "exception form with errors");
    await screenshot(coordinator, "10-exception-errors");

    await coordinator.getByLabel("Exceptional personal circumstances").check();
    await fillDate(coordinator, "exception-startsOn", addDays(today, 7));
    await fillDate(coordinator, "exception-endsOn", addDays(today, 20));
    await coordinator
      .getByLabel("Reason", { exact: true })
      .fill("A close family member died and the family asked for time.");

    // Someone else records an exception first, so the form's version is stale.
    const coordinatorToken = await accessToken(username);
    const current = await callApi<CaseView>(
      coordinatorToken,
      "GET",
      `/cases/${assessed.caseId}`,
    );
    const awayBody: ExceptionBody = {
      kind: "away-from-area",
      startsOn: today,
      endsOn: addDays(today, 27),
      reason: "The family stayed with relatives abroad for four weeks.",
      expectedVersion: current.body.version,
    };
    const away = await callApi<CaseView>(
      coordinatorToken,
      "POST",
      `/cases/${assessed.caseId}/exceptions`,
      awayBody,
    );
    expect(away.status, JSON.stringify(away.body)).toBe(200);

    await coordinator.getByRole("button", { name: "Record exception" }).click();
    await coordinator
      .getByText("Someone else changed this case since you opened it")
      .waitFor();
    await coordinator
      .locator("#exception-form")
      .getByRole("button", { name: "Reload" })
      .click();
    await expect.poll(() => coordinator.locator("#exceptions tbody tr").count()).toBe(1);

    // The form keeps its values, so sending it again after the reload records the exception.
    await coordinator.getByRole("button", { name: "Record exception" }).click();
    // 28 days away and 14 days of personal circumstances, both ends included.
    finalPlanMoved = addDays(originalFinalPlan, 42);
    await coordinator
      .getByText(`Final plan now due by ${formatLongDate(finalPlanMoved)}`)
      .waitFor();
    await expect.poll(() => coordinator.locator("#exceptions tbody tr").count()).toBe(2);
    await expect
      .poll(() => finalPlanRow.innerText())
      .toContain(`Moved by an exception from ${formatLongDate(originalFinalPlan)}`);
    await expect
      .poll(() => coordinator.locator("#milestone-final-plan").innerText())
      .toContain(
        `moved from ${formatLongDate(originalFinalPlan)} to ${formatLongDate(finalPlanMoved)}`,
      );
    await expectAccessible(coordinator, "staff case after exception");
    await expectNoSidewaysScroll(coordinator, "staff case after exception");
    await screenshot(coordinator, "11-staff-case-exception");
    exceptionsRecorded = true;
  });

  it("family sees moved final plan", async () => {
    expect(exceptionsRecorded, "the exceptions were not recorded").toBe(true);
    const parent = await signIn(familyContext, "parent");
    await parent.goto(`${webUrl}/cases/${assessed.caseId}`);
    const finalPlan = parent.locator("#milestone-final-plan");
    await finalPlan.waitFor();

    await expect
      .poll(() => finalPlan.innerText())
      .toContain(
        `The date for the final plan moved from ${formatLongDate(addWeeks(today, 20))} to ${formatLongDate(finalPlanMoved)} because the child or a parent was away from the area for 4 weeks or more and of exceptional personal circumstances.`,
      );
    await expect
      .poll(() => finalPlan.innerText())
      .toContain(`Due by ${formatLongDate(finalPlanMoved)}`);
    await expect
      .poll(() => parent.locator("#timeline > li").count(), {
        message: "all seven milestones",
      })
      .toBe(7);
    // The staff's own note stays with staff.
    expect(await parent.locator("main").innerText()).not.toContain("relatives abroad");
    expect(await parent.locator("#local-clock").count()).toBe(0);
    await expectAccessible(parent, "tracker with moved date");
    await screenshot(parent, "12-tracker-moved-date");
  });

  it("deadlines follow the demo clock", async () => {
    expect(coordinatorName, "the coordinator did not sign in").not.toBe("");
    await coordinator.goto(`${webUrl}/`);

    // On a phone the menu stays behind its button until it is opened.
    const menuButton = coordinator.getByRole("button", { name: "Menu" });
    await menuButton.waitFor();
    expect(await coordinator.locator("#navigation").isVisible()).toBe(false);
    await menuButton.click();
    await coordinator.getByRole("link", { name: "Deadlines" }).click();
    await coordinator.getByRole("heading", { name: "Deadlines", level: 1 }).waitFor();
    await expect
      .poll(() => clockHeading(coordinator).innerText())
      .toBe(`Local demo clock: ${formatLongDate(today)}`);
    await coordinator.getByRole("heading", { name: "Breached" }).waitFor();
    await coordinator.getByRole("heading", { name: "Due in the next 7 days" }).waitFor();
    expect(await coordinator.locator("main").innerText()).not.toContain(
      undecided.reference,
    );
    await expectAccessible(coordinator, "deadlines");
    await expectNoSidewaysScroll(coordinator, "deadlines");

    // 5 weeks on, the decision whether to assess is 7 days away.
    await coordinator.getByRole("button", { name: "Advance 4 weeks" }).click();
    await expect
      .poll(() => clockHeading(coordinator).innerText())
      .toBe(`Local demo clock: ${formatLongDate(addDays(today, 28))}`);
    await coordinator.getByRole("button", { name: "Advance 1 week" }).click();
    await expect
      .poll(() => clockHeading(coordinator).innerText())
      .toBe(`Local demo clock: ${formatLongDate(addDays(today, 35))}`);
    const atRisk = coordinator.locator("#at-risk tr", { hasText: undecided.reference });
    await expect.poll(() => atRisk.innerText()).toContain("7 days left");
    await expect.poll(() => atRisk.innerText()).toContain("Due soon");
    await expect.poll(() => atRisk.innerText()).toContain("Decision whether to assess");
    await expect.poll(() => atRisk.innerText()).toContain(undecided.childName);
    await expectAccessible(coordinator, "deadlines at risk");
    await screenshot(coordinator, "13-deadlines-at-risk");

    // A week and a day later it has been missed.
    await coordinator.getByRole("button", { name: "Advance 1 week" }).click();
    await coordinator.getByRole("button", { name: "Advance 1 day" }).click();
    await expect
      .poll(() => clockHeading(coordinator).innerText())
      .toBe(`Local demo clock: ${formatLongDate(addDays(today, 43))}`);
    const breached = coordinator.locator("#breached tr", {
      hasText: undecided.reference,
    });
    await expect.poll(() => breached.innerText()).toContain("1 day overdue");
    await expect.poll(() => breached.innerText()).toContain("Overdue");
    expect(
      await coordinator
        .locator("#at-risk")
        .innerText()
        .catch(() => ""),
    ).not.toContain(undecided.reference);
    await expectAccessible(coordinator, "deadlines breached");
    await screenshot(coordinator, "14-deadlines-breached");

    // The filter keeps only the signed-in coordinator's cases.
    const parent2View = await callApi<CaseView>(
      await accessToken("parent2"),
      "GET",
      `/cases/${undecided.caseId}`,
    );
    const undecidedIsMine = parent2View.body.coordinator?.name === coordinatorName;
    // The box is checked once the address changes, which can land a moment
    // after the click, so wait for it instead of expecting it at once.
    const onlyMine = coordinator.getByLabel("Only my cases");
    await onlyMine.click();
    await expect.poll(() => onlyMine.isChecked()).toBe(true);
    await expect.poll(() => new URL(coordinator.url()).search).toBe("?mine=yes");
    await expect
      .poll(async () => (await breached.count()) > 0, {
        message: "the other coordinator's case",
      })
      .toBe(undecidedIsMine);
    const coordinatorCells = coordinator.locator("main tbody tr td:nth-child(7)");
    for (const name of await coordinatorCells.allInnerTexts()) {
      expect(name.trim()).toBe(coordinatorName);
    }
    await expectAccessible(coordinator, "deadlines only mine");
  });
});
