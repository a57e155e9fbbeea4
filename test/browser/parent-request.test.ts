/**
 * A parent requests an assessment on a phone-sized screen, a coordinator
 * refuses it, and the parent sees the decision and their rights on the
 * tracker. Every page is checked with axe against WCAG 2.2 AA.
 */
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths, addWeeks, formatLongDate } from "../../shared/dates";
import {
  clockToday,
  expectAccessible as expectAccessibleNow,
  launchChromium,
  minimalPdf,
  screenshot,
  signIn as signInAs,
  webUrl,
} from "./helpers";

const checkedPages: string[] = [];

/** Runs axe on the page and counts it, so the last test can check how many pages were seen. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  checkedPages.push(name);
  await expectAccessibleNow(page, name);
}

async function signIn(context: BrowserContext, username: string): Promise<Page> {
  return signInAs(context, username, (page) => expectAccessible(page, "sign in"));
}

async function fillDate(page: Page, id: string, date: string): Promise<void> {
  const [year, month, day] = date.split("-");
  await page.locator(`#${id}`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year!);
}

async function fillFields(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(fields)) {
    await page.locator(`#${id}`).fill(value);
  }
}

/** Opens a section from the task list, checks it, and returns once its heading shows. */
async function openSection(page: Page, title: string, heading: string | RegExp = title) {
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
}

async function saveAndContinue(page: Page, sectionTitle: string): Promise<void> {
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page
    .getByRole("heading", { name: "Request an EHC needs assessment", level: 1 })
    .waitFor();
  const status = page
    .locator(".govuk-task-list__item")
    .filter({ hasText: sectionTitle })
    .locator(".govuk-task-list__status");
  await expect.poll(() => status.innerText()).toBe("Completed");
}

