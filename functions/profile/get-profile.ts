import type { ProfileView } from "../../shared/api";
import { NotFoundError } from "../../shared/errors";
import { apiHandler } from "../commons/api";
import { getSchool } from "../store/case-store";

export const handler = apiHandler("getProfile", undefined, async ({ principal }) => {
  const profile = principal.profile;
  if (!profile)
    throw new NotFoundError("Your profile is not set up. Contact the council");

  const school = principal.schoolUrn ? await getSchool(principal.schoolUrn) : undefined;
  const body: ProfileView = {
    userId: principal.userId,
    role: principal.role,
    name: profile.name,
    schoolUrn: principal.schoolUrn,
    schoolName: school?.name,
  };
  return { body };
});
