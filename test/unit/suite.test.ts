import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import Ajv from 'ajv';
import { ROOT, readJson } from './helpers/paths';
import { buildSuite, profileScore, rhoAt, suiteRunNames, SuiteInputError, taskRatios } from '../../src/core/suite';
import type { SuiteResult, SuiteTaskInput } from '../../src/core/suite';
import { renderSuiteHtml, suiteText } from '../../src/core/suiteReport';
import { writeSuite } from '../../src/runner/suiteRunner';
import type { ExperimentConfig, MetricName } from '../../src/core/config/types';
import type { ExperimentSummary, RunSummary, VsBaseline } from '../../src/core/events';
import { verdictText } from '../../src/core/stats';

interface FixtureTask {
  name: string;
  file: string;
  taskType: string;
  target: { metric: MetricName; value: number };
  baseline: string;
  runs: Array<{ run: string; timeToTargetSec: number | null }>;
}
interface Fixture {
  tasks: FixtureTask[];
  expected: {
    order: string[];
    ratios: Record<string, Array<number | null>>;
    score: Record<string, number>;
    within: Record<string, number>;
    steps: Record<string, Array<{ tau: number; rho: number }>>;
    rhoAt: Array<{ run: string; tau: number; rho: number }>;
    best: Record<string, [string, number]>;
  };
}

const FIXTURE = readJson<Fixture>(path.join(ROOT, 'test', 'fixtures', 'suite', 'profile.json'));
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EPS = 1e-12;

const VS: VsBaseline = { metric: 'valLoss', diff: -0.1, ci95: [-0.15, -0.05], verdict: 'better', seedsNeeded: null, speedupSteps: 1.5, speedupTime: 1.4 };

function row(run: string, t: number | null, vs?: VsBaseline): RunSummary {
  return { run, optimizer: 'sgd', seeds: [0, 1], tokensPerSec: 0, stateBytes: 0, peakTensorBytes: 0, status: t === null ? 'done' : 'done', timeToTargetSec: t, ...(vs ? { vsBaseline: vs } : {}) };
}

function inputs(f: Fixture = FIXTURE): SuiteTaskInput[] {
  return f.tasks.map((t) => {
    const config = {
      name: t.name, steps: 10, seeds: [0, 1], target: t.target, baseline: t.baseline, task: { type: t.taskType },
      runs: t.runs.map((r) => ({ name: r.run, optimizer: { type: 'sgd', lr: 0.1 } })),
    } as unknown as ExperimentConfig;
    const summary = { name: t.name, startedAt: '', backend: 'cpu', steps: 10, runs: t.runs.map((r) => row(r.run, r.timeToTargetSec, r.run === 'b' ? VS : undefined)), jobs: [], dir: `/r/${t.name}` } as unknown as ExperimentSummary;
    return { file: t.file, config, summary };
  });
}

function close(a: number, b: number, what: string): void {
  assert.ok(Math.abs(a - b) <= EPS, `${what}: ${a} vs ${b}`);
}

