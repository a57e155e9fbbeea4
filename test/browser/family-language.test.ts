/**
 * Family screens in another language, in Chromium at phone width. A parent
 * who chose Polish gets the home, confirmation and case pages in Polish, with
 * English for anything not translated. Arabic turns the case page right to
 * left, and a staff sign-in in the same browser goes back to English. Every
 * page is checked with axe against WCAG 2.2 AA.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
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

async function chooseLanguage(page: Page, code: string): Promise<void> {
  await page.evaluate((language) => localStorage.setItem("ehc-language", language), code);
}

describe("family screens in another language", () => {
  let browser: Browser;
  let context: BrowserContext;
  let created = { caseId: "", reference: "", childName: "", draftId: "" };

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

  it("shows the home page in Polish", async () => {
    const page = await signIn(context, "parent");
    await chooseLanguage(page, "pl");
    await page.goto(`${webUrl}/`);

    await page.getByRole("heading", { name: /^Witaj,/, level: 1 }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("pl");
    await page.getByRole("heading", { name: "Twoje sprawy" }).waitFor();
    expect(
      await page.getByRole("button", { name: /Rozpocznij nowy wniosek/ }).count(),
    ).toBe(1);
    await expectAccessible(page, "home page in Polish");
    await page.close();
  });

  it("shows the case page in Polish", async () => {
    const page = await signIn(context, "parent");
    await chooseLanguage(page, "pl");
    await page.goto(`${webUrl}/cases/${created.caseId}`);

    await page.getByText(`Sprawa ${created.reference}`).first().waitFor();
    await page.getByRole("heading", { name: "Co się wydarzy i kiedy" }).waitFor();
    await page.getByText("Decydujemy, czy przeprowadzić ocenę").first().waitFor();
    await page.getByText("Otrzymaliśmy wniosek").first().waitFor();
    await expectAccessible(page, "case page in Polish");
    await expectNoSidewaysScroll(page, "case page in Polish");
    await screenshot(page, "family-case-polish");

    await page.getByRole("link", { name: "Wiadomości w tej sprawie" }).click();
    await page.getByRole("heading", { name: "Wiadomości", level: 1 }).waitFor();
    await page.close();
  });

  it("confirms the request in Polish", async () => {
    const page = await signIn(context, "parent");
    await chooseLanguage(page, "pl");
    await page.goto(`${webUrl}/requests/${created.draftId}/sent`);

    await page.getByRole("heading", { name: "Wniosek wysłany", level: 1 }).waitFor();
    expect(await page.locator("#reference").innerText()).toBe(created.reference);
    // The statutory date keeps its id, so it can be found in any language.
    expect(await page.locator("#decision-due").innerText()).toMatch(/\d{4}$/);
    expect(await page.getByText("Śledź swoją sprawę").count()).toBe(1);
    await expectAccessible(page, "confirmation in Polish");
    await page.close();
  });

  it("reads the case page right to left", async () => {
    const page = await signIn(context, "parent");
    await chooseLanguage(page, "ar");
    await page.goto(`${webUrl}/cases/${created.caseId}`);

    await page.getByRole("heading", { name: "ماذا يحدث ومتى" }).waitFor();
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await expectAccessible(page, "case page in Arabic");
    await expectNoSidewaysScroll(page, "case page in Arabic");
    await screenshot(page, "family-case-arabic");
    await page.close();
  });

  it("keeps staff screens in English", async () => {
    const page = await signIn(context, "coordinator");
    await chooseLanguage(page, "pl");
    await page.goto(`${webUrl}/cases/${created.caseId}`);

    await page.locator("h1").waitFor();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
    await page.close();
  });
});
