import type { Diagnostic } from './diagnostic';

/** The user's input cannot be used: carries every diagnostic found. Printed without a stack. */
export class UserError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[], summary?: string) {
    super(summary ?? diagnostics.map((d) => d.message).join('\n'));
    this.name = 'UserError';
  }
}

/** A bug in coursepack. Printed with its stack and a request to report it. */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}