describe('performance profiles (suite, SPEC §10)', () => {
  const suite = buildSuite(inputs(), '2026-01-01T00:00:00.000Z');
  const byRun = new Map(suite.runs.map((p) => [p.run, p]));

  it('orders runs by score, best first', () => {
    assert.deepStrictEqual(suite.runs.map((p) => p.run), FIXTURE.expected.order);
  });

  it('ratios to the best time per task match the hand values (∞ = null: not reached, missing)', () => {
    for (const [run, want] of Object.entries(FIXTURE.expected.ratios)) {
      const got = byRun.get(run)!.ratios;
      assert.strictEqual(got.length, want.length);
      got.forEach((r, i) => (want[i] === null ? assert.strictEqual(r, null, `${run} task ${i}`) : close(r!, want[i]!, `${run} task ${i}`)));
    }
    for (const t of suite.tasks) {
      const [run, sec] = FIXTURE.expected.best[t.name];
      assert.strictEqual(t.bestRun, run);
      assert.strictEqual(t.bestSec, sec);
    }
    const missing = suite.tasks[1].runs.find((r) => r.run === 'd')!;
    assert.deepStrictEqual([missing.status, missing.ratio, missing.timeToTargetSec], ['missing', null, null]);
  });

  it('scores (area under ρ on [1, 4] / 3) match the hand values', () => {
    for (const [run, want] of Object.entries(FIXTURE.expected.score)) close(byRun.get(run)!.score, want, run);
    for (const [run, want] of Object.entries(FIXTURE.expected.within)) assert.strictEqual(byRun.get(run)!.within, want, run);
  });

  it('ρ(τ) steps and point values match the hand values', () => {
    for (const [run, want] of Object.entries(FIXTURE.expected.steps)) {
      const got = byRun.get(run)!.steps;
      assert.strictEqual(got.length, want.length, run);
      got.forEach((s, i) => {
        close(s.tau, want[i].tau, `${run} tau ${i}`);
        close(s.rho, want[i].rho, `${run} rho ${i}`);
      });
    }
    for (const c of FIXTURE.expected.rhoAt) close(rhoAt(byRun.get(c.run)!.ratios, c.tau), c.rho, `${c.run} ρ(${c.tau})`);
  });

  it('the score equals a midpoint-rule integral of ρ (negative control: a shifted ratio changes it)', () => {
    const n = 30000;
    for (const p of suite.runs) {
      let area = 0;
      for (let i = 0; i < n; i++) area += rhoAt(p.ratios, 1 + (3 * (i + 0.5)) / n) * (3 / n);
      assert.ok(Math.abs(area / 3 - p.score) < 1e-4, `${p.run}: ${area / 3} vs ${p.score}`);
    }
    assert.ok(Math.abs(profileScore([1, 2.1, 1]) - profileScore([1, 2, 1])) > 0.01);
  });

  it('a task where no run reached the target gives ∞ to everyone there', () => {
    assert.deepStrictEqual(taskRatios([null, null]), [null, null]);
    assert.deepStrictEqual(taskRatios([3, null, 6]), [1, null, 2]);
  });

  it('carries the fair-comparison verdicts per task', () => {
    const b = suite.tasks[0].runs.find((r) => r.run === 'b')!;
    assert.strictEqual(b.verdict, verdictText(VS, 2));
    assert.ok(b.verdict!.startsWith('better by 0.1'));
    assert.strictEqual(suite.tasks[0].runs.find((r) => r.run === 'a')!.verdict, null);
  });

  it('suite.json follows schemas/suite.schema.json (negative controls: a ratio < 1, a missing field)', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    const validate = ajv.compile(readJson(path.join(ROOT, 'schemas', 'suite.schema.json')));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-suite-'));
    try {
      const { json, html } = writeSuite(dir, suite);
      const doc = readJson<SuiteResult>(json);
      assert.ok(validate(doc), JSON.stringify(validate.errors));
      assert.strictEqual(doc.version, 1);
      assert.strictEqual(doc.format, 'optlab-suite');
      assert.ok(fs.readFileSync(html, 'utf8').includes('<svg'));
      const bad = JSON.parse(JSON.stringify(doc)) as SuiteResult;
      bad.runs[0].ratios[0] = 0.5;
      assert.ok(!validate(bad));
      const bad2 = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
      delete bad2.tasks;
      assert.ok(!validate(bad2));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('suite.html escapes names from configs and allows only its nonce\'d script', () => {
    const f = JSON.parse(JSON.stringify(FIXTURE)) as Fixture;
    const evil = '<img src=x onerror=alert(1)>';
    f.tasks[0].name = `</script>${evil}`;
    for (const t of f.tasks) t.runs[0].run = evil;
    const html = renderSuiteHtml(buildSuite(inputs(f), 'now'));
    assert.ok(!html.includes(evil));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!html.includes('</script><img'));
    const csp = /script-src 'nonce-([^']+)'/.exec(html);
    assert.ok(csp);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.ok(scripts.length >= 1 && scripts.every((s) => s.includes(`nonce="${csp[1]}"`)));
    assert.ok(suiteText(buildSuite(inputs(), 'now')).includes('0.889'));
  });

  it('refuses fewer than two configs, a config without target, and a config sharing no run name', () => {
    const [t1, t2, t3] = inputs();
    assert.throws(() => suiteRunNames([t1]), (e: unknown) => e instanceof SuiteInputError && /at least two/.test(e.message));
    const noTarget = { ...t2, config: { ...t2.config, target: undefined } };
    assert.throws(() => suiteRunNames([t1, noTarget]), /has no "target"/);
    const lonely = { ...t2, config: { ...t2.config, runs: [{ name: 'zzz', optimizer: { type: 'sgd', lr: 1 } }] } as ExperimentConfig };
    assert.throws(() => suiteRunNames([t1, lonely, t3]), /t2\.optlab\.json shares no run name/);
    assert.deepStrictEqual(suiteRunNames([t1, t2]), ['a', 'b', 'c', 'd']);
  });
});

