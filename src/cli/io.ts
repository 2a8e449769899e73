/** Where the CLI writes, and from which folder it runs; tests pass their own. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** ANSI colours on stderr (diagnostics). */
  readonly color: boolean;
}

export const processIo: CliIo = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stderr.isTTY) && !('NO_COLOR' in process.env),
};
