/**
 * SPEC §13, the bad-input and fault contract: one test per probe of a careless or hostile user, and per
 * mechanism (escaping per target, unique job ids, resource limits, atomic writes, real-path confinement,
 * bounded workers, signals). CLI probes run the built `dist/cli.js` as a user would.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn, spawnSync } from 'child_process';
import { ROOT } from './helpers/paths';
import { csvCell, escapeHtml, pyString, terminalText } from '../../src/escape';
import { validateConfig } from '../../src/core/config/validate';
import type { Problem } from '../../src/core/config/validate';
import { parseDocument, MAX_NESTING } from '../../src/core/config/parse';
import { RESOURCE_LIMITS, estimateTask } from '../../src/core/config/resources';
import { expandJobs, jobId } from '../../src/core/experiment';
import type { ExperimentConfig } from '../../src/core/config/types';
import { exportRunAsPytorch } from '../../src/core/export/pytorchExport';
import { ResultsWriteError, loadExperiment, metricsCsv, writeFileAtomic } from '../../src/core/results';
import type { LoadedExperiment } from '../../src/core/results';
import { renderReport } from '../../src/core/report';
import { confinedRealPath } from '../../src/core/paths';
import { loadCorpus } from '../../src/core/tasks/corpus';
import { parseJsonlRun } from '../../src/core/importRuns';

const CLI = path.join(ROOT, 'dist', 'cli.js');
/** The fs module object itself (an ES import binding cannot be reassigned), to simulate a failing disk. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mutableFs = require('fs') as typeof fs;
const DIST = path.join(ROOT, 'dist');
/** Any Python 3 parses the exported scripts (no torch needed for `ast`). */
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'pass']).status === 0);

function cli(args: string[], opts: { input?: string; cwd?: string; timeout?: number } = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: opts.input, encoding: 'utf8', cwd: opts.cwd ?? ROOT, timeout: opts.timeout ?? 60_000, maxBuffer: 64 * 2 ** 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A CLI failure as the contract wants it: non-zero, one-line messages, no stack trace. */
function assertCleanFailure(r: { code: number | null; stderr: string }, pattern: RegExp): void {
  assert.notStrictEqual(r.code, 0, r.stderr);
  assert.match(r.stderr, pattern);
  assert.ok(!/\n\s+at /.test(r.stderr), `stack trace in: ${r.stderr}`);
}

function pickTask(rnd: () => number, big: () => number): Record<string, unknown> {
  const r = rnd();
  if (r < 0.5) return { type: 'char_lm', layers: Math.ceil(rnd() * 64), dModel: 8 * Math.ceil(rnd() * 512), heads: 8, context: big(), batchSize: big() };
  if (r < 0.75) return { type: 'mlp', dataset: 'moons', hidden: [big(), big()], samples: Math.max(10, big()), batchSize: big() };
  return { type: 'matrix', problem: rnd() < 0.5 ? 'regression' : 'lowrank', rows: big(), cols: big(), rank: Math.ceil(rnd() * 8) };
}

const tmp = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `optlab-${prefix}-`));

const F2D = { type: 'function2d', fn: 'rosenbrock' };
const base = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'probe', task: F2D, steps: 10, runs: [{ name: 'a', optimizer: { type: 'sgd', lr: 1e-3 } }], ...over,
});
const errors = (cfg: unknown, text?: string): Problem[] =>
  validateConfig(text ?? JSON.stringify(cfg, null, 1)).problems.filter((p) => p.severity === 'error');
const codes = (cfg: unknown): string[] => errors(cfg).map((p) => p.code);

