import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { GOLDEN, ROOT, jsonFiles, readJson } from './helpers/paths';
import { compareTrajectory } from '../../src/core/replay';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function cli(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('optlab CLI contracts (SPEC §5)', () => {
  const goldenSchedules = jsonFiles(path.join(GOLDEN, 'schedules'));
  for (const f of goldenSchedules) {
    it(`schedule reproduces golden ${path.basename(f)}`, () => {
      const c = readJson<{ input: unknown; expected: { lr: number[] }; tol: number }>(f);
      const r = cli(['schedule'], JSON.stringify(c.input));
      assert.strictEqual(r.code, 0, r.stderr);
      const lr = (JSON.parse(r.stdout) as { lr: number[] }).lr;
      assert.strictEqual(lr.length, c.expected.lr.length);
      lr.forEach((v, i) => assert.ok(Math.abs(v - c.expected.lr[i]) <= c.tol * Math.max(1, Math.abs(c.expected.lr[i])), `step ${i}: ${v} vs ${c.expected.lr[i]}`));
    });
  }

  // torch.optim.lr_scheduler fixtures (gen_torch_schedules.py): LR and, for cycling schedules, momentum.
  for (const f of jsonFiles(path.join(ROOT, 'test', 'fixtures', 'torch_schedules'))) {
    it(`schedule reproduces torch fixture ${path.basename(f)}`, () => {
      const c = readJson<{ input: unknown; expected: { lr: number[]; momentum?: number[] }; rtol: number }>(f);
      const r = cli(['schedule'], JSON.stringify(c.input));
      assert.strictEqual(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { lr: number[]; momentum?: number[] };
      assert.deepStrictEqual(Object.keys(out), c.expected.momentum ? ['lr', 'momentum'] : ['lr']);
      for (const key of ['lr', 'momentum'] as const) {
        const e = c.expected[key];
        if (!e) continue;
        assert.strictEqual(out[key]?.length, e.length);
        out[key]!.forEach((v, i) => assert.ok(Math.abs(v - e[i]) <= c.rtol * Math.abs(e[i]), `${key} step ${i}: ${v} vs ${e[i]}`));
      }
    });
  }

  for (const name of ['sched_adam_onecycle_beta1', 'sched_momentum_cyclic']) {
    it(`replay FILE follows a cycled momentum: ${name} (wasm)`, () => {
      const f = path.join(ROOT, 'test', 'fixtures', 'optimizers', `${name}.json`);
      const c = readJson<{ input: unknown; expected: Record<string, number[]>[]; tol: number }>(f);
      const r = cli(['replay', '-', '--backend', 'wasm'], JSON.stringify(c.input));
      assert.strictEqual(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { params: Record<string, number[]>[] };
      assert.strictEqual(compareTrajectory(out.params, c.expected, c.tol), undefined);
    });
  }

  it('replay refuses a cycled momentum the optimizer cannot follow, in one line', () => {
    const input = { optimizer: { type: 'adagrad', lr: 0.1 }, schedule: { type: 'onecycle' }, params: { w: { shape: [2], values: [1, 2] } }, grads: [{ w: [0.1, 0.2] }] };
    const r = cli(['replay', '-', '--backend', 'cpu'], JSON.stringify(input));
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /adagrad does not follow/);
    assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
  });

  const goldenCases = jsonFiles(GOLDEN);
  for (const f of goldenCases) {
    it(`replay FILE reproduces golden ${path.basename(f)} (wasm)`, () => {
      const c = readJson<{ input: unknown; expected: Record<string, number[]>[]; tol: number }>(f);
      const tmp = path.join(os.tmpdir(), `optlab-replay-${process.pid}.json`);
      fs.writeFileSync(tmp, JSON.stringify(c.input));
      const r = cli(['replay', tmp, '--backend', 'wasm']);
      fs.rmSync(tmp, { force: true });
      assert.strictEqual(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { params: Record<string, number[]>[] };
      assert.strictEqual(compareTrajectory(out.params, c.expected, c.tol), undefined);
    });
  }

  it('replay - reads stdin and writes outputs larger than 64 KiB completely', () => {
    const n = 4000;
    const input = {
      optimizer: { type: 'sgd', lr: 0.1 },
      params: { w: { shape: [n], values: new Array(n).fill(1) } },
      grads: Array.from({ length: 5 }, () => ({ w: new Array(n).fill(0.5) })),
    };
    const r = cli(['replay', '-', '--backend', 'cpu'], JSON.stringify(input));
    assert.strictEqual(r.code, 0, r.stderr);
    assert.ok(r.stdout.length > 64 * 1024);
    const out = JSON.parse(r.stdout) as { params: { w: number[] }[] };
    assert.strictEqual(out.params.length, 5);
    assert.ok(Math.abs(out.params[4].w[123] - (1 - 5 * 0.05)) < 1e-6);
  });

  const bad: { name: string; input: string; pattern: RegExp }[] = [
    { name: 'malformed JSON', input: '{"optimizer": ', pattern: /not valid JSON/ },
    { name: 'unknown optimizer', input: JSON.stringify({ optimizer: { type: 'adamz' }, params: { w: { shape: [2], values: [1, 2] } }, grads: [{ w: [1, 1] }] }), pattern: /unknown optimizer "adamz"/ },
    { name: 'shape/value-count mismatch', input: JSON.stringify({ optimizer: { type: 'sgd', lr: 0.1 }, params: { w: { shape: [2, 2], values: [1, 2, 3] } }, grads: [] }), pattern: /params\.w\.values: has 3 values, the shape needs 4/ },
    { name: 'missing grads for a param', input: JSON.stringify({ optimizer: { type: 'sgd', lr: 0.1 }, params: { w: { shape: [1], values: [1] }, b: { shape: [1], values: [0] } }, grads: [{ w: [1] }] }), pattern: /grads\[0\]: missing gradient for param "b"/ },
    { name: 'negative lr', input: JSON.stringify({ optimizer: { type: 'adam', lr: -0.1 }, params: { w: { shape: [1], values: [1] } }, grads: [{ w: [1] }] }), pattern: /lr.*-0\.1/ },
  ];
  for (const b of bad) {
    it(`replay rejects ${b.name} with a one-line message and no stack trace`, () => {
      const r = cli(['replay', '-', '--backend', 'cpu'], b.input);
      assert.notStrictEqual(r.code, 0);
      const lines = r.stderr.trim().split('\n');
      assert.strictEqual(lines.length, 1, `expected one line, got:\n${r.stderr}`);
      assert.match(lines[0], /^optlab: /);
      assert.match(lines[0], b.pattern);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });
  }

  it('schedule rejects a negative lr and an unknown schedule type', () => {
    const r1 = cli(['schedule'], JSON.stringify({ lr: -1, schedule: { type: 'constant' }, steps: 3 }));
    assert.notStrictEqual(r1.code, 0);
    assert.match(r1.stderr, /^optlab: "lr" must be a non-negative number/);
    const r2 = cli(['schedule'], JSON.stringify({ lr: 1, schedule: { type: 'cosine_foo' }, steps: 3 }));
    assert.notStrictEqual(r2.code, 0);
    assert.strictEqual(r2.stderr.trim().split('\n').length, 1);
    assert.match(r2.stderr, /cosine_foo/);
  });

  it('unknown command and unknown flag fail with usage errors', () => {
    assert.strictEqual(cli(['frobnicate']).code, 2);
    const r = cli(['replay', '--bogus']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /unknown option --bogus/);
  });
});
