/**
 * Permissions of each route's Lambda function beyond the table. Every route
 * reads and writes the table, because reads are audited too (every access to
 * a case is recorded). Typed by route id, so a new route fails type checking
 * until someone decides its access here.
 */
import type { RouteId } from "../../shared/routes";

/** Object key prefixes in the document bucket. */
export type DocumentPrefix = "documents" | "letters";

export interface RouteAccess {
  /** Prefixes the function reads, through GetObject, HeadObject or a presigned GET. */
  readDocuments?: DocumentPrefix[];
  /** Prefixes the function writes, through PutObject or a presigned PUT. */
  writeDocuments?: DocumentPrefix[];
  /** Sends email through SES and SMS through SNS. */
  sendsMessages?: boolean;
  /** Restarts the case's timeline execution after a change to its obligations. */
  startsTimeline?: boolean;
}

// NOTE: this table follows what the handlers do today. A handler that starts
// reading another prefix or sending a message fails with AccessDenied in AWS
// (not locally) until its entry here changes.
export const routeAccess: Record<RouteId, RouteAccess> = {
  getProfile: {},
  listDrafts: {},
  createDraft: {},
  getDraft: { readDocuments: ["documents"] },
  saveDraft: { readDocuments: ["documents"] },
  createDraftUpload: { writeDocuments: ["documents"] },
  submitDraft: {
    readDocuments: ["documents"],
    sendsMessages: true,
    startsTimeline: true,
  },
  listCases: {},
  getCase: {},
  getCaseRequest: {},
  // The message-centre routes queue notifications in the table; the stream's
  // sender function sends them, so none of these calls SES or SNS itself.
  listThread: {},
  postMessage: {},
  getContactPreferences: {},
  saveContactPreferences: {},
  listCaseNotifications: {},
  retryNotification: {},
  listFailedNotifications: {},
  recordDecision: {
    writeDocuments: ["letters"],
    sendsMessages: true,
    startsTimeline: true,
  },
  changeCoordinator: { sendsMessages: true },
  listAudit: {},
  getDocument: { readDocuments: ["documents", "letters"] },
  listIntake: {},
  resolveDuplicate: {
    readDocuments: ["documents"],
    sendsMessages: true,
    startsTimeline: true,
  },
  listCoordinators: {},
  recordException: { sendsMessages: true, startsTimeline: true },
  listDeadlines: {},
  requestAdvice: { sendsMessages: true, startsTimeline: true },
  listCaseAdvice: {},
  listAdviceInbox: {},
  getAdvice: {},
  saveAdvice: { readDocuments: ["documents"] },
  createAdviceUpload: { writeDocuments: ["documents"] },
  submitAdvice: {
    readDocuments: ["documents"],
    sendsMessages: true,
    startsTimeline: true,
  },
  agreeAdviceReuse: {},
  setFundingBand: {},
  getFundingModel: {},
  saveFundingModel: {},
};
