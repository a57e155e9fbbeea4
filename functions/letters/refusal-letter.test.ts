import { describe, expect, it } from "vitest";
import { refusalLetterHtml } from "./refusal-letter";

const facts = {
  reference: "EHC-7K3QF9",
  childName: "Ava Example",
  receivedDate: "2026-03-02",
  decidedOn: "2026-04-10",
  reasons: "The school's support is meeting needs.\n\n<script>alert(1)</script>",
  serviceUrl: "http://127.0.0.1:5173/cases/1",
};

describe("refusalLetterHtml", () => {
  it("gives appeal rights and limits", () => {
    const html = refusalLetterHtml(facts);

    expect(html).toContain(
      "First-tier Tribunal (Special Educational Needs and Disability)",
    );
    expect(html).toContain(
      "2 months from the date of this decision, which is Wednesday 10 June 2026",
    );
    expect(html).toContain("1 month from the date on your mediation certificate");
    expect(html).toContain("contact a mediation adviser within 2 months");
    expect(html).toContain("disagreement resolution");
    expect(html).toContain("SENDIASS");
  });

  it("escapes the reasons text", () => {
    const html = refusalLetterHtml(facts);

    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("<p>The school&#39;s support is meeting needs.</p>");
  });
});
