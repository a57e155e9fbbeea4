/**
 * Chooses the coordinator for a new case, by rule rather than by hand.
 */
import {
  countOpenCases,
  getSchool,
  listCoordinatorProfiles,
  type ProfileItem,
  type SchoolItem,
} from "../store/case-store";

export interface Allocation {
  coordinatorId: string;
  coordinatorName: string;
  /** The school's link educational psychologist, recorded for when assessment starts. */
  proposedPsychologistId?: string;
  /** The rule step that chose the coordinator, recorded in the audit trail. */
  basis: "school-patch" | "home-patch" | "all-coordinators";
}

/** Returns the outward code of a UK postcode: "AB1 2CD" gives "AB1". */
export function outwardCode(postcode: string): string {
  const compact = postcode.toUpperCase().replace(/\s+/g, "");
  // The inward code is always a digit and two letters.
  return compact.length > 3 ? compact.slice(0, -3) : compact;
}

/**
 * Checks whether a patch covers an outward code. A patch is a postcode district ("AB1") or a whole postcode area ("AB").
 * A district matches only itself, so "AB1" does not take "AB10".
 */
export function patchCovers(patch: string, outward: string): boolean {
  const normalised = patch.toUpperCase().replace(/\s+/g, "");
  if (/^[A-Z]{1,2}$/.test(normalised)) {
    return /^[A-Z]{1,2}/.exec(outward)?.[0] === normalised;
  }
  return normalised === outward;
}

/**
 * The allocation rule:
 * 1. Candidates are the coordinators (listed under GSI3PK `COORDINATORS`)
 *    whose patch covers the outward code of the child's school's postcode.
 * 2. If the child has no known school, or no coordinator covers it, use
 *    the outward code of the child's home postcode instead.
 * 3. If no coordinator covers that either, every coordinator is a candidate.
 * 4. Among the candidates, choose the one with the fewest open cases, counted
 *    with a COUNT query on their GSI2 caseload. Ties go to the lowest userId,
 *    so the same state always gives the same coordinator.
 * The school's link educational psychologist is recorded as proposed, and
 * becomes an adviser only when the council asks for psychological advice
 * (reg 6(1)).
 */
export async function allocate(
  school: SchoolItem | undefined,
  homePostcode: string,
): Promise<Allocation> {
  const coordinators = await listCoordinatorProfiles();
  if (coordinators.length === 0) {
    throw new Error("No coordinators are set up to allocate cases to");
  }

  const covering = (postcode: string | undefined) =>
    postcode
      ? coordinators.filter(
          (coordinator) =>
            !!coordinator.patch && patchCovers(coordinator.patch, outwardCode(postcode)),
        )
      : [];

  const bySchool = covering(school?.postcode);
  const byHome = bySchool.length > 0 ? [] : covering(homePostcode);
  let candidates = coordinators;
  let basis: Allocation["basis"] = "all-coordinators";
  if (bySchool.length > 0) {
    candidates = bySchool;
    basis = "school-patch";
  } else if (byHome.length > 0) {
    candidates = byHome;
    basis = "home-patch";
  }

  const chosen = await leastLoaded(candidates);
  return {
    coordinatorId: chosen.userId,
    coordinatorName: chosen.name,
    proposedPsychologistId: school?.linkPsychologistId,
    basis,
  };
}

async function leastLoaded(candidates: ProfileItem[]): Promise<ProfileItem> {
  const counted = await Promise.all(
    candidates.map(async (coordinator) => ({
      coordinator,
      openCases: await countOpenCases(coordinator.userId),
    })),
  );
  counted.sort(
    (a, b) =>
      a.openCases - b.openCases ||
      a.coordinator.userId.localeCompare(b.coordinator.userId),
  );
  return (counted[0] as (typeof counted)[number]).coordinator;
}

/** Looks up the school a case names, if the council has it on record. */
export async function knownSchool(
  urn: string | undefined,
): Promise<SchoolItem | undefined> {
  return urn ? getSchool(urn) : undefined;
}