describe("parent requests an assessment", () => {
  let browser: Browser;
  let parentContext: BrowserContext;
  let coordinatorContext: BrowserContext;
  let parent: Page;
  let reference = "";
  let caseId = "";
  let decided = false;
  // The service runs on the local demo clock, which other tests may have moved forward.
  let today = "";

  beforeAll(async () => {
    today = await clockToday();
    browser = await launchChromium();
    const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 };
    parentContext = await browser.newContext(phone);
    coordinatorContext = await browser.newContext(phone);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("parent fills and sends request", async () => {
    parent = await signIn(parentContext, "parent");
    await expect
      .poll(() => parent.getByRole("heading", { level: 1 }).innerText())
      .toBe("Hello, Sam Parent");
    await expectAccessible(parent, "family home");

    await parent.getByRole("button", { name: "Start a new request" }).click();
    await parent
      .getByRole("heading", { name: "Request an EHC needs assessment" })
      .waitFor();
    await expectAccessible(parent, "task list");
    await screenshot(parent, "01-task-list");

    // Who is asking
    await openSection(parent, "Who is asking", "Who is making this request?");
    await expectAccessible(parent, "who is asking");
    await parent.getByLabel("A parent or carer of the child").check();
    await saveAndContinue(parent, "Who is asking");

    // About the child: first try to continue with nothing, to see the error summary.
    await openSection(parent, "About the child");
    await parent.getByRole("button", { name: "Save and continue" }).click();
    const summary = parent.locator(".govuk-error-summary");
    await summary.waitFor();
    await expect
      .poll(() => summary.innerText())
      .toContain("Enter the child's first name");
    await expect.poll(() => parent.title()).toMatch(/^Error: /);
    await expectAccessible(parent, "child with errors");
    await screenshot(parent, "02-child-errors");

    await fillFields(parent, {
      "child-firstName": "Zephyrine",
      "child-lastName": "Quillfeather",
      "child-knownAs": "Zeph",
      "child-upn": "A123456789012",
      "child-address-line1": "14 Larkspur Row",
      "child-address-line2": "Eastfield",
      "child-address-town": "Exampleton",
      "child-address-postcode": "AB1 2CD",
      "child-firstLanguage": "English and Polish",
      "child-gp-name": "Dr Ada Okonkwo",
      "child-gp-practice": "Larkspur Surgery",
      "child-currentSetting-name": "Riverside Primary School",
      "child-currentSetting-urn": "100001",
      "child-currentSetting-yearGroup": "Year 4",
      "child-previousSettings-0-name": "Little Acorns Nursery",
      "child-email": "zeph.q@example.com",
      "child-phone": "07700 900456",
    });
    await fillDate(parent, "child-dateOfBirth", "2017-09-14");
    await fillDate(parent, "child-arrivedInUkOn", "2019-01-10");
    await fillDate(parent, "child-currentSetting-startedOn", "2021-09-06");
    await fillDate(parent, "child-previousSettings-0-from", "2019-09-02");
    await fillDate(parent, "child-previousSettings-0-to", "2021-07-20");
    await parent.locator("#child-gender").check();
    await parent.locator("#child-lookedAfter").check();
    await fillFields(parent, {
      "child-socialWorker-name": "Tomasz Nowak",
      "child-socialWorker-email": "tomasz.nowak@council.example.gov.uk",
      "child-socialWorker-phone": "01632 960 001",
    });
    await expectAccessible(parent, "about the child");
    await screenshot(parent, "03-child-filled");
    await saveAndContinue(parent, "About the child");

    // Parents or carers: two, with every field.
    await openSection(parent, "Parents or carers");
    await parent.getByRole("button", { name: "Add another parent or carer" }).click();
    for (const [index, person] of [
      [
        "0",
        {
          first: "Marigold",
          relationship: "Mother",
          email: "marigold.q@example.com",
          phone: "07700 900123",
        },
      ],
      [
        "1",
        {
          first: "Piotr",
          relationship: "Father",
          email: "piotr.q@example.com",
          phone: "07700 900124",
        },
      ],
    ] as const) {
      await fillFields(parent, {
        [`parents-${index}-firstName`]: person.first,
        [`parents-${index}-lastName`]: "Quillfeather",
        [`parents-${index}-relationship`]: person.relationship,
        [`parents-${index}-email`]: person.email,
        [`parents-${index}-phone`]: person.phone,
        [`parents-${index}-firstLanguage`]: index === "0" ? "English" : "Polish",
        [`parents-${index}-address-line1`]: "14 Larkspur Row",
        [`parents-${index}-address-line2`]: "Eastfield",
        [`parents-${index}-address-town`]: "Exampleton",
        [`parents-${index}-address-postcode`]: "AB1 2CD",
      });
      await parent.locator(`#parents-${index}-parentalResponsibility`).check();
      // The second radio of a yes/no question is "No" for the first parent, "Yes" for the second.
      await parent
        .locator(
          index === "0"
            ? `#parents-0-interpreterNeeded-2`
            : `#parents-1-interpreterNeeded`,
        )
        .check();
    }
    await expectAccessible(parent, "parents or carers");
    await saveAndContinue(parent, "Parents or carers");

    // The child's needs, in all four areas.
    await openSection(parent, "The child's needs");
    await fillFields(parent, {
      "needs-communicationAndInteraction":
        "Finds it hard to follow spoken instructions in a busy classroom.",
      "needs-cognitionAndLearning": "Reading age about three years below her age.",
      "needs-socialEmotionalMentalHealth": "Becomes anxious at changes of routine.",
      "needs-sensoryPhysical": "Covers her ears in the dining hall because of the noise.",
    });
    await expectAccessible(parent, "needs");
    await saveAndContinue(parent, "The child's needs");

    await openSection(parent, "Support so far");
    await fillFields(parent, {
      "support-description":
        "Daily small-group phonics and a visual timetable since Year 2.",
      "support-effect":
        "Some progress in phonics, but the gap with her classmates is growing.",
    });
    await expectAccessible(parent, "support so far");
    await saveAndContinue(parent, "Support so far");

    await openSection(parent, "Professionals involved");
    await parent.getByRole("button", { name: "Add a professional" }).click();
    await fillFields(parent, {
      "professionals-0-name": "Priya Ramanathan",
      "professionals-0-role": "Speech and language therapist",
      "professionals-0-organisation": "Exampleton NHS Trust",
      "professionals-0-email": "priya.ramanathan@example.nhs.uk",
      "professionals-0-phone": "01632 960 002",
    });
    await expectAccessible(parent, "professionals");
    await saveAndContinue(parent, "Professionals involved");

    await openSection(parent, "Views of the child and family");
    await fillFields(parent, {
      "views-child": "I like drawing and animals. I want to read books on my own.",
      "views-family": "We want Zeph to get help with reading before secondary school.",
    });
    await expectAccessible(parent, "views");
    await saveAndContinue(parent, "Views of the child and family");

    await openSection(parent, "How we contact you");
    await parent.getByLabel("Email and text message").check();
    await parent.locator("#contactPreferences-language").fill("Polish");
    await expectAccessible(parent, "contact");
    await saveAndContinue(parent, "How we contact you");

    // Evidence: a recent report, and one more than 12 months old that is flagged.
    await openSection(parent, "Reports and evidence");
    const pdf = minimalPdf();
    const recent = addMonths(today, -2);
    const old = addMonths(today, -15);
    for (const [fileName, writtenOn, type] of [
      ["speech-therapy-report.pdf", recent, "Speech and language therapy report"],
      ["school-report-last-year.pdf", old, "School report"],
    ] as const) {
      await parent.locator("#upload-file").setInputFiles({
        name: fileName,
        mimeType: "application/pdf",
        buffer: pdf,
      });
      await parent
        .getByLabel("What kind of document is it?")
        .selectOption({ label: type });
      await fillDate(parent, "upload-writtenOn", writtenOn);
      await parent.getByRole("button", { name: "Upload document" }).click();
      await parent.locator("#evidence dt", { hasText: fileName }).waitFor();
    }
    await expect
      .poll(() => parent.locator("#evidence .govuk-tag").allInnerTexts())
      .toEqual(["More than 12 months old"]);
    await expectAccessible(parent, "evidence");
    await screenshot(parent, "04-evidence");
    await parent.getByRole("link", { name: "Continue" }).click();
    await expect
      .poll(() => parent.locator(".govuk-task-list__status").allInnerTexts())
      // Nine sections: a parent's request has no consent section, which is for schools.
      .toEqual(Array(9).fill("Completed"));

    // Check answers, declare, send.
    await parent.getByRole("link", { name: "Check your answers" }).click();
    await parent
      .getByRole("heading", { name: "Check your answers before sending your request" })
      .waitFor();
    const main = parent.locator("main");
    await expect.poll(() => main.innerText()).toContain("Thursday 14 September 2017");
    await expect.poll(() => main.innerText()).toContain("Tomasz Nowak");
    await expect.poll(() => main.innerText()).toContain("Email and text message");
    expect(
      await parent
        .getByRole("link", { name: /Change\s+first name/ })
        .first()
        .isVisible(),
    ).toBe(true);
    await expectAccessible(parent, "check answers");
    await screenshot(parent, "05-check-answers");

    await parent.getByRole("button", { name: "Accept and send" }).click();
    await expect
      .poll(() => parent.locator(".govuk-error-summary").innerText())
      .toContain("Confirm that the information you have given is correct");
    await parent
      .getByLabel("I confirm that the information I have given is correct")
      .check();
    await parent.getByRole("button", { name: "Accept and send" }).click();

    await parent.getByRole("heading", { name: "Request sent" }).waitFor();
    reference = (await parent.locator("#reference").innerText()).trim();
    expect(reference).toMatch(/^EHC-[0-9A-HJKMNP-TV-Z]{6}$/);
    await expect
      .poll(() => parent.locator("#decision-due").innerText())
      .toBe(formatLongDate(addWeeks(today, 6)));
    await expect
      .poll(() => parent.locator("#final-plan-due").innerText())
      .toBe(formatLongDate(addWeeks(today, 20)));
    await expect
      .poll(() => parent.locator("main").innerText())
      .toContain("1 report you sent was written more than 12 months ago.");
    await expectAccessible(parent, "confirmation");
    await screenshot(parent, "06-confirmation");

    const follow = await parent
      .getByRole("link", { name: "Follow your case" })
      .getAttribute("href");
    caseId = follow?.split("/").pop() ?? "";
    expect(caseId).not.toBe("");
  });

  it("coordinator records the decision", async () => {
    expect(caseId, "the request was not sent in the first test").not.toBe("");
    // The allocation rule picks the coordinator; the tracker names them.
    await parent.goto(`${webUrl}/cases/${caseId}`);
    await parent.getByRole("heading", { name: "Case details" }).waitFor();
    await expectAccessible(parent, "tracker before decision");
    const coordinatorName = await parent
      .locator(".govuk-summary-list__row", { hasText: "Your coordinator" })
      .locator(".govuk-summary-list__value")
      .innerText();
    const users = (await (await fetch(`${webUrl}/local/demo-users`)).json()) as {
      users: { username: string; name: string }[];
    };
    const coordinator = users.users.find((user) => user.name === coordinatorName.trim());
    expect(coordinator, `coordinator named ${coordinatorName}`).toBeDefined();

    const page = await signIn(coordinatorContext, coordinator!.username);
    await page.getByRole("heading", { name: "Your caseload" }).waitFor();
    const row = page.locator("#caseload tr", { hasText: reference });
    await expect.poll(() => row.innerText()).toContain("Zeph Quillfeather");
    await expect.poll(() => row.innerText()).toContain("42 days left");
    await expectAccessible(page, "caseload");
    await screenshot(page, "07-caseload");

    await row.getByRole("link", { name: reference }).click();
    await page
      .getByRole("heading", { name: "Record the decision whether to assess" })
      .waitFor();
    await page.locator("#audit tbody tr").first().waitFor();
    await expect
      .poll(() => page.locator("main").innerText())
      .toContain("speech-therapy-report.pdf");
    // The request's answers show before the decision form, and reading them is audited.
    await expect
      .poll(() => page.locator("#request").innerText())
      .toContain("Larkspur Surgery");
    await expect.poll(() => page.locator("#audit").innerText()).toContain("Case viewed");
    await expectAccessible(page, "staff case page");

    await page.getByLabel("No, do not assess").check();
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect
      .poll(() => page.locator("#decision-form .govuk-error-summary").innerText())
      .toContain("Enter the reasons for not carrying out an assessment");
    await page
      .getByLabel("Reasons for the decision")
      .fill(
        "The school's support plan is meeting her needs, and progress is being made.",
      );
    await page.getByRole("button", { name: "Record decision" }).click();
    // A refusal is checked on a second screen, with the reasons, before it is recorded.
    await page
      .getByRole("heading", { name: "Check before you record this decision" })
      .waitFor();
    await expect
      .poll(() => page.locator("#decision-check").innerText())
      .toContain("The school's support plan is meeting her needs");
    await expectAccessible(page, "check refusal");
    await page.getByRole("button", { name: "Confirm and record the decision" }).click();
    await page
      .getByText("You recorded the decision not to carry out an assessment")
      .waitFor();
    await expect.poll(() => page.locator("main").innerText()).toContain("Do not assess");
    await expectAccessible(page, "staff case after decision");
    await screenshot(page, "08-staff-case");
    decided = true;
  });

  it("parent sees decision and rights", async () => {
    expect(decided, "the decision was not recorded in the second test").toBe(true);
    await parent.goto(`${webUrl}/cases/${caseId}`);
    await parent.locator("#decision").waitFor();
    await expect
      .poll(() => parent.locator("#decision").innerText())
      .toBe(`We decided on ${formatLongDate(today)} not to carry out an assessment.`);
    const main = parent.locator("main");
    await expect
      .poll(() => main.innerText())
      .toContain("If you disagree with the decision");
    await expect
      .poll(() => main.innerText())
      .toContain("within 2 months of the decision");
    await expect
      .poll(() => main.innerText())
      .toContain(
        "This step is not needed because we decided not to carry out an assessment.",
      );
    expect(
      await parent.getByRole("button", { name: "Open the decision letter" }).isVisible(),
    ).toBe(true);
    await expectAccessible(parent, "tracker after refusal");
    await screenshot(parent, "09-tracker-refused");

    // The letter is served as an attachment, so the browser downloads it.
    const [download] = await Promise.all([
      parent.waitForEvent("download"),
      parent.getByRole("button", { name: "Open the decision letter" }).click(),
    ]);
    expect(download.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const letter = readFileSync(await download.path(), "utf8");
    expect(letter).toMatch(/tribunal/i);
    expect(letter).toMatch(/mediation/i);
    expect(checkedPages.length).toBeGreaterThanOrEqual(20);
  });
});
