import { describe, expect, it } from "vitest";
import { isOutOfDate } from "./views";

describe("isOutOfDate", () => {
  const cases: { writtenOn: string; givenOn: string; outOfDate: boolean }[] = [
    { writtenOn: "2025-03-10", givenOn: "2026-03-10", outOfDate: false },
    { writtenOn: "2025-03-09", givenOn: "2026-03-10", outOfDate: true },
    { writtenOn: "2026-03-10", givenOn: "2026-03-10", outOfDate: false },
    // 12 months before 28 February 2025 is 28 February 2024, not the leap day.
    { writtenOn: "2024-02-28", givenOn: "2025-02-28", outOfDate: false },
    { writtenOn: "2024-02-27", givenOn: "2025-02-28", outOfDate: true },
    // 12 months before 29 February 2024 is 28 February 2023.
    { writtenOn: "2023-02-28", givenOn: "2024-02-29", outOfDate: false },
  ];

  for (const { writtenOn, givenOn, outOfDate } of cases) {
    it(`flags ${writtenOn} given ${givenOn}`, () => {
      expect(isOutOfDate(writtenOn, givenOn)).toBe(outOfDate);
    });
  }
});
