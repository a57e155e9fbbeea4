import { describe, expect, it } from "vitest";
import {
  combineScores,
  decideBand,
  defaultFundingModel,
  fundingModelSchema,
  suggestBand,
  type AreaScores,
  type FundingModel,
} from "./scoring";

const comm = "communication-and-interaction";
const cog = "cognition-and-learning";
const semh = "social-emotional-and-mental-health";
const sp = "sensory-and-physical";

const weighted: FundingModel = {
  weights: { [comm]: 2, [cog]: 1, [semh]: 1.5, [sp]: 0 },
  bands: [
    { band: "Low", minScore: 0, annualAmount: 0 },
    { band: "High", minScore: 8.5, annualAmount: 9000 },
  ],
};

describe("suggestBand", () => {
  const cases: {
    name: string;
    model: FundingModel;
    scores: AreaScores;
    total: number;
    band: string;
    amount: number;
  }[] = [
    {
      name: "no scores",
      model: defaultFundingModel,
      scores: {},
      total: 0,
      band: "A",
      amount: 0,
    },
    {
      name: "just below band B",
      model: defaultFundingModel,
      scores: { [comm]: 2, [cog]: 1 },
      total: 3,
      band: "A",
      amount: 0,
    },
    {
      name: "exactly band B",
      model: defaultFundingModel,
      scores: { [comm]: 2, [cog]: 2 },
      total: 4,
      band: "B",
      amount: 3000,
    },
    {
      name: "band C",
      model: defaultFundingModel,
      scores: { [comm]: 3, [cog]: 2, [semh]: 2 },
      total: 7,
      band: "C",
      amount: 6000,
    },
    {
      name: "band D",
      model: defaultFundingModel,
      scores: { [comm]: 3, [cog]: 3, [semh]: 3, [sp]: 3 },
      total: 12,
      band: "D",
      amount: 10000,
    },
    {
      name: "every area profound",
      model: defaultFundingModel,
      scores: { [comm]: 4, [cog]: 4, [semh]: 4, [sp]: 4 },
      total: 16,
      band: "E",
      amount: 16000,
    },
    {
      name: "weights change the band",
      model: weighted,
      scores: { [comm]: 3, [semh]: 2 },
      total: 9,
      band: "High",
      amount: 9000,
    },
    {
      name: "zero weight ignores an area",
      model: weighted,
      scores: { [comm]: 1, [cog]: 2, [semh]: 3, [sp]: 4 },
      total: 8.5,
      band: "High",
      amount: 9000,
    },
  ];

  for (const testCase of cases) {
    it(`maps ${testCase.name}`, () => {
      const suggestion = suggestBand(testCase.model, testCase.scores);
      expect(suggestion.total).toBe(testCase.total);
      expect(suggestion.band).toBe(testCase.band);
      expect(suggestion.annualAmount).toBe(testCase.amount);
    });
  }

  it("rejects scores off the scale", () => {
    expect(() => suggestBand(defaultFundingModel, { [comm]: 5 })).toThrow(RangeError);
    expect(() => suggestBand(defaultFundingModel, { [comm]: -1 })).toThrow(RangeError);
    expect(() => suggestBand(defaultFundingModel, { [comm]: 1.5 })).toThrow(RangeError);
  });
});

describe("combineScores", () => {
  it("keeps each area's highest score", () => {
    const combined = combineScores([
      { [comm]: 3, [cog]: 1 },
      { [comm]: 2, [semh]: 4 },
    ]);
    expect(combined).toEqual({ [comm]: 3, [cog]: 1, [semh]: 4 });
  });
});

describe("decideBand", () => {
  const suggestion = suggestBand(defaultFundingModel, { [comm]: 2, [cog]: 2 });

  const cases: {
    name: string;
    band: string;
    reason?: string;
    ok: boolean;
    overridden?: boolean;
    field?: string;
  }[] = [
    { name: "suggested band, no reason", band: "B", ok: true, overridden: false },
    {
      name: "suggested band with reason",
      band: "B",
      reason: "Agreed at panel",
      ok: true,
      overridden: false,
    },
    {
      name: "override with a reason",
      band: "C",
      reason: "Needs support at lunchtime as well",
      ok: true,
      overridden: true,
    },
    { name: "override without a reason", band: "C", ok: false, field: "reason" },
    {
      name: "override with blank reason",
      band: "A",
      reason: "   ",
      ok: false,
      field: "reason",
    },
    { name: "band not in model", band: "Z", reason: "Any", ok: false, field: "band" },
  ];

  for (const testCase of cases) {
    it(`handles ${testCase.name}`, () => {
      const decision = decideBand(defaultFundingModel, suggestion, {
        band: testCase.band,
        reason: testCase.reason,
      });
      expect(decision.ok).toBe(testCase.ok);
      if (decision.ok) {
        expect(decision.band).toBe(testCase.band);
        expect(decision.overridden).toBe(testCase.overridden);
      } else {
        expect(decision.field).toBe(testCase.field);
      }
    });
  }
});

describe("fundingModelSchema", () => {
  it("accepts the default model", () => {
    expect(fundingModelSchema.safeParse(defaultFundingModel).success).toBe(true);
  });

  it("rejects bands out of order", () => {
    const model = {
      ...defaultFundingModel,
      bands: [
        { band: "A", minScore: 0, annualAmount: 0 },
        { band: "B", minScore: 5, annualAmount: 1 },
        { band: "C", minScore: 5, annualAmount: 2 },
      ],
    };
    const result = fundingModelSchema.safeParse(model);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["bands", 2, "minScore"]);
  });

  it("rejects a first band above zero", () => {
    const model = {
      ...defaultFundingModel,
      bands: [{ band: "A", minScore: 1, annualAmount: 0 }],
    };
    expect(fundingModelSchema.safeParse(model).success).toBe(false);
  });
});