describe('optlab suite: bad input (one line, exit 2)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-suite-cli-'));
  const cfg = (name: string, runs: string[], target = true): string => {
    const file = path.join(tmp, `${name}.optlab.json`);
    fs.writeFileSync(file, JSON.stringify({
      name, task: { type: 'function2d', fn: 'rosenbrock' }, steps: 5, ...(target ? { target: { metric: 'valLoss', value: 0.5 } } : {}),
      runs: runs.map((r) => ({ name: r, optimizer: { type: 'sgd', lr: 0.001 } })),
    }));
    return file;
  };
  const run = (args: string[]): { code: number | null; stderr: string; stdout: string } => {
    const r = spawnSync(process.execPath, [CLI, 'suite', ...args, '--out', path.join(tmp, 'out')], { encoding: 'utf8', cwd: tmp });
    return { code: r.status, stderr: r.stderr, stdout: r.stdout };
  };
  const oneLine = (s: string): void => assert.strictEqual(s.trim().split('\n').length, 1, s);
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('a missing file', () => {
    const r = run([cfg('a', ['x']), path.join(tmp, 'nope.optlab.json')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^optlab: cannot read .*nope\.optlab\.json: ENOENT/);
    oneLine(r.stderr);
  });

  it('one config', () => {
    const r = run([cfg('a', ['x'])]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^optlab: suite needs at least two CONFIG files/);
    oneLine(r.stderr);
  });

  it('a config with no run name in common', () => {
    const r = run([cfg('a', ['x', 'y']), cfg('b', ['x']), cfg('c', ['z'])]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^optlab: .*c\.optlab\.json shares no run name with the other configs/);
    oneLine(r.stderr);
    assert.ok(!fs.existsSync(path.join(tmp, 'out')), 'nothing trained or written');
  });

  it('the same config twice', () => {
    const a = cfg('a', ['x']);
    const r = run([a, cfg('b', ['x']), a]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^optlab: .*a\.optlab\.json is given twice \(as .*a\.optlab\.json\); each config is one task of the suite/);
    oneLine(r.stderr);
    assert.ok(!fs.existsSync(path.join(tmp, 'out')), 'nothing trained or written');
  });

  it('a config without a target', () => {
    const r = run([cfg('a', ['x']), cfg('d', ['x'], false)]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /d\.optlab\.json has no "target"/);
    oneLine(r.stderr);
  });

  it('a real suite of two function2d tasks: suite.json follows the schema and its ratios are the summaries\' times ÷ the best', () => {
    const out = path.join(tmp, 'ok');
    const quad = (name: string, lrs: Record<string, number>): string => {
      const file = path.join(tmp, `${name}.optlab.json`);
      fs.writeFileSync(file, JSON.stringify({
        name, task: { type: 'function2d', fn: 'quadratic', condition: 10 }, steps: 80, evalEvery: 1, seeds: [0, 1], baseline: 'slow',
        target: { metric: 'valLoss', value: 1e-3 }, runs: Object.entries(lrs).map(([n, lr]) => ({ name: n, optimizer: { type: 'sgd', lr } })),
      }));
      return file;
    };
    // "never" (lr 1e-4) cannot reach the target in 80 steps; "only_b" is missing from task a.
    const r = spawnSync(process.execPath, [CLI, 'suite', quad('qa', { slow: 0.05, fast: 0.09, never: 1e-4 }), quad('qb', { slow: 0.05, fast: 0.09, only_b: 0.08 }),
      '--out', out, '--results', path.join(tmp, 'runs'), '--backend', 'cpu', '--workers', '1'], { encoding: 'utf8', cwd: tmp });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /score/);
    const doc = readJson<SuiteResult>(path.join(out, 'suite.json'));
    const validate = new Ajv({ strict: true, allErrors: true }).compile(readJson(path.join(ROOT, 'schemas', 'suite.schema.json')));
    assert.ok(validate(doc), JSON.stringify(validate.errors));
    assert.ok(fs.existsSync(path.join(out, 'suite.html')));
    for (const t of doc.tasks) {
      const summary = readJson<ExperimentSummary>(path.join(t.resultsDir, 'summary.json'));
      const times = new Map(summary.runs.map((x) => [x.run, x.timeToTargetSec ?? null]));
      const best = Math.min(...[...times.values()].filter((x): x is number => x !== null));
      for (const run of t.runs) {
        const sec = times.get(run.run);
        if (sec === undefined) assert.strictEqual(run.status, 'missing');
        assert.strictEqual(run.timeToTargetSec, sec ?? null, `${t.name} ${run.run}`);
        if (sec === null || sec === undefined) assert.strictEqual(run.ratio, null);
        else close(run.ratio!, sec / best, `${t.name} ${run.run}`);
      }
      assert.strictEqual(t.runs.find((x) => x.run === 'never')?.ratio ?? null, null);
      for (const n of ['slow', 'fast']) assert.notStrictEqual(t.runs.find((x) => x.run === n)!.ratio, null, `${t.name} ${n} reached the target`);
      assert.ok(t.runs.find((x) => x.run === 'fast')!.verdict, 'verdict against the baseline');
    }
    const fast = doc.runs.find((p) => p.run === 'fast')!;
    close(fast.score, profileScore(fast.ratios), 'score of the written ratios');
    assert.deepStrictEqual(doc.runs.find((p) => p.run === 'never')!.ratios, [null, null]);
    assert.strictEqual(doc.runs.find((p) => p.run === 'only_b')!.ratios[0], null);
  });

  it('an invalid config: file:line:col problems, exit 1', () => {
    const bad = path.join(tmp, 'bad.optlab.json');
    fs.writeFileSync(bad, '{ "name": "bad", "steps": -1 }');
    const r = run([cfg('a', ['x']), bad]);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /bad\.optlab\.json:\d+:\d+: /);
  });
});
