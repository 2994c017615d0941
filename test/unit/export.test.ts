/**
 * The exported PyTorch script (src/core/export/pytorchExport.ts): its replay mode must reproduce every
 * PyTorch fixture of every optimizer type (test/fixtures/optimizers and /work/shared/golden), its schedule
 * mode the schedule fixtures, and `torchrun --nproc_per_node 2` must train it on CPU and write metrics that
 * `importRuns` reads back. Tests that need Python skip (with the reason) when /usr/bin/python3 has no torch.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import * as net from 'net';
import { GOLDEN, ROOT, jsonFiles, readJson } from './helpers/paths';
import { EXPORTABLE_OPTIMIZERS, ExportError, PYTORCH_TEMPLATE, exportFileName, exportRunAsPytorch, pyLiteral } from '../../src/core/export/pytorchExport';
import { importRuns } from '../../src/core/importRuns';
import { loadExperiment } from '../../src/core/results';
import type { ExperimentConfig } from '../../src/core/config/types';
import type { OptimizerConfig } from '../../src/core/optimizers/types';

/** The interpreter with PyTorch (CI installs python3-torch); override with OPTLAB_TORCH_PYTHON. */
const PYTHON = process.env.OPTLAB_TORCH_PYTHON ?? '/usr/bin/python3';
let torchChecked: string | undefined | null = null;

/** Undefined when PYTHON can import torch, else why not. */
function noTorchReason(): string | undefined {
  if (torchChecked !== null) return torchChecked;
  const r = spawnSync(PYTHON, ['-c', 'import torch, sys; sys.stdout.write(torch.__version__)'], { encoding: 'utf8' });
  torchChecked = r.status === 0 ? undefined : `${PYTHON} with torch is not available (${r.error?.message ?? (r.stderr || '').trim().split('\n').pop()}); install python3-torch to run this test`;
  return torchChecked;
}

function needTorch(ctx: Mocha.Context): void {
  const why = noTorchReason();
  if (why) {
    // eslint-disable-next-line no-console
    console.log(`      skipped: ${why}`);
    ctx.skip();
  }
}

interface ReplayCase {
  name: string;
  input: { optimizer: OptimizerConfig };
  expected: Record<string, number[]>[];
  tol: number;
}

/** A loopback port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function tmpDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `optlab-export-${tag}-`));
}

function configWith(optimizer: OptimizerConfig, extra: Partial<ExperimentConfig> = {}): ExperimentConfig {
  return {
    name: 'export-test',
    task: { type: 'char_lm', layers: 1, dModel: 16, heads: 2, context: 16, batchSize: 4 },
    steps: 8,
    evalEvery: 4,
    schedule: { type: 'warmup_cosine', warmupSteps: 2, minLrRatio: 0.1 },
    runs: [{ name: 'r', optimizer }],
    ...extra,
  };
}

/** |a − e| ≤ tol·max(1, |e|) over a trajectory (README of the golden folder); the first mismatch or undefined. */
function mismatch(actual: Record<string, number[]>[], expected: Record<string, number[]>[], tol: number): string | undefined {
  if (actual.length !== expected.length) return `expected ${expected.length} steps, got ${actual.length}`;
  for (let t = 0; t < expected.length; t++) {
    for (const [name, ev] of Object.entries(expected[t])) {
      const av = actual[t][name];
      if (!av || av.length !== ev.length) return `step ${t} ${name}: length ${av?.length} vs ${ev.length}`;
      for (let i = 0; i < ev.length; i++) {
        if (!(Math.abs(av[i] - ev[i]) <= tol * Math.max(1, Math.abs(ev[i])))) return `step ${t} ${name}[${i}]: got ${av[i]}, expected ${ev[i]} (tol ${tol})`;
      }
    }
  }
  return undefined;
}

