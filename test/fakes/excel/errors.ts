/**
 * Errors shaped like Office's `OfficeExtension.Error` (name "RichApi.Error", a `code`, a
 * `debugInfo`), with the English messages Office.js ships in its string tables.
 */

export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "NotImplemented";

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };
  readonly httpStatusCode: number;

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    // Office.js names every API error this way; callers tell them apart by `code`.
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
    this.httpStatusCode = code === "PropertyNotLoaded" || code === "InvalidArgument" ? 400 : 500;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function propertyNotLoaded(entity: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

export function invalidArgument(location: string, detail?: string): FakeOfficeError {
  const base = "The argument is invalid or missing or has an incorrect format.";
  return new FakeOfficeError("InvalidArgument", detail ? `${base} ${detail}` : base, location);
}

export function itemNotFound(location: string, what: string): FakeOfficeError {
  return new FakeOfficeError(
    "ItemNotFound",
    `The requested resource doesn't exist. (${what})`,
    location,
  );
}

export function itemAlreadyExists(location: string, what: string): FakeOfficeError {
  return new FakeOfficeError(
    "ItemAlreadyExists",
    `A resource with the same name or identifier already exists. (${what})`,
    location,
  );
}

export function invalidOperation(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidOperation",
    `The operation attempted is invalid on the object. ${detail}`,
    location,
  );
}

/** Thrown at call time, so an unsupported member can never succeed silently. */
export function notImplemented(what: string): FakeOfficeError {
  return new FakeOfficeError("NotImplemented", `not implemented in the fake: ${what}`, what);
}

const LIMITS_PAGE =
  "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins";

export function requestTooLarge(bytes: number): FakeOfficeError {
  return new FakeOfficeError(
    "RequestPayloadSizeLimitExceeded",
    `The request payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_PAGE}". (${bytes} bytes)`,
  );
}

export function responseTooLarge(bytes: number): FakeOfficeError {
  return new FakeOfficeError(
    "ResponsePayloadSizeLimitExceeded",
    `The response payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_PAGE}". (${bytes} bytes)`,
  );
}