describe('bad input and faults (SPEC §13)', () => {
  describe('escaping: one function per target', () => {
    it('HTML: every special character becomes an entity; non-strings are stringified', () => {
      assert.strictEqual(escapeHtml(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
      assert.strictEqual(escapeHtml(12), '12');
    });

    it('CSV: text cells a spreadsheet would run as a formula get a quote prefix; numbers stay numbers', () => {
      for (const bad of ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
        const cell = csvCell(bad);
        assert.ok(cell.startsWith("'") || cell.startsWith(`"'`), `${JSON.stringify(bad)} → ${cell}`);
      }
      assert.strictEqual(csvCell(-0.5), '-0.5');
      assert.strictEqual(csvCell('a,b'), '"a,b"');
      assert.strictEqual(csvCell('x"y'), '"x""y"');
      assert.strictEqual(csvCell(undefined), '');
    });

    it('CSV export of a run named like a formula is inert', () => {
      const exp: LoadedExperiment = {
        dir: '/x', config: { name: 'n', task: { type: 'function2d', fn: 'beale' }, steps: 1, runs: [] },
        jobs: [{ key: { id: 'x__s0', run: '=cmd|\' /C calc\'!A0', seed: 0 }, rows: [{ step: 0, loss: -1, lr: {}, gradNorm: 1, updateRms: 0, tokens: 1, timeMs: 1 }], qkclip: [] }],
      };
      const line = metricsCsv(exp).split('\n')[1];
      assert.ok(line.startsWith(`'=cmd|' /C calc'!A0,0,,,,0,-1,`), line);
    });

    it('Python: any text round-trips through a string literal that stays on one line (checked by Python)', function () {
      if (!PYTHON) this.skip();
      const samples = ['plain', 'a"b\\c', 'x\ry', 'x\ny', 'x\u2028y\u2029z', 'nul\u0000x', '\u000c\u000b\u001b[2J', 'é 中 😀', '\ud800 lone', `'''"""`];
      const rng = (() => { let s = 7; return () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32); })();
      for (let i = 0; i < 40; i++) samples.push(Array.from({ length: 12 }, () => String.fromCodePoint(Math.floor(rng() * 0x3000))).join(''));
      for (const s of samples) assert.ok(!/[\r\n\u2028\u2029\u0000]/.test(pyString(s)));
      const program = `import ast, json, sys\nvals = [${samples.map(pyString).join(', ')}]\nsys.stdout.write(json.dumps(vals, ensure_ascii=True))`;
      const r = spawnSync(PYTHON!, ['-c', program], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.deepStrictEqual(JSON.parse(r.stdout), samples);
    });

    it('terminal: control characters in names are shown as escapes', () => {
      assert.strictEqual(terminalText('a\rb\u001b[2J\u2028'), 'a\\x0db\\x1b[2J\\u2028');
    });
  });

  describe('1. exported scripts: no text from a config or a file name outside a string literal', () => {
    const hostile = ['inj\rimport os;os.system("touch PWNED") #.optlab.json', 'inj\nimport os #', 'inj\u2028x', 'nul\u0000x', '"""; import os'];
    for (const source of hostile) {
      it(`source file name ${JSON.stringify(source)} is only a string literal`, function () {
        if (!PYTHON) this.skip();
        const config = base({ name: 'exp' }) as unknown as ExperimentConfig;
        const py = exportRunAsPytorch(config, 'a', { source });
        const file = path.join(tmp('export'), 'out.py');
        fs.writeFileSync(file, py);
        // Parse the module and read the literals back: the names must be exactly the inputs, and the module's
        // statements before the template must be the docstring and plain assignments — no call, no import.
        const program = [
          'import ast, json, sys',
          'tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())',
          'out = {}',
          'kinds = []',
          'for node in tree.body[:12]:',
          '    kinds.append(type(node).__name__)',
          '    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):',
          '        out[node.targets[0].id] = ast.literal_eval(node.value)',
          'print(json.dumps({"vals": out, "kinds": kinds}))',
        ].join('\n');
        const r = spawnSync(PYTHON!, ['-c', program, file], { encoding: 'utf8' });
        assert.strictEqual(r.status, 0, r.stderr);
        const { vals, kinds } = JSON.parse(r.stdout) as { vals: Record<string, unknown>; kinds: string[] };
        assert.strictEqual(vals.SOURCE, source);
        assert.strictEqual(vals.EXPERIMENT, 'exp');
        assert.deepStrictEqual(kinds.slice(0, 4), ['Expr', 'Assign', 'Assign', 'Assign']);
        assert.ok(!kinds.slice(0, 10).includes('Import'), kinds.join(','));
      });
    }

    it('optlab export writes a script whose module has no statement from the file name', function () {
      if (!PYTHON) this.skip();
      const dir = tmp('export-cli');
      const name = 'inj\rimport os;os.system("touch PWNED") #.optlab.json';
      fs.writeFileSync(path.join(dir, name), JSON.stringify(base()));
      const r = cli(['export', name, '--run', 'a', '--out', 'out.py'], { cwd: dir });
      assert.strictEqual(r.code, 0, r.stderr);
      const c = spawnSync(PYTHON, ['-c', 'import ast,sys; t=ast.parse(open(sys.argv[1]).read()); print(sum(isinstance(n,(ast.Import,ast.ImportFrom)) and any(a.name=="os" for a in n.names) for n in t.body[:12]))', path.join(dir, 'out.py')], { encoding: 'utf8' });
      assert.strictEqual(c.stdout.trim(), '0', c.stderr);
      assert.ok(!fs.existsSync(path.join(dir, 'PWNED')));
    });
  });

  describe('2. job ids are unique by construction', () => {
    it('runs whose names clean to the same file are an error at the second name', () => {
      const p = errors(base({ runs: [{ name: 'a<b', optimizer: { type: 'sgd' } }, { name: 'a>b', optimizer: { type: 'sgd' } }] }));
      assert.deepStrictEqual(p.map((x) => x.code), ['job-id-collision']);
      assert.match(p[0].message, /a>b.*runs\[0\]/);
    });

    it('names that differ only by case collide (case-insensitive file systems)', () => {
      assert.deepStrictEqual(codes(base({ runs: [{ name: 'Adam', optimizer: { type: 'sgd' } }, { name: 'adam', optimizer: { type: 'sgd' } }] })), ['job-id-collision']);
    });

    it('a run name holding the job-id separator "__" (it could spell another run\'s sweep or trial job) is an error', () => {
      for (const name of ['a__lr=0.2', 'a__trial3', 'x__s1']) {
        const cfg = base({ runs: [{ name: 'a', optimizer: { type: 'sgd' }, sweep: { lr: [0.1, 0.2] } }, { name, optimizer: { type: 'sgd' } }] });
        assert.deepStrictEqual(codes(cfg), ['name-job-id-separator'], name);
      }
    });

    it('a repeated sweep value is an error at its position; values equal to 6 digits are distinct jobs', () => {
      const text = JSON.stringify(base({ runs: [{ name: 'a', optimizer: { type: 'sgd' }, sweep: { lr: [0.01, 0.01] } }] }));
      const p = errors(undefined, text);
      assert.deepStrictEqual(p.map((x) => x.code), ['duplicate-sweep-value']);
      assert.strictEqual(text.slice(p[0].range.startOffset, p[0].range.endOffset), '0.01');
      assert.notStrictEqual(jobId('a', 0, { key: 'lr', value: 0.0100000001 }), jobId('a', 0, { key: 'lr', value: 0.01 }));
      assert.deepStrictEqual(codes(base({ runs: [{ name: 'a', optimizer: { type: 'sgd' }, sweep: { lr: [0.01, 0.0100000001] } }] })), []);
    });

    it('expandJobs refuses colliding ids even for an unvalidated config', () => {
      const cfg = base({ runs: [{ name: 'a<b', optimizer: { type: 'sgd' } }, { name: 'a>b', optimizer: { type: 'sgd' } }] }) as unknown as ExperimentConfig;
      assert.throws(() => expandJobs(cfg), /share the id "a_b__s0"/);
    });

    it('optlab run on colliding names fails at validation instead of hanging', () => {
      const dir = tmp('collide');
      fs.writeFileSync(path.join(dir, 'c.optlab.json'), JSON.stringify(base({ runs: [{ name: 'a<b', optimizer: { type: 'sgd' } }, { name: 'a>b', optimizer: { type: 'sgd' } }] })));
      const r = cli(['run', 'c.optlab.json', '--workers', '1', '--out', 'out'], { cwd: dir, timeout: 30_000 });
      assert.strictEqual(r.code, 1, r.stderr);
      assert.match(r.stderr, /^c\.optlab\.json:\d+:\d+: run "a>b" would write the same files/m);
      assert.ok(!fs.existsSync(path.join(dir, 'out')));
    });
  });

  describe('3. write errors stop with one message and keep finished results', () => {
    it('writeFileAtomic removes its temp file and keeps the old file when the write fails', () => {
      const dir = tmp('atomic');
      const file = path.join(dir, 'report.html');
      fs.writeFileSync(file, 'old');
      const real = fs.writeSync;
      (mutableFs as { writeSync: unknown }).writeSync = () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
      try {
        assert.throws(() => writeFileAtomic(file, 'new'), (e: unknown) => e instanceof ResultsWriteError && /no space left on the device \(ENOSPC\)/.test(e.message));
      } finally {
        (mutableFs as { writeSync: unknown }).writeSync = real;
      }
      assert.deepStrictEqual(fs.readdirSync(dir), ['report.html']);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), 'old');
    });

    it('a disk that fills during a run: one message, summary table, finished metrics kept (tmpfs or simulated ENOSPC)', async function () {
      this.timeout(120_000);
      const dir = tmp('full');
      const out = path.join(dir, 'out');
      fs.mkdirSync(out);
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=200k', 'tmpfs', out]).status === 0;
      try {
        const cfg = base({ steps: 3000, seeds: [0, 1], runs: [{ name: 'a', optimizer: { type: 'sgd', lr: 1e-4 } }, { name: 'b', optimizer: { type: 'adam', lr: 1e-3 } }] });
        if (mounted) {
          fs.writeFileSync(path.join(dir, 'c.optlab.json'), JSON.stringify(cfg));
          const r = cli(['run', 'c.optlab.json', '--workers', '1', '--out', out, '--backend', 'cpu'], { cwd: dir, timeout: 100_000 });
          assert.strictEqual(r.code, 1, r.stderr);
          assert.match(r.stderr, /optlab: cannot write .*no space left on the device \(ENOSPC\); results written before that are kept in /);
          assert.ok(!/\n\s+at /.test(r.stderr), r.stderr);
          assert.match(r.stdout, /stopped: results could not be written/);
          const files = spawnSync('find', [out, '-name', '*.tmp'], { encoding: 'utf8' }).stdout.trim();
          assert.strictEqual(files, '', 'temp files left behind');
        } else {
          // No tmpfs here: make appends fail after a few batches, in process.
          const { startExperiment } = await import('../../src/runner/experimentRunner');
          const real = fs.appendFileSync;
          let calls = 0;
          (mutableFs as { appendFileSync: unknown }).appendFileSync = (...a: Parameters<typeof fs.appendFileSync>) => {
            if (++calls > 3) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
            return real(...a);
          };
          try {
            const h = startExperiment({ configText: JSON.stringify(cfg), configPath: 'c.optlab.json', workspaceRoot: dir, backend: 'cpu', maxWorkers: 1, resultsDir: out, distDir: DIST }, () => undefined);
            const summary = await h.done;
            assert.match(summary.writeError ?? '', /no space left on the device/);
          } finally {
            (mutableFs as { appendFileSync: unknown }).appendFileSync = real;
          }
        }
      } finally {
        if (mounted) spawnSync('umount', [out]);
      }
    });

    it('a 300-character run name is refused by validation (it would exceed the file-name limit)', () => {
      const p = errors(base({ runs: [{ name: 'x'.repeat(300), optimizer: { type: 'sgd' } }, { name: 'b', optimizer: { type: 'sgd' } }] }));
      assert.deepStrictEqual(p.map((x) => x.code), ['name-too-long']);
      assert.match(p[0].message, /300 characters; the limit is 64/);
    });

    it('optlab report on an unwritable folder: one message, no temp file', function () {
      if (process.getuid?.() === 0) this.skip(); // root writes anywhere; the tmpfs test above covers it
      const dir = tmp('ro');
      fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(base()));
      fs.chmodSync(dir, 0o555);
      const r = cli(['report', dir]);
      fs.chmodSync(dir, 0o755);
      assertCleanFailure(r, /cannot write .*report\.html: permission denied/);
      assert.deepStrictEqual(fs.readdirSync(dir), ['config.json']);
    });
  });

  describe('4. HTML: nothing from disk reaches report.html or the panel unescaped', () => {
    it('a hostile summary.json is escaped in report.html, which also carries a CSP', async () => {
      const dir = tmp('report');
      const img = '<img src=x onerror=alert(document.domain)>';
      fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(base({ name: img })));
      fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify({
        name: img, startedAt: img, backend: img, steps: img, runs: [{ run: img, optimizer: img, seeds: [0], tokensPerSec: 0, stateBytes: 0, peakTensorBytes: 0, status: 'done', divergedAt: img }], jobs: [], dir, cancelled: false,
      }));
      const html = renderReport(await loadExperiment(dir), DIST);
      assert.ok(!html.includes('<img'), 'raw <img> in report');
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-[A-Za-z0-9+/=]+'/);
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      assert.ok(scripts.every((s) => /nonce=|type="application\/json"/.test(s)), scripts.join(' '));
    });

    it('the comparison webview escapes divergedAt and every text field it puts into innerHTML', () => {
      const src = fs.readFileSync(path.join(ROOT, 'webview', 'comparePanel.ts'), 'utf8');
      assert.match(src, /badge diverged">\$\{escapeHtml\(r\.divergedAt\)\}/);
    });
  });

  describe('6. corpus files are confined by real path at the moment of use', () => {
    it('a symlink swapped in after validation is refused by the loader', function () {
      const ws = tmp('ws');
      const outside = tmp('outside');
      fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret '.repeat(400));
      fs.writeFileSync(path.join(ws, 'corpus.txt'), 'hello world '.repeat(200));
      assert.ok(loadCorpus({ file: 'corpus.txt' }, { workspaceRoot: ws }).train.length > 0);
      fs.rmSync(path.join(ws, 'corpus.txt'));
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'corpus.txt'));
      assert.throws(() => loadCorpus({ file: 'corpus.txt' }, { workspaceRoot: ws }), /outside the workspace folder .*symbolic links resolved/);
    });

    it('a file named "..weird.txt" inside the workspace is inside', () => {
      const ws = tmp('ws2');
      fs.writeFileSync(path.join(ws, '..weird.txt'), 'hello world '.repeat(200));
      assert.ok(confinedRealPath(ws, '..weird.txt'));
      assert.strictEqual(confinedRealPath(ws, '../x.txt'), undefined);
      const cfg = base({ task: { type: 'char_lm', layers: 1, dModel: 16, heads: 2, context: 8, batchSize: 2, corpus: { file: '..weird.txt' } }, runs: [{ name: 'a', optimizer: { type: 'adamw' } }] });
      assert.deepStrictEqual(validateConfig(JSON.stringify(cfg), { workspaceRoot: ws }).problems.map((p) => p.code), []);
    });

    it('a one-character corpus is refused at validation, naming its size', () => {
      const ws = tmp('ws3');
      fs.writeFileSync(path.join(ws, 'one.txt'), 'x');
      const cfg = base({ task: { type: 'char_lm', corpus: { file: 'one.txt' } }, runs: [{ name: 'a', optimizer: { type: 'adamw' } }] });
      const p = validateConfig(JSON.stringify(cfg), { workspaceRoot: ws }).problems;
      assert.deepStrictEqual(p.map((x) => x.code), ['corpus-size']);
      assert.match(p[0].message, /too small: 1 byte; char_lm needs at least 1000 characters/);
    });
  });

  describe('7. sizes that cannot fit are refused before anything is allocated', () => {
    const charLm = (over: Record<string, unknown>) => base({ task: { type: 'char_lm', ...over }, runs: [{ name: 'a', optimizer: { type: 'adamw' } }] });
    for (const [key, value] of [['batchSize', 1e7], ['dModel', 1e5], ['context', 1e6], ['layers', 1000]] as const) {
      it(`char_lm ${key} ${value} is refused at the ${key} key`, () => {
        const text = JSON.stringify(charLm({ [key]: value }));
        const p = errors(undefined, text);
        assert.deepStrictEqual(p.map((x) => x.code), ['task-too-large']);
        assert.strictEqual(text.slice(p[0].range.startOffset, p[0].range.endOffset), String(value));
        assert.match(p[0].message, new RegExp(`limit is 4\\.0 GiB — reduce ${key}`));
      });
    }
    it('mlp, matrix and the presets: large ones refused, every example config fits', () => {
      assert.deepStrictEqual(codes(base({ task: { type: 'mlp', dataset: 'moons', hidden: [100000, 100000] } })), ['task-too-large']);
      assert.deepStrictEqual(codes(base({ task: { type: 'matrix', problem: 'regression', rows: 100000, cols: 100000 } })), ['task-too-large']);
      for (const f of fs.readdirSync(path.join(ROOT, 'examples')).filter((x) => x.endsWith('.optlab.json'))) {
        const p = validateConfig(fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'), { workspaceRoot: path.join(ROOT, 'examples') }).problems;
        assert.ok(!p.some((x) => x.code === 'task-too-large'), f);
      }
      // The estimate is an upper bound on the real model: the default char_lm has ≈ 0.11M parameters.
      const est = estimateTask({ type: 'char_lm' })!;
      assert.ok(est.params > 100_000 && est.params < 120_000, String(est.params));
    });
    it('steps above the limit and too many jobs are errors', () => {
      assert.deepStrictEqual(codes(base({ steps: 1e12 })), ['too-many-steps']);
      const runs = Array.from({ length: 11 }, (_, i) => ({ name: `r${i}`, optimizer: { type: 'sgd' } }));
      assert.deepStrictEqual(codes(base({ runs, seeds: Array.from({ length: 100 }, (_, i) => i) })), ['too-many-jobs']);
      assert.strictEqual(RESOURCE_LIMITS.jobs, 1000);
    });
    it('optlab schedule with 1e8 steps and optlab run --workers 1000 are usage errors, at once', () => {
      const r = cli(['schedule'], { input: JSON.stringify({ lr: 0.1, schedule: { type: 'constant' }, steps: 1e8 }), timeout: 10_000 });
      assertCleanFailure(r, /"steps" 100000000 is above the limit of 10,000,000/);
      const w = cli(['run', '--workers', '1000'], { timeout: 10_000 });
      assertCleanFailure(w, /--workers 1000 is above the limit of \d+/);
    });
  });

  describe('8. smaller items', () => {
    it('a UTF-8 byte-order mark is not a syntax error (CLI and validator)', () => {
      const text = '\ufeff' + JSON.stringify(base());
      assert.deepStrictEqual(validateConfig(text).problems, []);
      const dir = tmp('bom');
      fs.writeFileSync(path.join(dir, 'b.optlab.json'), text);
      const r = cli(['validate', 'b.optlab.json'], { cwd: dir });
      assert.strictEqual(r.code, 0, r.stderr);
    });

    it('100k-deep nesting is a syntax error at the first level too deep, quickly', () => {
      const text = '{"a":' + '['.repeat(100_000);
      const t0 = Date.now();
      const doc = parseDocument(text);
      assert.ok(Date.now() - t0 < 2000);
      assert.strictEqual(doc.root, undefined);
      assert.strictEqual(doc.syntaxErrors[0].startOffset, 5 + MAX_NESTING - 1);
      const dir = tmp('deep');
      fs.writeFileSync(path.join(dir, 'd.optlab.json'), text);
      const r = cli(['validate', 'd.optlab.json'], { cwd: dir });
      assertCleanFailure(r, /^d\.optlab\.json:1:\d+: syntax error: nesting deeper than 64 levels$/m);
    });

    it('replay with a parameter named toString or __proto__ gets a clear message', () => {
      for (const name of ['toString', 'constructor']) {
        const input = { optimizer: { type: 'sgd', lr: 0.1 }, params: { [name]: { shape: [2], values: [1, 2] } }, grads: [{ [name]: [1, 1] }] };
        const r = cli(['replay', '-', '--backend', 'cpu'], { input: JSON.stringify(input) });
        assertCleanFailure(r, new RegExp(`"${name}" is a reserved name`));
      }
    });

    it('a NaN loss on the last line of an imported metrics.jsonl is kept, not dropped as a cut line', () => {
      const text = '{"step": 0, "loss": 2.5}\n{"step": 1, "loss": NaN}\n';
      const run = parseJsonlRun(text, '/x/metrics.jsonl');
      assert.strictEqual(run.rows.length, 2);
      assert.ok(Number.isNaN(run.rows[1].loss));
      assert.strictEqual(parseJsonlRun('{"step": 0, "loss": 1}\n{"step": 1, "lo', '/x/metrics.jsonl').rows.length, 1);
    });

    it('a webview may only name results directories under the results root (real path)', () => {
      const root = tmp('root');
      fs.mkdirSync(path.join(root, 'exp', 'stamp'), { recursive: true });
      assert.ok(confinedRealPath(root, path.join(root, 'exp', 'stamp')));
      assert.strictEqual(confinedRealPath(root, '/etc'), undefined);
      assert.strictEqual(confinedRealPath(root, root), undefined);
      fs.symlinkSync('/etc', path.join(root, 'link'));
      assert.strictEqual(confinedRealPath(root, path.join(root, 'link')), undefined);
      const src = fs.readFileSync(path.join(ROOT, 'src', 'host', 'runManager.ts'), 'utf8');
      assert.match(src, /showExperiment[\s\S]{0,400}confinedRealPath\(root, dir\)/);
    });

    it('npm run fixtures runs generators that exist', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
      assert.strictEqual(pkg.scripts.fixtures, 'bash scripts/fixtures.sh');
      assert.ok(fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'gen')).some((f) => /^gen_.*\.py$/.test(f)));
    });
  });

  describe('fuzzing: names, sizes and control characters', () => {
    const prng = (seed: number) => () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const ALPHABET = ['a', 'A', 'b', 'B', '_', '.', '-', '=', '<', '>', ':', '/', '\\', '|', '?', '*', ' ', '\r', '\n', '\u2028', '\u0000', 'é', '😀', '__', 's0', 'lr=1'];

    it('random run names, sweeps and seeds: validation never throws; accepted configs have unique, file-safe job ids', () => {
      const rnd = prng(13);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
      for (let k = 0; k < 400; k++) {
        const runs = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => {
          const name = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(ALPHABET)).join('');
          const run: Record<string, unknown> = { name, optimizer: { type: 'sgd' } };
          if (rnd() < 0.4) run.sweep = { lr: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick([0.1, 0.01, 0.0100000001, 1e-7, 0.2])) };
          return run;
        });
        const seeds = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => Math.floor(rnd() * 3));
        const cfg = base({ runs, seeds });
        const { config } = validateConfig(JSON.stringify(cfg));
        if (!config) continue;
        const ids = expandJobs(config).map((j) => j.key.id);
        assert.strictEqual(new Set(ids.map((i) => i.toLowerCase())).size, ids.length, JSON.stringify(runs));
        for (const id of ids) {
          assert.match(id, /^[A-Za-z0-9_.=+-]+$/);
          assert.ok(Buffer.byteLength(id + '.jsonl') < 255);
        }
      }
    });

    it('random task sizes: validation answers quickly and accepts only what fits the limit', () => {
      const rnd = prng(99);
      const big = () => Math.max(1, Math.round(10 ** (rnd() * 9)));
      const t0 = Date.now();
      for (let k = 0; k < 300; k++) {
        const task = pickTask(rnd, big);
        const { config, problems } = validateConfig(JSON.stringify(base({ task, runs: [{ name: 'a', optimizer: { type: 'adamw' } }] })));
        assert.ok(problems.every((p) => p.range.start.line >= 0));
        if (config) assert.ok(estimateTask(task)!.totalBytes <= RESOURCE_LIMITS.jobBytes, JSON.stringify(task));
      }
      assert.ok(Date.now() - t0 < 20_000);
    });
  });

  describe('9. what a run produces is kept; help is help', () => {
    it('MuonClip QK-clip events are written to the results directory and reach report.html', async function () {
      this.timeout(120_000);
      const { startExperiment } = await import('../../src/runner/experimentRunner');
      const root = tmp('clip');
      const cfg = {
        name: 'clip', steps: 30, evalEvery: 30,
        task: { type: 'char_lm', layers: 1, dModel: 16, heads: 2, context: 16, batchSize: 4 },
        runs: [{ name: 'mc', optimizer: { type: 'muonclip', lr: 0.05, qkClipThreshold: 0.5 } }],
      };
      const h = startExperiment({ configText: JSON.stringify(cfg), configPath: 'c.optlab.json', workspaceRoot: root, backend: 'cpu', maxWorkers: 1, resultsDir: root, distDir: DIST }, () => undefined);
      await h.done;
      const exp = await loadExperiment(h.dir);
      assert.ok(exp.jobs[0].qkclip.length > 0, 'no QK-clip events on disk');
      assert.ok(fs.existsSync(path.join(h.dir, 'qkclip', 'mc__s0.jsonl')));
      assert.match(fs.readFileSync(path.join(h.dir, 'report.html'), 'utf8'), /"clips":\[\d/);
    });

    for (const flag of ['--help', '-h']) {
      it(`optlab run ${flag} prints help instead of training`, () => {
        const r = cli(['run', flag], { timeout: 10_000 });
        assert.strictEqual(r.code, 0, r.stderr);
        assert.match(r.stdout, /^usage: optlab <command>/);
      });
    }

    it('SIGTERM ends a run in bounded time, with partial results kept', async function () {
      this.timeout(60_000);
      const dir = tmp('sigterm');
      fs.writeFileSync(path.join(dir, 'c.optlab.json'), JSON.stringify(base({ steps: 1_000_000, evalEvery: 1000 })));
      const child = spawn(process.execPath, [CLI, 'run', 'c.optlab.json', '--out', 'out', '--backend', 'cpu'], { cwd: dir });
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
      });
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (/optlab: \d+%|backend/.test(err)) {
            clearInterval(poll);
            resolve();
          }
        }, 50);
      });
      const t0 = Date.now();
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      assert.ok(Date.now() - t0 < 15_000, `took ${Date.now() - t0} ms`);
      assert.ok(code === 143 || code === 130, `exit code ${code}: ${err}`);
      const expDir = path.join(dir, 'out', 'probe');
      const stamp = fs.readdirSync(expDir)[0];
      assert.ok(fs.existsSync(path.join(expDir, stamp, 'metrics', 'a__s0.jsonl')));
    });
  });
});