describe('PyTorch export: the script text', () => {
  const config: ExperimentConfig = {
    name: 'muon-vs-adamw',
    task: { type: 'char_lm', layers: 2, dModel: 64, heads: 4, context: 64, batchSize: 16 },
    steps: 600,
    seeds: [3, 4],
    evalEvery: 50,
    schedule: { type: 'warmup_cosine', warmupSteps: 60, minLrRatio: 0.1 },
    runs: [
      { name: 'adamw', optimizer: { type: 'adamw', lr: 3e-3, betas: [0.9, 0.95], weightDecay: 0.1 } },
      { name: 'hybrid', optimizer: { type: 'hybrid', muon: { lr: 0.02 }, adamw: { lr: 3e-3 } },
        schedule: { type: 'wsd', warmupSteps: 60, stableSteps: 420, decaySteps: 120 } },
      { name: 'lion', optimizer: { type: 'lion', lr: 3e-4 }, sweep: { lr: [1e-4, 3e-4, 1e-3] } },
    ],
  };

  it('writes the run settings as Python literals, the run schedule over the default, and the torch call', () => {
    const py = exportRunAsPytorch(config, 'adamw', { source: 'm.optlab.json' });
    assert.match(py, /^#!\/usr\/bin\/env python3\n"""A standalone PyTorch training script/);
    assert.match(py, /\nEXPERIMENT = "muon-vs-adamw"\nRUN = "adamw"\n/);
    assert.match(py, /\nOPTIMIZER = \{"type": "adamw", "lr": 0\.003, "betas": \[0\.9, 0\.95\], "weightDecay": 0\.1\}\n/);
    assert.match(py, /\nSCHEDULE = \{"type": "warmup_cosine", "warmupSteps": 60, "minLrRatio": 0\.1\}\n/);
    assert.match(py, /\nSTEPS = 600\n/);
    assert.match(py, /\nEVAL_EVERY = 50 /);
    assert.match(py, /\nSEEDS = \[3, 4\] /);
    assert.match(py, /torch\.optim\.AdamW\(params, lr=0\.003, betas=\(0\.9, 0\.95\), weight_decay=0\.1\)/);
    assert.ok(py.endsWith(PYTORCH_TEMPLATE));
    const hybrid = exportRunAsPytorch(config, 'hybrid');
    assert.match(hybrid, /\nSCHEDULE = \{"type": "wsd", "warmupSteps": 60, "stableSteps": 420, "decaySteps": 120\}\n/);
    assert.match(hybrid, /\nOPTIMIZER = \{"type": "hybrid", "muon": \{"lr": 0\.02\}, "adamw": \{"lr": 0\.003\}\}\n/);
  });

  it('exports the first sweep value, or the one asked for, and says so', () => {
    const first = exportRunAsPytorch(config, 'lion');
    assert.match(first, /\nOPTIMIZER = \{"type": "lion", "lr": 0\.0001\}\n/);
    assert.match(first, /Sweep: {5}sweep over lr ∈ \[0\.0001, 0\.0003, 0\.001\]: this script trains lr = 0\.0001;/);
    const chosen = exportRunAsPytorch(config, 'lion', { sweepValue: 1e-3 });
    assert.match(chosen, /\nOPTIMIZER = \{"type": "lion", "lr": 0\.001\}\n/);
    assert.throws(() => exportRunAsPytorch(config, 'adamw', { sweepValue: 1 }), /run "adamw" has no sweep/);
  });

  it('a PyTorch-type schedule is torch\'s own scheduler class, not a LambdaLR copy', () => {
    const py = exportRunAsPytorch(configWith({ type: 'sgd', lr: 0.1, momentum: 0.9 }, { schedule: { type: 'onecycle', pctStart: 0.25, warmupSteps: 2 } }), 'r');
    assert.match(py, /Schedule: {2}torch\.optim\.lr_scheduler\.OneCycleLR\(optimizer, max_lr=0\.1, total_steps=\d+, pct_start=0\.25\)/);
    assert.match(py, /\nSCHEDULE = \{"type": "onecycle", "pctStart": 0\.25, "warmupSteps": 2\}/);
    // The training loop and replay build the scheduler through make_scheduler, which maps onecycle to OneCycleLR.
    assert.match(py, /scheduler = make_scheduler\(optimizer, SCHEDULE, steps\)/);
    assert.match(py, /return lrs\.OneCycleLR\(optimizer, max_lr=/);
    assert.doesNotMatch(py, /LambdaLR\(optimizer, make_lr_lambda\(SCHEDULE/);
    const cos = exportRunAsPytorch(configWith({ type: 'adam' }, { schedule: { type: 'cosine_annealing', etaMin: 1e-5 } }), 'r');
    assert.match(cos, /CosineAnnealingLR\(optimizer, eta_min=0\.00001, T_max=\d+\)/);
  });

  it('fails with one-line errors for an unknown run, optimizer or schedule', () => {
    assert.throws(() => exportRunAsPytorch(config, 'nope'), (e: Error) => e instanceof ExportError && e.message === 'no run named "nope" (runs: "adamw", "hybrid", "lion")');
    assert.throws(() => exportRunAsPytorch(configWith({ type: 'no_such_optimizer' }), 'r'), /optimizer "no_such_optimizer" cannot be exported/);
    assert.throws(() => exportRunAsPytorch(configWith({ type: 'sgd' }, { schedule: { type: 'linear', warmupSteps: 9 } }), 'r'), /run "r": .*warmupSteps/);
  });

  it('pyLiteral writes True/False/None and names only as escaped string literals', () => {
    assert.strictEqual(pyLiteral({ a: true, b: false, c: null, d: [1, 2.5e-7], e: 'x"y' }), '{"a": True, "b": False, "c": None, "d": [1, 2.5e-7], "e": "x\\"y"}');
    const py = exportRunAsPytorch({ ...configWith({ type: 'sgd' }), name: 'a"""b\\c' }, 'r');
    assert.ok(py.includes('\nEXPERIMENT = "a\\"\\"\\"b\\\\c"\n'), py.slice(0, 1500));
    assert.strictEqual(exportFileName({ ...configWith({ type: 'sgd' }), name: 'my exp!' }, 'muon+adamw'), 'my_exp_muon_adamw.py');
  });

  it('the template is template.py with elementwise.py at its marker, and Python compiles both', function () {
    const dir = path.join(ROOT, 'src', 'core', 'export');
    const template = fs.readFileSync(path.join(dir, 'template.py'), 'utf8');
    const authors = fs.readFileSync(path.join(dir, 'elementwise.py'), 'utf8');
    assert.strictEqual(PYTORCH_TEMPLATE, template.replace('# @@AUTHORS_OPTIMIZERS@@\n', authors));
    assert.ok(PYTORCH_TEMPLATE.length === template.length + authors.length - '# @@AUTHORS_OPTIMIZERS@@\n'.length, 'the marker line is in template.py once');
    assert.match(PYTORCH_TEMPLATE, /\ndef main\(argv=None\):/);
    const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'pass']).status === 0);
    if (!python) this.skip();
    for (const file of [path.join(dir, 'template.py'), path.join(dir, 'elementwise.py')]) {
      const compiled: { status: number | null; stderr: string } = spawnSync(python as string, ['-c', 'import sys; compile(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1], "exec")', file], { encoding: 'utf8' });
      assert.strictEqual(compiled.status, 0, compiled.stderr);
    }
  });
});

describe('PyTorch export: replay mode equals the PyTorch fixtures (every optimizer type)', function () {
  this.timeout(300_000);
  const files = [...jsonFiles(path.join(ROOT, 'test', 'fixtures', 'optimizers')), ...jsonFiles(GOLDEN)];
  const byType = new Map<string, string[]>();
  for (const f of files) {
    const c = readJson<ReplayCase>(f);
    if (!c.input?.optimizer?.type || !Array.isArray(c.expected)) continue;
    const t = c.input.optimizer.type;
    byType.set(t, [...(byType.get(t) ?? []), f]);
  }
  // One python3 process replays every fixture (interpreter start-up dominates), plus one negative control:
  // an Adam-with-L2 fixture replayed as AdamW must NOT match, or the comparison could not fail.
  const results = new Map<string, { params: Record<string, number[]>[] }>();
  let dir = '';
  let negative = '';
  let failure: string | undefined;
  let ms = 0;

  before(function () {
    if (noTorchReason()) return;
    dir = tmpDir('replay');
    const script = path.join(dir, 'run.py');
    fs.writeFileSync(script, exportRunAsPytorch(configWith({ type: 'adamw' }), 'r'));
    const l2 = files.find((f) => /adam_l2\.json$/.test(f));
    const inputs = [...files];
    if (l2) {
      const c = readJson<ReplayCase>(l2);
      negative = path.join(dir, 'negative.json');
      fs.writeFileSync(negative, JSON.stringify({ ...c.input, optimizer: { ...c.input.optimizer, type: 'adamw' } }));
      inputs.push(negative);
    }
    const t0 = Date.now();
    const r = spawnSync(PYTHON, [script, '--replay', ...inputs], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    ms = Date.now() - t0;
    if (r.status !== 0) {
      failure = r.stderr;
      return;
    }
    const lines = r.stdout.trim().split('\n');
    inputs.forEach((f, i) => results.set(f, JSON.parse(lines[i]) as { params: Record<string, number[]>[] }));
    // eslint-disable-next-line no-console
    console.log(`      python3 --replay of ${inputs.length} inputs: ${ms} ms`);
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has PyTorch fixtures for every exportable optimizer type', () => {
    const missing = EXPORTABLE_OPTIMIZERS.filter((t) => !byType.has(t));
    assert.deepStrictEqual(missing, [], `no fixture for ${missing.join(', ')}`);
  });

  for (const type of EXPORTABLE_OPTIMIZERS) {
    it(`${type}: the exported script replays ${byType.get(type)?.length ?? 0} fixture(s) within tol`, function () {
      needTorch(this);
      assert.strictEqual(failure, undefined, failure);
      const cases = byType.get(type) ?? [];
      assert.ok(cases.length > 0, `no fixture for ${type}`);
      for (const f of cases) {
        const c = readJson<ReplayCase>(f);
        const out = results.get(f);
        assert.ok(out, `no output for ${path.basename(f)}`);
        const bad = mismatch(out.params, c.expected, c.tol);
        assert.strictEqual(bad, undefined, `${path.basename(f)}: ${bad}`);
      }
    });
  }

  it('a wrong optimizer rule would be caught: Adam-L2 replayed as AdamW does not match', function () {
    needTorch(this);
    if (!negative) this.skip();
    const l2 = files.find((f) => /adam_l2\.json$/.test(f))!;
    const c = readJson<ReplayCase>(l2);
    assert.notStrictEqual(mismatch(results.get(negative)!.params, c.expected, c.tol), undefined);
  });

  it('embeds each fixture optimizer config verbatim as OPTIMIZER (what replay and training both build from)', () => {
    for (const f of files) {
      const c = readJson<ReplayCase>(f);
      if (!c.input?.optimizer) continue;
      const py = exportRunAsPytorch(configWith(c.input.optimizer), 'r');
      const line = /\nOPTIMIZER = ([\s\S]*?)\nSCHEDULE = /.exec(py)![1];
      const json = line.replace(/\bTrue\b/g, 'true').replace(/\bFalse\b/g, 'false').replace(/\bNone\b/g, 'null').replace(/,(\s*[\]}])/g, '$1');
      assert.deepStrictEqual(JSON.parse(json), c.input.optimizer, path.basename(f));
    }
  });
});

