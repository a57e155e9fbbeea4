/**
 * The one route table. The local API server and the CDK stack both build the
 * API from it, and the authorisation matrix test reads the same rules.
 */
import { requesterRoles, roles, type Role } from "./roles";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/**
 * How a route decides whether the caller may act on the thing it names:
 * - `self`: acts only on the caller's own data, so no further check;
 * - `draft-owner`: the draft must belong to the caller;
 * - `case`: the caller must be connected to the case (see `canAccessCase`);
 * - `service`: service-wide staff work, allowed by role alone.
 */
export type AccessRule = "self" | "draft-owner" | "case" | "service";

export interface Route {
  id: string;
  method: HttpMethod;
  /** API Gateway resource path, with `{name}` path parameters. */
  path: string;
  /** Handler module under `functions/`, without the extension. */
  handler: string;
  roles: readonly Role[];
  access: AccessRule;
  summary: string;
}

const caseReaders = [
  "parent",
  "young-person",
  "school",
  "specialist",
  "supporter",
  "business-support",
  "coordinator",
  "manager",
] as const satisfies Role[];

/** People who give advice: specialists, schools and the family (reg 6(1)). */
const adviserRoles = [
  "parent",
  "young-person",
  "school",
  "specialist",
] as const satisfies Role[];

export const routes = [
  {
    id: "getProfile",
    method: "GET",
    path: "/me",
    handler: "profile/get-profile",
    roles,
    access: "self",
    summary: "The signed-in person's name, role and organisation",
  },
  {
    id: "listDrafts",
    method: "GET",
    path: "/drafts",
    handler: "drafts/list-drafts",
    roles: requesterRoles,
    access: "self",
    summary: "The caller's unsent requests",
  },
  {
    id: "createDraft",
    method: "POST",
    path: "/drafts",
    handler: "drafts/create-draft",
    roles: requesterRoles,
    access: "self",
    summary: "Start a request for an assessment",
  },
  {
    id: "getDraft",
    method: "GET",
    path: "/drafts/{draftId}",
    handler: "drafts/get-draft",
    roles: requesterRoles,
    access: "draft-owner",
    summary: "One unsent request with its answers",
  },
  {
    id: "saveDraft",
    method: "PUT",
    path: "/drafts/{draftId}",
    handler: "drafts/save-draft",
    roles: requesterRoles,
    access: "draft-owner",
    summary: "Save answers to an unsent request",
  },
  {
    id: "createDraftUpload",
    method: "POST",
    path: "/drafts/{draftId}/documents",
    handler: "drafts/create-upload",
    roles: requesterRoles,
    access: "draft-owner",
    summary: "Get a short-lived address to upload one evidence document",
  },
  {
    id: "submitDraft",
    method: "POST",
    path: "/drafts/{draftId}/submit",
    handler: "drafts/submit-draft",
    roles: requesterRoles,
    access: "draft-owner",
    summary: "Send a complete request; creates the case once however often it is retried",
  },
  {
    id: "listCases",
    method: "GET",
    path: "/cases",
    handler: "cases/list-cases",
    roles: caseReaders,
    access: "self",
    summary: "The cases the caller is connected to, soonest deadline first",
  },
  {
    id: "getCase",
    method: "GET",
    path: "/cases/{caseId}",
    handler: "cases/get-case",
    roles: caseReaders,
    access: "case",
    summary: "One case with its timeline",
  },
  {
    id: "getCaseRequest",
    method: "GET",
    path: "/cases/{caseId}/request",
    handler: "cases/get-case-request",
    roles: caseReaders,
    access: "case",
    summary: "The answers of the request that opened a case, and its evidence",
  },
  {
    id: "recordDecision",
    method: "POST",
    path: "/cases/{caseId}/decision",
    handler: "cases/record-decision",
    roles: ["coordinator", "manager"],
    access: "case",
    summary: "Record the decision whether to assess",
  },
  {
    id: "changeCoordinator",
    method: "PUT",
    path: "/cases/{caseId}/coordinator",
    handler: "cases/change-coordinator",
    roles: ["business-support", "manager"],
    access: "case",
    summary: "Override the coordinator chosen by the allocation rule",
  },
  {
    id: "listAudit",
    method: "GET",
    path: "/cases/{caseId}/audit",
    handler: "cases/list-audit",
    roles: ["business-support", "coordinator", "manager"],
    access: "case",
    summary: "The case's audit trail, newest first",
  },
  {
    id: "getDocument",
    method: "GET",
    path: "/cases/{caseId}/documents/{documentId}",
    handler: "cases/get-document",
    roles: caseReaders,
    access: "case",
    summary: "A short-lived download address for one of the case's documents",
  },
  {
    id: "listIntake",
    method: "GET",
    path: "/intake",
    handler: "intake/list-intake",
    roles: ["business-support", "manager"],
    access: "service",
    summary: "New cases and possible duplicate requests",
  },
  {
    id: "resolveDuplicate",
    method: "POST",
    path: "/intake/duplicates/{duplicateId}",
    handler: "intake/resolve-duplicate",
    roles: ["business-support"],
    access: "service",
    summary: "Decide whether a possible duplicate is the same child",
  },
  {
    id: "listCoordinators",
    method: "GET",
    path: "/coordinators",
    handler: "intake/list-coordinators",
    roles: ["business-support", "manager"],
    access: "service",
    summary: "Coordinators with their open caseload",
  },
  {
    id: "recordException",
    method: "POST",
    path: "/cases/{caseId}/exceptions",
    handler: "cases/record-exception",
    roles: ["coordinator", "manager"],
    access: "case",
    summary: "Record a lawful exception that moves a time limit",
  },
  {
    id: "listThread",
    method: "GET",
    path: "/cases/{caseId}/messages",
    handler: "messages/list-thread",
    roles: [
      "parent",
      "young-person",
      "school",
      "business-support",
      "coordinator",
      "manager",
    ],
    access: "case",
    summary: "The case's message thread; a school sees it only when the family agrees",
  },
  {
    id: "postMessage",
    method: "POST",
    path: "/cases/{caseId}/messages",
    handler: "messages/post-message",
    roles: [
      "parent",
      "young-person",
      "school",
      "business-support",
      "coordinator",
      "manager",
    ],
    access: "case",
    summary: "Add a message to the case's thread and alert the others on it",
  },
  {
    id: "getContactPreferences",
    method: "GET",
    path: "/cases/{caseId}/contact-preferences",
    handler: "messages/get-contact-preferences",
    roles: ["parent", "young-person", "business-support", "coordinator", "manager"],
    access: "case",
    summary: "How and in which language the family hears about the case",
  },
  {
    id: "saveContactPreferences",
    method: "PUT",
    path: "/cases/{caseId}/contact-preferences",
    handler: "messages/save-contact-preferences",
    roles: ["parent", "young-person"],
    access: "case",
    summary:
      "Change the family's channel and language, and whether the school joins the thread",
  },
  {
    id: "listCaseNotifications",
    method: "GET",
    path: "/cases/{caseId}/notifications",
    handler: "messages/list-case-notifications",
    roles: ["business-support", "coordinator", "manager"],
    access: "case",
    summary: "Every email and SMS about the case with its delivery status",
  },
  {
    id: "retryNotification",
    method: "POST",
    path: "/cases/{caseId}/notifications/{notificationId}/retry",
    handler: "messages/retry-notification",
    roles: ["business-support", "coordinator", "manager"],
    access: "case",
    summary: "Send a notification that failed again, with a fresh set of attempts",
  },
  {
    id: "listFailedNotifications",
    method: "GET",
    path: "/notifications/failed",
    handler: "messages/list-failed-notifications",
    roles: ["business-support", "coordinator", "manager"],
    access: "service",
    summary: "Emails and SMS that failed after every attempt, across the service",
  },
  {
    id: "listDeadlines",
    method: "GET",
    path: "/deadlines",
    handler: "timeline/list-deadlines",
    roles: ["business-support", "coordinator", "manager"],
    access: "service",
    summary: "Deadlines at risk (due within 7 days) and breached, across the service",
  },
  {
    id: "requestAdvice",
    method: "POST",
    path: "/cases/{caseId}/advice",
    handler: "advice/request-advice",
    roles: ["coordinator", "manager"],
    access: "case",
    summary: "Ask advisers for advice, each due 6 weeks later (regs 6 and 8)",
  },
  {
    id: "listCaseAdvice",
    method: "GET",
    path: "/cases/{caseId}/advice",
    handler: "advice/list-case-advice",
    roles: ["business-support", "coordinator", "manager"],
    access: "case",
    summary:
      "Every advice request of a case with its status, and the suggested funding band",
  },
  {
    id: "listAdviceInbox",
    method: "GET",
    path: "/advice",
    handler: "advice/list-inbox",
    roles: adviserRoles,
    access: "self",
    summary: "The advice the caller has been asked for, soonest due first",
  },
  {
    id: "getAdvice",
    method: "GET",
    path: "/cases/{caseId}/advice/{adviceId}",
    handler: "advice/get-advice",
    roles: [...adviserRoles, "business-support", "coordinator", "manager"],
    access: "case",
    summary: "One advice request with its saved form; advisers see only their own",
  },
  {
    id: "saveAdvice",
    method: "PUT",
    path: "/cases/{caseId}/advice/{adviceId}",
    handler: "advice/save-advice",
    roles: adviserRoles,
    access: "case",
    summary: "Save the adviser's unfinished advice form",
  },
  {
    id: "createAdviceUpload",
    method: "POST",
    path: "/cases/{caseId}/advice/{adviceId}/documents",
    handler: "advice/create-upload",
    roles: adviserRoles,
    access: "case",
    summary: "Get a short-lived address to upload the adviser's full report",
  },
  {
    id: "submitAdvice",
    method: "POST",
    path: "/cases/{caseId}/advice/{adviceId}/submit",
    handler: "advice/submit-advice",
    roles: adviserRoles,
    access: "case",
    summary: "Send complete advice to the council; closes the advice obligation",
  },
  {
    id: "agreeAdviceReuse",
    method: "POST",
    path: "/cases/{caseId}/advice/{adviceId}/reuse-agreements",
    handler: "advice/agree-reuse",
    roles: ["parent", "young-person", "specialist", "school", "coordinator", "manager"],
    access: "case",
    summary:
      "Record the council's, the author's or the family's agreement to reuse advice (reg 6(4))",
  },
  {
    id: "setFundingBand",
    method: "PUT",
    path: "/cases/{caseId}/funding-band",
    handler: "advice/set-funding-band",
    roles: ["coordinator", "manager"],
    access: "case",
    summary: "Accept the suggested funding band, or choose another with a reason",
  },
  {
    id: "getFundingModel",
    method: "GET",
    path: "/funding-model",
    handler: "advice/get-funding-model",
    roles: ["business-support", "coordinator", "manager", "panel-member"],
    access: "service",
    summary: "The resource allocation model: weights per area of need and funding bands",
  },
  {
    id: "saveFundingModel",
    method: "PUT",
    path: "/funding-model",
    handler: "advice/save-funding-model",
    roles: ["manager"],
    access: "service",
    summary: "Change the resource allocation model's weights and bands",
  },
] as const satisfies readonly Route[];

export type RouteId = (typeof routes)[number]["id"];

export function findRoute(id: RouteId): Route {
  const route = routes.find((candidate) => candidate.id === id);
  if (!route) throw new Error(`Unknown route: ${id}`);
  return route;
}

/** Turns `/cases/{caseId}` into a pattern that captures `caseId`. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const source = pattern.replace(/\{([^}]+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  const match = new RegExp(`^${source}$`).exec(path);
  if (!match) return null;

  return Object.fromEntries(
    names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? "")]),
  );
}
