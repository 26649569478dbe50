/**
 * The one error type shown to users: a stable code, the catalogue message it shows (id and
 * parameters, already filled in both languages) and where it happened (file, sheet, cell). It
 * crosses a worker boundary as a plain object (`toPlain`) and is rebuilt on the other side
 * (`TdktError.from`), never flattened to a string; each face prints it in the user's language.
 */
import type { Lang, Localized } from "./i18n/lang";
import { ERRORS } from "./i18n/errors";
import type { MessageSection, ParamArgs, Params, Templates } from "./i18n/messages";

export interface ErrorLocation {
  file?: string;
  sheet?: string;
  cell?: string;
}

/** What a TdktError is as data (structured-clone and JSON safe). */
export interface PlainError {
  kind: "tdkt-error";
  /** stable code: "usage", "file-unreadable", "not-found", "internal"... */
  code: string;
  /** the catalogue id of its message ("read.encrypted") */
  id: string;
  params: Params;
  location: ErrorLocation;
  message: Localized;
  /** an internal error's stack where it was thrown (another thread's), for --debug */
  stack?: string;
}

export class TdktError extends Error {
  readonly code: string;
  readonly id: string;
  readonly params: Params;
  readonly location: ErrorLocation;
  readonly text: Localized;

  constructor(plain: Omit<PlainError, "kind">) {
    // Error.message is the Vietnamese (default) text; `messageIn(lang)` gives either
    super(plain.message.vi);
    this.name = "TdktError";
    this.code = plain.code;
    this.id = plain.id;
    this.params = plain.params;
    this.location = plain.location;
    this.text = plain.message;
    if (plain.stack) this.stack = plain.stack;
  }

  messageIn(lang: Lang): string {
    return this.text[lang];
  }

  toPlain(): PlainError {
    const plain: PlainError = { kind: "tdkt-error", code: this.code, id: this.id, params: this.params, location: this.location, message: this.text };
    // a bug's stack goes with it (to the thread that prints it); a user's error needs none
    if (this.code === "internal" && this.stack) plain.stack = this.stack;
    return plain;
  }

  /**
   * Rebuilds an error sent as a plain object; anything else (a bug's Error) becomes an "internal"
   * error that keeps the original message (its `detail`) and stack.
   */
  static from(value: unknown): TdktError {
    if (value instanceof TdktError) return value;
    if (isPlainError(value)) return new TdktError(value);
    const detail = value instanceof Error ? value.message : String(value);
    const error = errorOf(ERRORS, "internal", "internal", {}, { detail });
    if (value instanceof Error && value.stack) error.stack = value.stack;
    return error;
  }
}

/** What an internal error was about (the original message), else the message in `lang`. */
export function failureDetail(error: TdktError, lang: Lang): string {
  const detail = error.params.detail;
  return error.code === "internal" && error.id === `${ERRORS.area}.internal` && typeof detail === "string" ? detail : error.messageIn(lang);
}

export function isPlainError(value: unknown): value is PlainError {
  return typeof value === "object" && value !== null && (value as PlainError).kind === "tdkt-error";
}

/** Makes the error for a section's message: `errorOf(READ, "file-unreadable", "encrypted", { file }, { file })`. */
export function errorOf<S extends Templates, K extends keyof S & string>(
  section: MessageSection<S>,
  code: string,
  key: K,
  location: ErrorLocation,
  ...params: ParamArgs<S[K]>
): TdktError {
  const message = section.t(key, ...params);
  return new TdktError({ code, id: `${section.area}.${key}`, params: params[0] ?? {}, location, message });
}
