/** Thrown by commands to end with an exit code and (optionally) one line on stderr. */
export class CliExit extends Error {
  constructor(readonly code: number, message: string) { super(message); }
}
