/**
 * Runs fast-check properties with a fixed seed (so a failure reproduces on every machine) and keeps
 * a log of what was checked, printed at the end of each file as the suite's closing summary.
 */
import fc from 'fast-check';

/** One seed for the whole suite (HARDENING_SEED=n explores others; pin what fails as a regression test). */
export const SEED = Number(process.env.HARDENING_SEED) || 20261123;

interface Checked {
  name: string;
  runs: number;
  passed: boolean;
}

export class PropertyLog {
  private readonly checked: Checked[] = [];

  constructor(private readonly title: string) {}

  /** `fc.assert` with the suite's seed; the outcome is logged, and a failure still throws. */
  assert<Ts extends [unknown, ...unknown[]]>(name: string, property: fc.IProperty<Ts>, numRuns: number): void {
    try {
      fc.assert(property, { seed: SEED, numRuns });
      this.checked.push({ name, runs: numRuns, passed: true });
    } catch (error) {
      this.checked.push({ name, runs: numRuns, passed: false });
      throw error;
    }
  }

  async assertAsync<Ts extends [unknown, ...unknown[]]>(name: string, property: fc.IAsyncProperty<Ts>, numRuns: number): Promise<void> {
    try {
      await fc.assert(property, { seed: SEED, numRuns });
      this.checked.push({ name, runs: numRuns, passed: true });
    } catch (error) {
      this.checked.push({ name, runs: numRuns, passed: false });
      throw error;
    }
  }

  summary(): string {
    const failed = this.checked.filter((entry) => !entry.passed).length;
    const runs = this.checked.reduce((sum, entry) => sum + entry.runs, 0);
    return [
      `${this.title}: ${this.checked.length} properties, ${runs} runs (seed ${SEED}), ${failed} failing`,
      ...this.checked.map((entry) => `  ${entry.passed ? 'ok  ' : 'FAIL'}  ${String(entry.runs).padStart(5)} runs  ${entry.name}`),
    ].join('\n');
  }
}
