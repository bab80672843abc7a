/**
 * Figures for the network-fault suite: each test records the fault it injected, whether the store
 * came through it as designed, and how many requests the server saw; the suite prints a table.
 */

export interface FaultRecord {
  fault: string;
  survived: boolean;
  requests: number;
}

export class FaultTally {
  readonly records: FaultRecord[] = [];

  /**
   * Runs `check` (the test's assertions) and records the outcome; a failed check is recorded as not
   * survived and still fails the test.
   */
  async record(fault: string, requests: () => number, check: () => void | Promise<void>): Promise<void> {
    try {
      await check();
      this.records.push({ fault, survived: true, requests: requests() });
    } catch (error) {
      this.records.push({ fault, survived: false, requests: requests() });
      throw error;
    }
  }

  summary(): string {
    const survived = this.records.filter((record) => record.survived).length;
    const total = this.records.reduce((sum, record) => sum + record.requests, 0);
    const width = Math.max(...this.records.map((record) => record.fault.length), 5);
    const rows = this.records.map(
      (record) => `  ${record.fault.padEnd(width)}  ${record.survived ? 'survived' : 'FAILED  '}  ${record.requests} request(s)`,
    );
    return [
      `Network faults: ${this.records.length} injected, ${survived} survived, ${total} requests ` +
        `(${(total / Math.max(1, this.records.length)).toFixed(1)} per fault)`,
      ...rows,
    ].join('\n');
  }
}
