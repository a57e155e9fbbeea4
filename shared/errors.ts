/**
 * The domain's errors. Each carries the HTTP status the API answers with, and
 * a message that is safe to show: it never contains a person's details.
 */
import type { FieldError } from "./schemas/common";

export class DomainError extends Error {
  readonly status: number;

  constructor(message: string, status: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.status = status;
  }
}

export class InvalidError extends DomainError {
  readonly errors: FieldError[];

  constructor(errors: FieldError[], message = "There is a problem with the request") {
    super(message, 400);
    this.errors = errors;
  }
}

export class UnauthorisedError extends DomainError {
  constructor(message = "Sign in to continue") {
    super(message, 401);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have access to this") {
    super(message, 403);
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "Not found") {
    super(message, 404);
  }
}

export class ConflictError extends DomainError {
  constructor(message = "Someone else changed this. Reload it and try again") {
    super(message, 409);
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    super(`Request body must be ${maxBytes} bytes or fewer`, 413);
  }
}

/** A dependency failed or timed out; the caller may retry the same request. */
export class UnavailableError extends DomainError {
  constructor(
    message = "The service is busy. Try again in a few seconds",
    cause?: unknown,
  ) {
    super(message, 503, { cause });
  }
}
