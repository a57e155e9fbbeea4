/** One case: the family's tracker, or the staff view with decision and audit. */
import { useParams } from "react-router";
import type { CaseView } from "../../../shared/schemas/case";
import { useApp, useUser } from "../app-context";
import { useLoad } from "../api/use-load";
import { LoadingPage } from "../components/page";
import { ProblemPage } from "../request/SectionPage";
import { FamilyCasePage } from "./FamilyCasePage";
import { StaffCasePage } from "./StaffCasePage";

export function CasePage() {
  const { caseId = "" } = useParams();
  const { api } = useApp();
  const user = useUser();
  const loaded = useLoad(
    () => api<CaseView>("GET", `/cases/${encodeURIComponent(caseId)}`),
    caseId,
  );

  if (loaded.error) return <ProblemPage message={loaded.error.message} />;
  if (!loaded.data) return <LoadingPage />;

  const isStaff = ["business-support", "coordinator", "manager"].includes(user.role);
  return isStaff ? (
    <StaffCasePage caseView={loaded.data} reload={loaded.reload} />
  ) : (
    <FamilyCasePage caseView={loaded.data} />
  );
}
