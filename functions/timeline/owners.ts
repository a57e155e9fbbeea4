/** Names the person or body that owes an obligation, for staff screens. */
import type { OwnerKind } from "../../shared/obligations";
import {
  batchGet,
  type CaseItem,
  type ProfileItem,
  type SchoolItem,
} from "../store/case-store";
import { keys } from "../store/table";

export interface OwnerRef {
  ownerKind: OwnerKind;
  ownerId?: string;
}

export interface OwnerNames {
  nameOf(
    owner: OwnerRef,
    caseItem: Pick<CaseItem, "coordinatorName">,
  ): string | undefined;
}

/** Reads the advisers' profiles and the schools named by the owners in one batch. */
export async function loadOwnerNames(owners: OwnerRef[]): Promise<OwnerNames> {
  const adviserIds = new Set<string>();
  const schoolUrns = new Set<string>();
  for (const owner of owners) {
    if (owner.ownerKind === "adviser" && owner.ownerId) adviserIds.add(owner.ownerId);
    if (owner.ownerKind === "school" && owner.ownerId) schoolUrns.add(owner.ownerId);
  }

  const [profiles, schools] = await Promise.all([
    batchGet<ProfileItem>([...adviserIds].map((id) => keys.profile(id))),
    batchGet<SchoolItem>([...schoolUrns].map((urn) => keys.school(urn))),
  ]);
  const adviserNames = new Map(profiles.map((profile) => [profile.userId, profile.name]));
  const schoolNames = new Map(schools.map((school) => [school.urn, school.name]));

  return {
    nameOf(owner, caseItem) {
      switch (owner.ownerKind) {
        case "coordinator":
          return caseItem.coordinatorName;
        case "adviser":
          return owner.ownerId ? adviserNames.get(owner.ownerId) : undefined;
        case "school":
          return owner.ownerId ? schoolNames.get(owner.ownerId) : undefined;
        case "family":
          return "The family";
      }
    },
  };
}
