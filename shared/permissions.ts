/**
 * Who may see a case. Staff who run the whole service see every case; everyone
 * else sees a case only through a recorded connection to it.
 */
import { serviceWideRoles, type Role } from "./roles";

export interface Principal {
  userId: string;
  role: Role;
  /** The school a school user works for, by URN. */
  schoolUrn?: string;
}

/** The connections recorded on a case. */
export interface CaseConnections {
  familyUserIds: string[];
  schoolUrn?: string;
  adviserIds: string[];
  supporterIds: string[];
}

export function canAccessCase(
  principal: Principal,
  connections: CaseConnections,
): boolean {
  if ((serviceWideRoles as readonly Role[]).includes(principal.role)) return true;

  switch (principal.role) {
    case "parent":
    case "young-person":
      return connections.familyUserIds.includes(principal.userId);
    case "school":
      return !!principal.schoolUrn && principal.schoolUrn === connections.schoolUrn;
    case "specialist":
      return connections.adviserIds.includes(principal.userId);
    case "supporter":
      return connections.supporterIds.includes(principal.userId);
    // Panel members see cases through a panel agenda and finance through a
    // funding request; neither has a route to a case yet.
    case "panel-member":
    case "finance":
      return false;
    default:
      return false;
  }
}
