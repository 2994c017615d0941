/**
 * Worst errors of the authors'-code replays per optimizer type and backend, for the per-type table in
 * docs/optimizers-from-authors.md: `OPTLAB_TEST_REPORT=1 node scripts/testOne.js test/unit/optimizers.authors.test.ts`
 * (and optimizers.authorsMatrix.test.ts) prints it after the suite. Measuring only: the assertions stay in the tests.
 */

interface ErrorEntry {
  backend: string;
  type: string;
  fixture: string;
  /** max |a − e| over every parameter value of every step. */
  maxAbs: number;
  /** max |a − e| / max(1, |e|): the quantity the fixture tolerance bounds. */
  maxRel: number;
  tol: number;
}

export class FixtureErrors {
  private readonly entries: ErrorEntry[] = [];

  /** Records one replay's trajectory (actual vs expected, step × parameter → values). */
  add(backend: string, type: string, fixture: string, tol: number, actual: Record<string, ArrayLike<number>>[], expected: Record<string, number[]>[]): void {
    let maxAbs = 0;
    let maxRel = 0;
    expected.forEach((row, t) => {
      for (const [k, ev] of Object.entries(row)) {
        const av = actual[t][k];
        for (let i = 0; i < ev.length; i++) {
          const d = Math.abs(av[i] - ev[i]);
          // NaN counts as the worst (`!(d <= x)`).
          if (!(d <= maxAbs)) maxAbs = d;
          const r = d / Math.max(1, Math.abs(ev[i]));
          if (!(r <= maxRel)) maxRel = r;
        }
      }
    });
    this.entries.push({ backend, type, fixture, maxAbs, maxRel, tol });
  }

  /** Markdown table: per type and backend, the worst over its fixtures, and which fixture that was. */
  table(): string {
    const types = [...new Set(this.entries.map((e) => e.type))].sort();
    const backends = [...new Set(this.entries.map((e) => e.backend))];
    const lines = ['| type | backend | fixtures | tol | worst abs | worst rel (÷ max(1, abs e)) | at |', '|---|---|---|---|---|---|---|'];
    for (const type of types) {
      for (const backend of backends) {
        const es = this.entries.filter((e) => e.type === type && e.backend === backend);
        if (!es.length) continue;
        const worst = es.reduce((a, b) => (b.maxRel > a.maxRel ? b : a));
        const abs = Math.max(...es.map((e) => e.maxAbs));
        const tols = [...new Set(es.map((e) => e.tol))].join(', ');
        lines.push(`| ${type} | ${backend} | ${es.length} | ${tols} | ${abs.toExponential(2)} | ${worst.maxRel.toExponential(2)} | ${worst.fixture} |`);
      }
    }
    return lines.join('\n');
  }
}
