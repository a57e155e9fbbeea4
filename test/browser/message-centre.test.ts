/**
 * The message centre in Chromium at phone width. A parent is stopped from
 * sending an empty message, sends one, switches the pages to Polish and to
 * Arabic (right to left) and chooses Polish for messages. A manager then
 * reads the thread, replies, and sees each email and SMS with its delivery
 * status. Every page is checked with axe against WCAG 2.2 AA.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clockToday,
  createCase,
  expectAccessible,
  expectNoSidewaysScroll,
  launchChromium,
  screenshot,
  signIn,
  webUrl,
} from "./helpers";

describe("message centre", () => {
  let browser: Browser;
  let context: BrowserContext;
  let created = { caseId: "", reference: "", childName: "" };

  beforeAll(async () => {
    created = await createCase("parent", await clockToday());
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("lets a parent send a message", async () => {
    const page = await signIn(context, "parent");
    await page.goto(`${webUrl}/cases/${created.caseId}/messages`);
    await page.getByRole("heading", { name: "Messages", level: 1 }).waitFor();
    await expect.poll(() => page.getByText(`Case ${created.reference}`).count()).toBe(1);
    await expectAccessible(page, "empty message centre");

    await page.getByRole("button", { name: "Send message" }).click();
    await page.locator(".govuk-error-summary").waitFor();
    expect(await page.locator(".govuk-error-summary").textContent()).toContain(
      "Enter your message",
    );
    await expectAccessible(page, "message centre with an error");

    await page.getByLabel("Your message").fill("When will we hear about the decision?");
    await page.getByRole("button", { name: "Send message" }).click();
    await page.getByText("Your message has been sent").first().waitFor();
    await page.locator(".app-thread__message--mine").waitFor();
    expect(await page.locator(".app-thread__message--mine").textContent()).toContain(
      "When will we hear about the decision?",
    );
    await expectAccessible(page, "message centre after sending");
    await expectNoSidewaysScroll(page, "message centre");
    await screenshot(page, "message-centre-parent");
    await page.close();
  });

  it("switches the pages to Polish", async () => {
    const page = await signIn(context, "parent");
    await page.goto(`${webUrl}/cases/${created.caseId}/messages`);
    await page.getByRole("heading", { name: "Messages", level: 1 }).waitFor();

    await page.getByRole("button", { name: /Polski/ }).click();
    await page.getByRole("heading", { name: "Wiadomości", level: 1 }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("pl");
    await page.getByRole("button", { name: "Wyślij wiadomość" }).waitFor();
    await page.getByRole("button", { name: "Wyślij wiadomość" }).click();
    await page.locator(".govuk-error-summary").waitFor();
    expect(await page.locator(".govuk-error-summary").textContent()).toContain(
      "Wystąpił problem",
    );
    expect(await page.locator(".govuk-error-summary").textContent()).toContain(
      "Wpisz swoją wiadomość",
    );
    // The unreviewed machine translation is flagged to the reader.
    expect(await page.locator(".app-language-switcher__notice").textContent()).toContain(
      "przetłumaczył komputer",
    );
    await expectAccessible(page, "message centre in Polish");

    // The choice lasts across a reload.
    await page.reload();
    await page.getByRole("heading", { name: "Wiadomości", level: 1 }).waitFor();
    await page.close();
  });

  it("reads Arabic right to left", async () => {
    const page = await signIn(context, "parent");
    await page.goto(`${webUrl}/cases/${created.caseId}/messages`);
    await page.locator("h1").waitFor();

    await page.getByRole("button", { name: /العربية/ }).click();
    await page.getByRole("heading", { name: "الرسائل", level: 1 }).waitFor();
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.locator("html").getAttribute("lang")).toBe("ar");
    await expectAccessible(page, "message centre in Arabic");
    await expectNoSidewaysScroll(page, "message centre in Arabic");
    await screenshot(page, "message-centre-arabic");

    await page.getByRole("button", { name: /English/ }).click();
    await page.getByRole("heading", { name: "Messages", level: 1 }).waitFor();
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
    await page.close();
  });

  it("saves Polish for messages", async () => {
    const page = await signIn(context, "parent");
    // Starts in English, whatever an earlier test chose.
    await page.evaluate(() => localStorage.setItem("ehc-language", "en"));
    await page.goto(`${webUrl}/cases/${created.caseId}/contact-preferences`);
    await page.getByRole("heading", { name: "How we contact you", level: 1 }).waitFor();
    await expectAccessible(page, "contact preferences");

    await page.getByLabel("Polski (Polish)").check();
    await page.getByLabel("Yes, include the school").check();
    await page.getByRole("button", { name: "Save" }).click();
    // Saving the language also turns the pages to it.
    await page
      .getByRole("heading", { name: "Jak się z Tobą kontaktujemy", level: 1 })
      .waitFor();
    await page.getByText("Twoje wybory zostały zapisane").first().waitFor();
    await expectAccessible(page, "contact preferences saved in Polish");
    await screenshot(page, "contact-preferences-polish");
    await page.close();
  });

  it("lets a manager reply", async () => {
    const page = await signIn(context, "manager");
    await page.goto(`${webUrl}/cases/${created.caseId}/messages`);
    await page.getByRole("heading", { name: "Messages", level: 1 }).waitFor();
    await page.getByText("When will we hear about the decision?").waitFor();
    expect(
      await page.getByText("The school can read and send messages here.").count(),
    ).toBe(1);

    await page
      .getByLabel("Your message")
      .fill("We will write to you by the date on your case.");
    await page.getByRole("button", { name: "Send message" }).click();
    await page.locator(".app-thread__message--mine").waitFor();

    // The reply alerted the family in Polish, by email and text message.
    await page.getByRole("heading", { name: "Emails and text messages" }).waitFor();
    await expect
      .poll(async () => page.locator("#delivery-status tbody tr").count())
      .toBeGreaterThan(0);
    const table = (await page.locator("#delivery-status").textContent()) ?? "";
    expect(table).toContain("message-received");
    expect(table).toContain("in Polish");
    expect(table).toContain("Sent");
    // Addresses are partly hidden.
    expect(table).toContain("•");
    await expectAccessible(page, "message centre for staff");
    await expectNoSidewaysScroll(page, "message centre for staff");
    await screenshot(page, "message-centre-staff");
    await page.close();
  });
});
