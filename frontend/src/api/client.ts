/**
 * The API client: adds the access token, parses JSON, and turns error
 * responses into an `ApiError` that carries the status and the field errors.
 */
import type { ErrorBody } from "../../../shared/api";
import type { FieldError } from "../../../shared/schemas/common";

export class ApiError extends Error {
  readonly status: number;
  readonly errors: FieldError[];

  constructor(status: number, message: string, errors: FieldError[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.errors = errors;
  }

  /** 409: someone else changed the case or the draft since it was loaded. */
  get isConflict(): boolean {
    return this.status === 409;
  }

  /**
   * Whether loading again could succeed: a lost connection (status 0), a
   * timeout, too many requests or a server error. A 403 or 404 stays the same.
   */
  get isRetryable(): boolean {
    return (
      this.status === 0 ||
      this.status === 408 ||
      this.status === 429 ||
      this.status >= 500
    );
  }
}

/** Returns the reload action for a failed load only when reloading could help. */
export function reloadIfRetryable(
  error: ApiError | undefined,
  reload: () => void,
): (() => void) | undefined {
  return error?.isRetryable ? reload : undefined;
}

export interface ApiClientOptions {
  apiUrl: string;
  getAccessToken: () => Promise<string | null>;
  /** Called on 401 so the app can send the person back to sign in. */
  onUnauthorised: () => void;
}

export type ApiClient = <T>(
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  body?: unknown,
) => Promise<T>;

const genericMessages: Record<number, string> = {
  403: "You do not have access to this",
  404: "Page not found",
  409: "Someone else changed this since you opened it",
  413: "The request is too large",
};

async function readErrorBody(response: Response): Promise<ErrorBody | undefined> {
  try {
    return (await response.json()) as ErrorBody;
  } catch {
    return undefined;
  }
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.apiUrl.replace(/\/$/, "");

  return async function call<T>(
    method: "GET" | "POST" | "PUT" | "DELETE",
    path: string,
    body?: unknown,
  ): Promise<T> {
    const token = await options.getAccessToken();
    const headers: Record<string, string> = { Accept: "application/json" };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";

    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, "The service could not be reached. Check your connection");
    }

    if (response.status === 401) {
      options.onUnauthorised();
      throw new ApiError(401, "Sign in to continue");
    }

    if (!response.ok) {
      const errorBody = await readErrorBody(response);
      throw new ApiError(
        response.status,
        errorBody?.message ??
          genericMessages[response.status] ??
          "Sorry, there is a problem with the service. Try again later",
        errorBody?.errors ?? [],
      );
    }

    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  };
}

/** Accepts a list returned bare or wrapped as `{ items: [...] }`. */
export function asList<T>(value: T[] | { items: T[] } | undefined): T[] {
  if (!value) return [];
  return Array.isArray(value) ? value : value.items;
}
