/**
 * Errors the data layer throws on purpose. The server maps each to a tRPC code; their messages are
 * written for users and are safe to show. Any other error is internal and is never shown.
 */
export class NotFoundError extends Error {
  constructor(entity: string, id: number | string) {
    super(`${entity} ${id} does not exist`);
    this.name = "NotFoundError";
  }
}

/** Someone else saved the record first (optimistic concurrency): nothing was written. */
export class ConflictError extends Error {
  constructor(message = "This record was changed by someone else. Reload it and try again.") {
    super(message);
    this.name = "ConflictError";
  }
}

/** A list query named a field or operator the resource does not allow. */
export class InvalidQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidQueryError";
  }
}

/** A value is well-formed but refers to something that is not there; reported on one field. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "FieldError";
  }
}
