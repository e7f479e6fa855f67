/** The outcome of one check: passed, or failed with the reason. */
export interface StepOutcome {
  /** Whether the check held. */
  ok: boolean;
  /** What was checked, in one line. */
  title: string;
  /** Why it failed (several lines allowed), or a short note when it passed. */
  detail?: string;
}

/** What a check found: its problems (none = it holds), or those and a note shown when it passes. */
export type CheckFindings = string[] | { problems: string[]; note?: string | undefined };

/** Collects check outcomes and prints one `PASS`/`FAIL` line for each as it arrives. */
export class StepReport {
  /** Every outcome so far. */
  readonly outcomes: StepOutcome[] = [];

  /**
   * Record and print one outcome. A failure's detail is printed indented under its line.
   *
   * @param outcome The outcome.
   */
  add(outcome: StepOutcome): void {
    this.outcomes.push(outcome);
    const note = outcome.ok && outcome.detail ? ` (${outcome.detail})` : '';
    process.stdout.write(`${outcome.ok ? 'PASS' : 'FAIL'}  ${outcome.title}${note}\n`);
    if (!outcome.ok && outcome.detail) process.stdout.write(outcome.detail.replace(/^/gm, '      ') + '\n');
  }

  /**
   * Run a check and record its outcome; an exception is a failure with its message, so one broken
   * step never hides the ones after it.
   *
   * @param title What is checked, in one line.
   * @param check Returns its problems (none = pass), optionally with a note shown on a pass.
   * @returns Whether it passed.
   */
  async run(title: string, check: () => Promise<CheckFindings> | CheckFindings): Promise<boolean> {
    try {
      const findings = await check();
      const { problems, note } = Array.isArray(findings) ? { problems: findings, note: undefined } : findings;
      const ok = problems.length === 0;
      this.add({ ok, title, detail: ok ? note : problems.join('\n') });
      return ok;
    } catch (error) {
      this.add({ ok: false, title, detail: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  /** The number of failed checks. */
  get failures(): number {
    return this.outcomes.filter((outcome) => !outcome.ok).length;
  }
}
