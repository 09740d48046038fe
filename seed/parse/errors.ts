/** User-facing input errors: a stable code and a message that names the file and what to do. */
export type InputErrorCode = 'NOT_FOUND' | 'EMPTY' | 'TOO_LARGE' | 'BINARY' | 'ENCODING' | 'PARSE' | 'UNSUPPORTED' | 'NO_TEXT';

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}
