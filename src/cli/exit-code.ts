/** Exit codes of every extract command. */
export const EXIT = {
  ok: 0,
  /** Some input failed (the others were still printed); for diff/check: a difference. */
  failed: 1,
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** 0 when every input succeeded, 1 when any failed. */
export function exitCodeFor(failures: number): ExitCode {
  return failures > 0 ? EXIT.failed : EXIT.ok;
}