describe('PyTorch export: schedule mode equals the schedule fixtures', function () {
  this.timeout(120_000);
  const torchFiles = jsonFiles(path.join(ROOT, 'test', 'fixtures', 'torch_schedules'));
  const files = [...jsonFiles(path.join(ROOT, 'test', 'fixtures', 'schedules')), ...jsonFiles(path.join(GOLDEN, 'schedules')), ...torchFiles];
  it(`reproduces ${files.length} PyTorch schedule fixtures (LambdaLR shapes and torch's own schedulers, momentum included)`, function () {
    needTorch(this);
    assert.ok(files.length > 0, 'no schedule fixtures');
    const dir = tmpDir('sched');
    try {
      const script = path.join(dir, 'run.py');
      fs.writeFileSync(script, exportRunAsPytorch(configWith({ type: 'sgd' }), 'r'));
      const r = spawnSync(PYTHON, [script, '--schedule', ...files], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
      assert.strictEqual(r.status, 0, r.stderr);
      const lines = r.stdout.trim().split('\n');
      assert.strictEqual(lines.length, files.length);
      files.forEach((f, k) => {
        const c = readJson<{ expected: { lr: number[]; momentum?: number[] }; tol?: number; rtol?: number }>(f);
        const out = JSON.parse(lines[k]) as { lr: number[]; momentum?: number[] };
        // torch_schedules fixtures carry a relative tolerance, the LambdaLR ones an absolute-or-relative one.
        const close = (v: number, e: number): boolean =>
          c.rtol !== undefined ? Math.abs(v - e) <= c.rtol * Math.abs(e) : Math.abs(v - e) <= (c.tol ?? 0) * Math.max(1, Math.abs(e));
        assert.strictEqual(out.lr.length, c.expected.lr.length, path.basename(f));
        out.lr.forEach((v, i) => assert.ok(close(v, c.expected.lr[i]), `${path.basename(f)} step ${i}: ${v} vs ${c.expected.lr[i]}`));
        assert.strictEqual(out.momentum !== undefined, c.expected.momentum !== undefined, `${path.basename(f)}: momentum printed iff cycled`);
        out.momentum?.forEach((v, i) => assert.ok(close(v, c.expected.momentum![i]), `${path.basename(f)} momentum step ${i}: ${v}`));
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('PyTorch export: training runs and comes back with optlab import', function () {
  this.timeout(180_000);

  it('python3 SCRIPT trains a Sophia run (Hessian refresh) and writes MetricRows with eval steps', function () {
    needTorch(this);
    const dir = tmpDir('single');
    try {
      const script = path.join(dir, 'sophia.py');
      fs.writeFileSync(script, exportRunAsPytorch(configWith({ type: 'sophia', lr: 1e-3, hessianInterval: 2 }), 'r'));
      const out = path.join(dir, 'out');
      const t0 = Date.now();
      const r = spawnSync(PYTHON, [script, '--steps', '6', '--out', out, '--device', 'cpu'], { encoding: 'utf8' });
      const ms = Date.now() - t0;
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stdout, /group default +sophia/);
      const rows = fs.readFileSync(path.join(out, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.deepStrictEqual(rows.map((x) => x.step), [0, 1, 2, 3, 4, 5]);
      for (const row of rows) {
        for (const k of ['loss', 'gradNorm', 'updateRms', 'tokens', 'timeMs']) assert.strictEqual(typeof row[k], 'number', `${k} in ${JSON.stringify(row)}`);
        assert.deepStrictEqual(Object.keys(row.lr as object), ['default']);
      }
      // warmup_cosine with 2 warmup steps over 6 steps: lr(0) = 0, lr(1) = base/2, lr(2) = base.
      assert.deepStrictEqual(rows.slice(0, 3).map((x) => (x.lr as Record<string, number>).default), [0, 5e-4, 1e-3]);
      assert.deepStrictEqual(rows.map((x) => 'valLoss' in x), [false, false, false, true, false, true]);
      assert.deepStrictEqual(rows.map((x) => x.tokens), [64, 128, 192, 256, 320, 384]);
      const info = readJson<{ run: string; optimizer: OptimizerConfig; worldSize: number }>(path.join(out, 'run.json'));
      assert.strictEqual(info.worldSize, 1);
      // eslint-disable-next-line no-console
      console.log(`      python3 single process, 6 steps: ${ms} ms`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('torchrun --nproc_per_node 2 (gloo, CPU) trains a MuonClip run with QK-clip; importRuns reads the metrics back', async function () {
    needTorch(this);
    const dir = tmpDir('ddp');
    try {
      // A threshold far below the tiny model's logits makes QK-clip fire on every head (synchronised across ranks).
      const config = configWith({ type: 'muonclip', qkClipThreshold: 0.05, fallback: { lr: 3e-3 } }, { name: 'ddp-test', steps: 10, evalEvery: 5 });
      const script = path.join(dir, 'muonclip.py');
      fs.writeFileSync(script, exportRunAsPytorch(config, 'r'));
      const out = path.join(dir, 'optlab-export-r');
      const t0 = Date.now();
      // --redirects 1 --tee 1: torch 1.13's launcher cannot parse its own default "0" under Python ≥ 3.11.
      // A free port instead of --standalone's fixed 29400, which another torchrun on the machine may hold.
      const port = await freePort();
      const r = spawnSync(PYTHON, ['-m', 'torch.distributed.run', '--nnodes', '1', '--master_addr', '127.0.0.1', '--master_port', String(port), '--nproc_per_node', '2', '--redirects', '1', '--tee', '1',
        '--log_dir', path.join(dir, 'logs'), script, '--out', out, '--device', 'cpu'], { encoding: 'utf8', timeout: 120_000 });
      const ms = Date.now() - t0;
      assert.strictEqual(r.status, 0, `${r.stderr}\n${r.stdout}`);
      assert.match(r.stdout, /world size 2 on cpu/);
      assert.match(r.stdout, /group muon +muon/);
      assert.match(r.stdout, /group adamw +adamw/);
      const info = readJson<{ worldSize: number }>(path.join(out, 'run.json'));
      assert.strictEqual(info.worldSize, 2);
      const clips = fs.readFileSync(path.join(out, 'qkclip.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { step: number; head: number; maxLogit: number; eta: number });
      assert.deepStrictEqual(clips.filter((c) => c.step === 0).map((c) => c.head), [0, 1], 'both heads clipped at the first step');
      for (const c of clips) assert.ok(Math.abs(c.eta - 0.05 / c.maxLogit) < 1e-12 && c.eta < 1);
      assert.match(r.stdout, /QK-clip layer 0 head 1/);

      const root = path.join(dir, 'results');
      const imported = importRuns(out, root);
      const exp = await loadExperiment(imported);
      assert.strictEqual(exp.config.name, 'ddp-test');
      assert.deepStrictEqual(exp.config.runs.map((x) => x.optimizer.type), ['imported']);
      assert.strictEqual(exp.jobs.length, 1);
      const rows = exp.jobs[0].rows;
      assert.strictEqual(exp.jobs[0].key.id, 'r__s0');
      assert.deepStrictEqual(rows.map((x) => x.step), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      // Two ranks × 4 sequences × 16 tokens per step: the metrics count the global batch.
      assert.deepStrictEqual(rows.map((x) => x.tokens), rows.map((_, t) => (t + 1) * 2 * 4 * 16));
      assert.deepStrictEqual(Object.keys(rows[3].lr).sort(), ['adamw', 'muon']);
      assert.ok(Math.abs(rows[3].lr.muon / rows[3].lr.adamw - 0.02 / 3e-3) < 1e-9, 'both groups follow one schedule shape');
      assert.deepStrictEqual(rows.filter((x) => x.valLoss !== undefined).map((x) => x.step), [4, 9]);
      assert.ok(rows.every((x) => Number.isFinite(x.loss) && x.loss > 0));
      assert.ok(rows.every((x) => typeof x.maxAttnLogit === 'number'));
      assert.strictEqual(exp.summary?.runs[0].status, 'done');
      assert.strictEqual(exp.summary?.runs[0].optimizer, 'muonclip');
      // eslint-disable-next-line no-console
      console.log(`      torchrun --nproc_per_node 2, 10 steps: ${ms} ms`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a tuned run exports the values tuning chose (from a finished experiment), and only then', () => {
    const tuned = {
      name: 't', task: { type: 'function2d', fn: 'rosenbrock' }, steps: 10,
      tune: { space: { lr: { log: [1e-4, 1e-1] } }, trials: 3, method: 'halton', seeds: [100] },
      runs: [{ name: 'a', optimizer: { type: 'adamw', lr: 1e-3 } }],
    } as unknown as ExperimentConfig;
    assert.throws(() => exportRunAsPytorch(tuned, 'a'), /run "a" is tuned: .*--results RUN_DIR/);
    const py = exportRunAsPytorch(tuned, 'a', { tuned: { optimizer: { type: 'adamw', lr: 0.0123, betas: [0.9, 0.999] }, from: '20261205-000000-000' } });
    assert.match(py, /\nOPTIMIZER = \{"type": "adamw", "lr": 0\.0123, "betas": \[0\.9, 0\.999\]\}\n/);
    assert.match(py, /Tuned: {5}tuned values \(SPEC §10\) from 20261205-000000-000/);
    assert.throws(() => exportRunAsPytorch(tuned, 'a', { tuned: { optimizer: { type: 'sgd' }, from: 'x' } }), /not a run of this config/);
    assert.throws(() => exportRunAsPytorch({ ...tuned, tune: undefined } as ExperimentConfig, 'a', { tuned: { optimizer: { type: 'adamw' }, from: 'x' } }), /is not tuned/);
  });
});
