/**
 * Shared helpers of the trust suite: the people who call the API, calls
 * through the local API server, and case connections that no route can make
 * yet (advisers and supporters), written the way case creation writes them.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { CaseConnections, Principal } from "../../shared/permissions";
import type { Role } from "../../shared/roles";
import { roles } from "../../shared/roles";
import type { Route } from "../../shared/routes";
import { dynamo } from "../../functions/commons/clients";
import { config } from "../../functions/commons/config";
import { keys } from "../../functions/store/table";
import { demoUser, tokenFor } from "../support/tokens";
import type { DraftView } from "../../shared/api";
import {
  createDraft,
  fullAnswers,
  saveAnswers,
  smallPdf,
  uploadEvidence,
  type Child,
} from "../integration/fixtures";

/** One signed-in caller: a demo person with the role under test. */
export interface Caller {
  username: string;
  role: Role;
  userId: string;
  schoolUrn?: string;
}

/** The demo person the suite signs in as for each role. */
const usernameByRole: Record<Role, string> = {
  parent: "parent",
  "young-person": "young-person",
  school: "school",
  specialist: "specialist",
  "business-support": "business-support",
  coordinator: "coordinator",
  "panel-member": "panel-member",
  manager: "manager",
  finance: "finance",
  supporter: "supporter",
};

export function callerFor(username: string): Caller {
  const user = demoUser(username);
  return {
    username: user.username,
    role: user.role,
    userId: user.userId,
    schoolUrn: user.schoolUrn,
  };
}

/** One caller per role, in the order of the role list. */
export const callers: Caller[] = roles.map((role) => callerFor(usernameByRole[role]));

export function principalOf(caller: Caller): Principal {
  return { userId: caller.userId, role: caller.role, schoolUrn: caller.schoolUrn };
}

const tokens = new Map<string, Promise<string>>();

/** Returns a cached access token for a demo person; tokens last an hour. */
export function bearerFor(username: string): Promise<string> {
  let token = tokens.get(username);
  if (!token) {
    token = tokenFor(username).then((value) => `Bearer ${value}`);
    tokens.set(username, token);
  }
  return token;
}

export function apiUrl(): string {
  const url = process.env.API_URL;
  if (!url) throw new Error("API_URL is not set: run the trust tests through vitest");
  return url;
}

export interface HttpRequest {
  authorization?: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
}

export interface HttpResponse {
  status: number;
  body: unknown;
  contentType: string | null;
}

/** Calls a route through the local API server, as a browser would. */
export async function httpCall(
  route: Route,
  request: HttpRequest,
): Promise<HttpResponse> {
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(request.pathParameters?.[name] ?? ""),
  );
  const url = new URL(`${apiUrl()}/api${path}`);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    url.searchParams.set(name, value);
  }

  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (request.authorization) headers.Authorization = request.authorization;
  // fetch refuses a body on GET, as API Gateway would ignore one.
  const body =
    route.method === "GET"
      ? undefined
      : (request.rawBody ??
        (request.body === undefined ? undefined : JSON.stringify(request.body)));

  const response = await fetch(url, { method: route.method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Left as text: the caller's assertion shows it.
  }
  return {
    status: response.status,
    body: parsed,
    contentType: response.headers.get("content-type"),
  };
}

/** Whether the route's handler module exists yet; other people may still be writing it. */
export function handlerExists(route: Route): boolean {
  const file = fileURLToPath(
    new URL(`../../functions/${route.handler}.ts`, import.meta.url),
  );
  return existsSync(file);
}

export async function caseConnections(caseId: string): Promise<CaseConnections> {
  const result = await dynamo().send(
    new GetCommand({
      TableName: config.tableName,
      Key: keys.case(caseId),
      ConsistentRead: true,
    }),
  );
  const connections = (result.Item as { connections?: CaseConnections } | undefined)
    ?.connections;
  if (!connections) throw new Error(`Case ${caseId} has no connections`);
  return connections;
}

/**
 * Connects people to a case as an adviser, a supporter or a family member.
 * No route does this yet, so the suite writes the connection and the member
 * item in the shapes case creation uses.
 */
export async function connectToCase(
  caseId: string,
  people: { adviserIds?: string[]; supporterIds?: string[]; familyUserIds?: string[] },
): Promise<void> {
  const lists = Object.entries(people).filter(([, ids]) => ids && ids.length > 0);
  if (lists.length === 0) return;

  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  const sets = lists.map(([list, ids], index) => {
    names[`#list${index}`] = list;
    values[`:ids${index}`] = ids;
    return `connections.#list${index} = list_append(connections.#list${index}, :ids${index})`;
  });
  await dynamo().send(
    new UpdateCommand({
      TableName: config.tableName,
      Key: keys.case(caseId),
      UpdateExpression: `SET ${sets.join(", ")}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    }),
  );

  const relation: Record<string, string> = {
    adviserIds: "adviser",
    supporterIds: "supporter",
    familyUserIds: "family",
  };
  for (const [list, ids] of lists) {
    for (const userId of ids ?? []) {
      await dynamo().send(
        new PutCommand({
          TableName: config.tableName,
          Item: {
            ...keys.caseMember(caseId, `USER#${userId}`),
            type: "member",
            caseId,
            relation: relation[list],
            GSI1PK: `USER#${userId}`,
            GSI1SK: `CASE#${caseId}`,
          },
        }),
      );
    }
  }
}

/** Runs `work` over `items` with at most `limit` running at once, keeping the order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T, index);
    }
  });
  await Promise.all(workers);
  return results;
}

/**
 * Makes a complete draft with one uploaded PDF, for any requester: a young
 * person's own request also needs their age in range and their own email address.
 */
export async function readyDraftFor(
  as: string,
  child: Child,
  options: { schoolUrn?: string } = {},
): Promise<DraftView> {
  const draft = await createDraft(as);
  const upload = await uploadEvidence(as, draft.draftId, smallPdf(), {
    fileName: "school-report.pdf",
    contentType: "application/pdf",
    documentType: "school-report",
  });
  if (upload.putStatus !== 200) throw new Error(`Upload failed: ${upload.putStatus}`);

  const answers = fullAnswers(
    child,
    [
      {
        documentId: upload.documentId,
        fileName: "school-report.pdf",
        documentType: "school-report",
        writtenOn: "2025-11-10",
      },
    ],
    options,
  );
  if (demoUser(as).role === "young-person") {
    // The service takes a young person's own request between the ages of 16 and 25.
    answers.child = {
      ...answers.child,
      dateOfBirth: "2008-05-14",
      email: "young.person@example.com",
    };
  }
  return saveAnswers(as, draft, answers);
}
