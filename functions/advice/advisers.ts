/**
 * The people a coordinator may ask for advice on a case: every specialist,
 * staff at the child's school, and the family's own accounts.
 */
import type { AdviceKind, AdviserOption } from "../../shared/schemas/advice";
import { adviceKinds } from "../../shared/schemas/advice";
import { config } from "../commons/config";
import { batchGet, queryAll, type CaseItem, type ProfileItem } from "../store/case-store";
import { keys } from "../store/table";
import { defaultAdviser } from "./request";

/** Returns specialists and school staff, listed on GSI3 under "ADVISERS". */
function listAdviserProfiles(): Promise<ProfileItem[]> {
  return queryAll<ProfileItem>({
    TableName: config.tableName,
    IndexName: "GSI3",
    KeyConditionExpression: "GSI3PK = :advisers",
    ExpressionAttributeValues: { ":advisers": "ADVISERS" },
  });
}

export async function adviserOptions(caseItem: CaseItem): Promise<AdviserOption[]> {
  const familyIds = [
    ...new Set([
      ...(caseItem.requesterType === "school" ? [] : [caseItem.requesterUserId]),
      ...caseItem.connections.familyUserIds,
    ]),
  ];
  const [listed, family] = await Promise.all([
    listAdviserProfiles(),
    batchGet<ProfileItem>(familyIds.map((id) => keys.profile(id))),
  ]);
  const candidates = [
    ...family,
    ...listed.filter(
      (profile) =>
        profile.role === "specialist" ||
        (profile.role === "school" && profile.schoolUrn === caseItem.schoolUrn),
    ),
  ];

  const proposed = new Map<string, AdviceKind[]>();
  for (const kind of adviceKinds) {
    const adviserId = defaultAdviser(caseItem, kind);
    if (adviserId) proposed.set(adviserId, [...(proposed.get(adviserId) ?? []), kind]);
  }

  return candidates
    .filter((profile) =>
      ["parent", "young-person", "school", "specialist"].includes(profile.role),
    )
    .map((profile) => ({
      userId: profile.userId,
      name: profile.name,
      role: profile.role as AdviserOption["role"],
      proposedFor: proposed.get(profile.userId) ?? [],
    }))
    .sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name));
}
