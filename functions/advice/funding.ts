/**
 * The resource allocation model as stored data, the case's advice summary
 * with its suggested funding band, and the band a person chose.
 */
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { ConflictError, InvalidError } from "../../shared/errors";
import {
  combineScores,
  decideBand,
  defaultFundingModel,
  suggestBand,
  type AreaScores,
  type CaseAdviceView,
  type FundingBandBody,
  type FundingBandRecord,
  type FundingModel,
  type FundingModelView,
} from "../../shared/scoring";
import type { AuthenticatedPrincipal } from "../commons/auth";
import { dynamo } from "../commons/clients";
import { config } from "../commons/config";
import { logger } from "../commons/logger";
import { auditPut, writeAudit, type Actor } from "../store/audit";
import {
  batchGet,
  getCaseItem,
  type CaseItem,
  type ProfileItem,
} from "../store/case-store";
import { keys } from "../store/table";
import { transact } from "../store/transact";
import { caseNotFound, loadCaseFor } from "../cases/access";
import { listAdviceForCase, type AdviceItem } from "./advice-store";
import { adviserOptions } from "./advisers";
import { adviceDueDates, toAdviceView } from "./views";

export async function loadFundingModel(): Promise<FundingModelView> {
  const result = await dynamo().send(
    new GetCommand({
      TableName: config.tableName,
      Key: keys.fundingModel(),
      ConsistentRead: true,
    }),
  );
  if (!result.Item) return { model: defaultFundingModel, version: 0 };
  return {
    model: result.Item.model as FundingModel,
    version: result.Item.version as number,
    updatedBy: result.Item.updatedBy as string,
    updatedAt: result.Item.updatedAt as string,
  };
}

/** Replaces the model and keeps the old one as a numbered version, so past bands stay explainable. */
export async function saveFundingModel(
  model: FundingModel,
  expectedVersion: number,
  userId: string,
  now: Date,
): Promise<FundingModelView> {
  const version = expectedVersion + 1;
  const record = { model, version, updatedBy: userId, updatedAt: now.toISOString() };

  const outcome = await transact([
    {
      Put: {
        TableName: config.tableName,
        Item: { ...keys.fundingModel(), type: "funding-model", ...record },
        ConditionExpression:
          expectedVersion === 0 ? "attribute_not_exists(PK)" : "version = :expected",
        ExpressionAttributeValues:
          expectedVersion === 0 ? undefined : { ":expected": expectedVersion },
      },
    },
    {
      Put: {
        TableName: config.tableName,
        Item: { ...keys.fundingModelVersion(version), type: "funding-model", ...record },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    },
  ]);
  if (!outcome.committed) throw new ConflictError();

  logger.info("Funding model changed", { version, bands: model.bands.length });
  return record;
}

function suggestionOf(advice: AdviceItem[], model: FundingModelView) {
  // The family's views may carry no scores, and then suggest nothing on their own.
  const submitted = advice.filter(
    (item) =>
      item.status === "submitted" && item.scores && Object.keys(item.scores).length > 0,
  );
  const scores = combineScores(submitted.map((item) => item.scores as AreaScores));
  const suggestion =
    submitted.length > 0
      ? { ...suggestBand(model.model, scores), modelVersion: model.version }
      : undefined;
  return { scores, suggestion };
}

export async function getCaseAdvice(
  principal: AuthenticatedPrincipal,
  caseId: string,
  actor: Actor,
  now: Date,
): Promise<CaseAdviceView> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  await writeAudit({ caseId, actor, action: "case-viewed", at: now, detail: "Advice" });
  return caseAdviceView(caseItem, now);
}

async function caseAdviceView(caseItem: CaseItem, now: Date): Promise<CaseAdviceView> {
  const [advice, model] = await Promise.all([
    listAdviceForCase(caseItem.caseId),
    loadFundingModel(),
  ]);
  const profiles = await batchGet<ProfileItem>(
    [...new Set(advice.map((item) => item.adviserId))].map((id) => keys.profile(id)),
  );
  const names = new Map(profiles.map((profile) => [profile.userId, profile.name]));
  const { scores, suggestion } = suggestionOf(advice, model);
  const submitted = advice.filter((item) => item.status === "submitted").length;
  const advisers = await adviserOptions(caseItem);
  const dueDates = adviceDueDates(caseItem);

  return {
    caseId: caseItem.caseId,
    reference: caseItem.reference,
    version: caseItem.version,
    advice: advice
      .map((item) =>
        toAdviceView(item, now, names.get(item.adviserId), dueDates.get(item.adviceId)),
      )
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.kind.localeCompare(b.kind)),
    requested: advice.length,
    submitted,
    complete: advice.length > 0 && submitted === advice.length,
    scores,
    suggestion,
    fundingBand: (caseItem as CaseItem & { fundingBand?: FundingBandRecord }).fundingBand,
    bands: model.model.bands,
    advisers,
  };
}

/**
 * Records the funding band for a case. The suggested band needs no reason;
 * any other band needs one, so an override is always explained.
 */
export async function setFundingBand(
  principal: AuthenticatedPrincipal,
  caseId: string,
  body: FundingBandBody,
  actor: Actor,
  now: Date,
): Promise<CaseAdviceView> {
  const caseItem = await loadCaseFor(principal, caseId, actor, now);
  const [advice, model] = await Promise.all([
    listAdviceForCase(caseId),
    loadFundingModel(),
  ]);
  const { suggestion } = suggestionOf(advice, model);
  if (!suggestion) {
    throw new ConflictError(
      "A funding band can be set once some advice has been submitted",
    );
  }

  const decision = decideBand(model.model, suggestion, body);
  if (!decision.ok) {
    throw new InvalidError([{ field: decision.field, message: decision.message }]);
  }

  const record: FundingBandRecord = {
    band: decision.band,
    annualAmount: decision.annualAmount,
    suggestedBand: suggestion.band,
    suggestedTotal: suggestion.total,
    overridden: decision.overridden,
    reason: body.reason?.trim() || undefined,
    modelVersion: model.version,
    decidedBy: principal.userId,
    decidedAt: now.toISOString(),
  };

  const outcome = await transact([
    {
      Update: {
        TableName: config.tableName,
        Key: keys.case(caseId),
        UpdateExpression: "SET fundingBand = :band, version = :next, updatedAt = :now",
        ConditionExpression: "version = :expected",
        ExpressionAttributeValues: {
          ":band": Object.fromEntries(
            Object.entries(record).filter(([, value]) => value !== undefined),
          ),
          ":next": body.expectedVersion + 1,
          ":expected": body.expectedVersion,
          ":now": now.toISOString(),
        },
      },
    },
    auditPut({
      caseId,
      actor,
      action: "funding-band-set",
      at: now,
      detail:
        `Band ${record.band} (suggested ${record.suggestedBand}, total ${record.suggestedTotal}, ` +
        `model version ${record.modelVersion})${record.overridden ? ", overridden with a reason" : ""}`,
    }),
  ]);
  if (!outcome.committed) {
    if (!(await getCaseItem(caseId))) throw caseNotFound();
    throw new ConflictError();
  }
  logger.info("Funding band set", {
    caseReference: caseItem.reference,
    overridden: record.overridden,
  });
  return caseAdviceView((await getCaseItem(caseId)) as CaseItem, now);
}
