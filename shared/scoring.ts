/**
 * The resource allocation model: each area of need is scored on the 0 to 4
 * severity scale, weighted, and totalled, and the total maps to a funding
 * band with an indicative annual amount. The council changes weights and
 * bands as data (the funding model routes), never in code.
 */
import * as z from "zod";
import {
  maxSeverity,
  needAreas,
  type AdviceView,
  type AdviserOption,
  type NeedArea,
} from "./schemas/advice";
import { text } from "./schemas/common";

export const fundingModelSchema = z
  .strictObject({
    /** Multiplies each area's score; 0 leaves an area out of the total. */
    weights: z.strictObject(
      Object.fromEntries(
        needAreas.map((area) => [
          area,
          z
            .number({ error: "Enter a weight for each area of need" })
            .min(0, { error: "Weights must be 0 or more" })
            .max(10, { error: "Weights must be 10 or less" }),
        ]),
      ) as Record<NeedArea, z.ZodNumber>,
    ),
    /** Ordered by `minScore`; the first starts at 0, so every total has a band. */
    bands: z
      .array(
        z.strictObject({
          band: text("the band's name", 20),
          minScore: z.number({ error: "Enter the lowest total of the band" }).min(0),
          annualAmount: z
            .number({ error: "Enter the band's annual amount in pounds" })
            .int({ error: "Enter the annual amount in whole pounds" })
            .min(0)
            .max(1_000_000),
        }),
      )
      .min(1, { error: "Add at least one band" })
      .max(20),
  })
  .superRefine((model, context) => {
    if (model.bands[0]?.minScore !== 0) {
      context.addIssue({
        code: "custom",
        path: ["bands", 0, "minScore"],
        message: "The first band must start at a total of 0",
      });
    }
    model.bands.forEach((band, index) => {
      const previous = model.bands[index - 1];
      if (previous && band.minScore <= previous.minScore) {
        context.addIssue({
          code: "custom",
          path: ["bands", index, "minScore"],
          message: "Each band must start at a higher total than the band before it",
        });
      }
      if (model.bands.findIndex((other) => other.band === band.band) !== index) {
        context.addIssue({
          code: "custom",
          path: ["bands", index, "band"],
          message: "Each band needs its own name",
        });
      }
    });
  });

export type FundingModel = z.output<typeof fundingModelSchema>;

/**
 * The default model. Every area weighs the same, so the total runs from 0 to
 * 16. The bands and amounts are illustrative, not any council's rates: a
 * council sets its own through the funding model routes.
 */
export const defaultFundingModel: FundingModel = {
  weights: {
    "communication-and-interaction": 1,
    "cognition-and-learning": 1,
    "social-emotional-and-mental-health": 1,
    "sensory-and-physical": 1,
  },
  bands: [
    { band: "A", minScore: 0, annualAmount: 0 },
    { band: "B", minScore: 4, annualAmount: 3000 },
    { band: "C", minScore: 7, annualAmount: 6000 },
    { band: "D", minScore: 10, annualAmount: 10000 },
    { band: "E", minScore: 13, annualAmount: 16000 },
  ],
};

export type AreaScores = Partial<Record<NeedArea, number>>;

/**
 * Combines the scores of several pieces of advice: each area takes the
 * highest score any adviser gave it, because each adviser sees the child
 * through their own specialism and a lower score elsewhere does not cancel it.
 */
export function combineScores(scoreSets: AreaScores[]): AreaScores {
  const combined: AreaScores = {};
  for (const scores of scoreSets) {
    for (const area of needAreas) {
      const score = scores[area];
      if (score === undefined) continue;
      combined[area] = Math.max(combined[area] ?? 0, score);
    }
  }
  return combined;
}

export interface BandSuggestion {
  total: number;
  band: string;
  annualAmount: number;
}

/** Weights and totals the scores, then returns the highest band the total reaches. */
export function suggestBand(model: FundingModel, scores: AreaScores): BandSuggestion {
  let total = 0;
  for (const area of needAreas) {
    const score = scores[area] ?? 0;
    if (!Number.isInteger(score) || score < 0 || score > maxSeverity) {
      throw new RangeError(`Score for ${area} must be 0 to ${maxSeverity}, not ${score}`);
    }
    total += score * model.weights[area];
  }
  // Rounding keeps fractional weights from giving totals like 6.999999.
  total = Math.round(total * 100) / 100;

  const reached = model.bands.filter((band) => band.minScore <= total);
  const band = reached[reached.length - 1] ?? model.bands[0];
  if (!band) throw new RangeError("The funding model has no bands");
  return { total, band: band.band, annualAmount: band.annualAmount };
}

export interface BandChoice {
  band: string;
  reason?: string;
}

export type BandDecision =
  | { ok: true; band: string; annualAmount: number; overridden: boolean }
  | { ok: false; field: "band" | "reason"; message: string };

/**
 * Checks a person's choice of band against the suggestion: the suggested
 * band needs no reason, and any other band of the model needs one.
 */
export function decideBand(
  model: FundingModel,
  suggestion: BandSuggestion,
  choice: BandChoice,
): BandDecision {
  const chosen = model.bands.find((band) => band.band === choice.band);
  if (!chosen) {
    return {
      ok: false,
      field: "band",
      message: `Select one of the bands ${model.bands.map((b) => b.band).join(", ")}`,
    };
  }

  const overridden = chosen.band !== suggestion.band;
  if (overridden && !choice.reason?.trim()) {
    return {
      ok: false,
      field: "reason",
      message: `Enter the reason for choosing band ${chosen.band} instead of the suggested band ${suggestion.band}`,
    };
  }
  return { ok: true, band: chosen.band, annualAmount: chosen.annualAmount, overridden };
}

export const fundingBandBodySchema = z.strictObject({
  band: text("the funding band", 20),
  /** Required when the band is not the suggested one. */
  reason: text("the reason for choosing this band", 1000).optional(),
  expectedVersion: z.number({ error: "Reload the case and try again" }).int().min(1),
});
export type FundingBandBody = z.output<typeof fundingBandBodySchema>;

export const fundingModelBodySchema = z.strictObject({
  model: fundingModelSchema,
  /** The version being replaced; 0 replaces the built-in default. */
  expectedVersion: z.number({ error: "Reload the model and try again" }).int().min(0),
});

/** The stored model with its version; version 0 is the built-in default. */
export interface FundingModelView {
  model: FundingModel;
  version: number;
  updatedBy?: string;
  updatedAt?: string;
}

/** The band a person chose for a case, with the suggestion it was chosen against. */
export interface FundingBandRecord {
  band: string;
  annualAmount: number;
  suggestedBand: string;
  suggestedTotal: number;
  overridden: boolean;
  reason?: string;
  modelVersion: number;
  decidedBy: string;
  decidedAt: string;
}

/** A case's advice requests with their status, and the funding band they suggest. */
export interface CaseAdviceView {
  caseId: string;
  reference: string;
  version: number;
  advice: AdviceView[];
  requested: number;
  submitted: number;
  /** True once every requested piece of advice has been submitted. */
  complete: boolean;
  /** Each area's highest score in the submitted advice. */
  scores: AreaScores;
  /** Absent until some advice with scores has been submitted. */
  suggestion?: BandSuggestion & { modelVersion: number };
  fundingBand?: FundingBandRecord;
  bands: FundingModel["bands"];
  /** People who may be asked for advice on this case. */
  advisers: AdviserOption[];
}
