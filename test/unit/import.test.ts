/**
 * `importRuns` (src/core/importRuns.ts): metrics.jsonl written by exported PyTorch scripts and tracker CSVs
 * become a results directory that `loadExperiment` / `listExperiments` read like any run; malformed CSVs fail
 * with the file and line, and leave nothing behind.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, readJson } from './helpers/paths';
import { ImportError, importRuns, parseCsvRuns, readImportSource } from '../../src/core/importRuns';
import { listExperiments, loadExperiment, metricsCsv, parseMetrics } from '../../src/core/results';
import type { ExperimentSummary } from '../../src/core/events';

const FIX = path.join(ROOT, 'test', 'fixtures', 'import');
const NOW = new Date(2025, 0, 2, 3, 4, 5, 6);

describe('importRuns', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-import-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  function filesUnder(dir: string): string[] {
    return fs.readdirSync(dir, { recursive: true, withFileTypes: false }).map(String).sort();
  }

  it('imports a directory of exported runs: names, optimizer, rows, summary, import.json', async () => {
    const dir = importRuns(path.join(FIX, 'exported'), root, { now: NOW });
    assert.strictEqual(dir, path.join(root, 'cluster-check', '20250102-030405-006'));
    assert.deepStrictEqual(filesUnder(dir), ['config.json', 'import.json', 'metrics', 'metrics/adamw__s0.jsonl', 'metrics/lion__s0.jsonl', 'summary.json']);
    const exp = await loadExperiment(dir);
    const config = readJson<Record<string, unknown>>(path.join(dir, 'config.json'));
    assert.strictEqual(config.imported, true);
    assert.strictEqual(exp.config.name, 'cluster-check');
    assert.strictEqual(exp.config.task.type, 'char_lm');
    assert.strictEqual(exp.config.steps, 12);
    assert.deepStrictEqual(exp.config.runs.map((r) => [r.name, r.optimizer.type]), [['adamw', 'imported'], ['lion', 'imported']]);
    assert.deepStrictEqual((exp.config.runs[1].optimizer as { original?: unknown }).original, { type: 'lion', lr: 3e-4, weightDecay: 0.1 });
    const source = parseMetrics(fs.readFileSync(path.join(FIX, 'exported', 'optlab-export-lion', 'metrics.jsonl'), 'utf8'));
    const lion = exp.jobs.find((j) => j.key.run === 'lion')!;
    assert.deepStrictEqual(lion.rows, source, 'rows are copied unchanged');
    assert.strictEqual(lion.key.id, 'lion__s0');
    const s = exp.summary!;
    assert.strictEqual(s.backend, 'imported');
    assert.deepStrictEqual(s.runs.map((r) => [r.run, r.optimizer, r.status]), [['adamw', 'adamw', 'done'], ['lion', 'lion', 'done']]);
    assert.strictEqual(s.runs[1].finalLoss, source[source.length - 1].loss);
    assert.strictEqual(s.runs[1].bestValLoss, Math.min(...source.filter((r) => r.valLoss !== undefined).map((r) => r.valLoss!)));
    assert.ok(s.runs[1].tokensPerSec > 0);
    const info = readJson<{ imported: boolean; source: string; runs: { run: string; format: string; rows: number }[] }>(path.join(dir, 'import.json'));
    assert.strictEqual(info.source, path.join(FIX, 'exported'));
    assert.deepStrictEqual(info.runs.map((r) => [r.run, r.format, r.rows]), [['adamw', 'optlab-jsonl', 12], ['lion', 'optlab-jsonl', 12]]);
    const listed = await listExperiments(root);
    assert.deepStrictEqual(listed.map((e) => [e.name, e.hasSummary]), [['cluster-check', true]]);
    assert.ok(!filesUnder(dir).some((f) => f.endsWith('.tmp')), 'no temp files left');
  });

  it('imports one metrics.jsonl file; --name overrides the experiment name', () => {
    const dir = importRuns(path.join(FIX, 'exported', 'optlab-export-adamw', 'metrics.jsonl'), root, { name: 'mine', now: NOW });
    assert.strictEqual(path.basename(path.dirname(dir)), 'mine');
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'metrics')), ['adamw__s0.jsonl']);
  });

  it('maps W&B-style headers, merges eval rows into their step, converts seconds, drops text columns', () => {
    const [run] = parseCsvRuns(fs.readFileSync(path.join(FIX, 'wandb_export.csv'), 'utf8'), path.join(FIX, 'wandb_export.csv'));
    assert.strictEqual(run.run, 'wandb_export');
    assert.deepStrictEqual(run.rows.map((r) => r.step), [0, 1, 2, 3, 4]);
    assert.deepStrictEqual(run.rows[2], {
      step: 2, loss: 3.5044, lr: { default: 0.001 }, gradNorm: 1.44, timeMs: 1900, valLoss: 3.6012, valPerplexity: Math.exp(3.6012),
    });
    assert.deepStrictEqual(run.rows[0], { step: 0, loss: 4.1702, lr: { default: 0 }, gradNorm: 1.92, timeMs: 410 });
    assert.deepStrictEqual(run.dropped, ['run_tag']);
    assert.strictEqual(run.columns!['eval/loss'], 'valLoss');
    assert.strictEqual(run.columns!['train/learning_rate'], 'lr.default');
  });

  it('imports header variants: valLoss / val_loss, lr_<group>, quoted cells, CRLF, extra numeric columns', async () => {
    const dir = importRuns(path.join(FIX, 'variants_valLoss.csv'), root, { now: NOW });
    const exp = await loadExperiment(dir);
    assert.strictEqual(exp.config.name, 'variants_valLoss');
    const rows = exp.jobs[0].rows as unknown as Record<string, unknown>[];
    assert.deepStrictEqual(rows[3], { step: 3, loss: 2.41, lr: { muon: 0.01, adamw: 0.0015 }, tokens: 2048, valLoss: 2.52, valPerplexity: Math.exp(2.52), my_metric: -0.01 });
    assert.strictEqual(rows[2].loss, 2.55);
    assert.strictEqual(exp.summary!.runs[0].bestValLoss, 2.52);

    const [crlf] = readImportSource(path.join(FIX, 'variants_val_loss_crlf.csv'));
    assert.deepStrictEqual(crlf.rows.map((r) => [r.step, r.loss, r.valLoss, r.lr.default]), [[10, 1.5, 1.7, 0.1], [20, 1.25, undefined, 0.05], [30, 1.0, 1.1, 0.025]]);
  });

  it('splits a CSV with run and seed columns into jobs (Optimizer Lab CSV round trip)', async () => {
    const dir = importRuns(path.join(FIX, 'multi_run.csv'), root, { now: NOW });
    const exp = await loadExperiment(dir);
    assert.deepStrictEqual(exp.jobs.map((j) => j.key.id), ['adamw__s0', 'adamw__s1', 'lion__s0']);
    assert.deepStrictEqual(exp.summary!.runs.map((r) => [r.run, r.seeds]), [['adamw', [0, 1]], ['lion', [0]]]);
    assert.deepStrictEqual(exp.config.seeds, [0, 1]);
    // Our own CSV export of the imported experiment re-imports to the same rows.
    const csv = path.join(root, 'again.csv');
    fs.writeFileSync(csv, metricsCsv(exp));
    const again = await loadExperiment(importRuns(csv, root, { now: NOW }));
    assert.deepStrictEqual(again.jobs.map((j) => j.rows), exp.jobs.map((j) => j.rows));
  });

  it('a non-finite loss marks the run diverged at that step (and stays out of the JSON)', () => {
    const dir = importRuns(path.join(FIX, 'diverged.csv'), root, { now: NOW });
    const s = readJson<ExperimentSummary>(path.join(dir, 'summary.json'));
    assert.strictEqual(s.runs[0].status, 'diverged');
    assert.strictEqual(s.runs[0].divergedAt, 2);
    assert.strictEqual(s.runs[0].finalLoss, 5.5);
    const rows = parseMetrics(fs.readFileSync(path.join(dir, 'metrics', 'diverged__s0.jsonl'), 'utf8'));
    assert.deepStrictEqual(rows.map((r) => r.loss), [2, 5.5, undefined, undefined]);
  });

  it('malformed CSVs fail with the file and line, and write nothing', () => {
    const cases: [string, string][] = [
      ['bad_columns.csv', 'bad_columns.csv:7: expected 4 columns, got 3'],
      ['bad_number.csv', 'bad_number.csv:3: not a number "abc" in column loss'],
    ];
    for (const [file, message] of cases) {
      assert.throws(() => importRuns(path.join(FIX, file), root), (e: Error) => e instanceof ImportError && e.message === message, file);
    }
    const t = (text: string): string => {
      try {
        parseCsvRuns(text, '/x/runs.csv');
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    assert.strictEqual(t('loss,val_loss\n1,2\n'), 'runs.csv:1: no step column (header: loss, val_loss)');
    assert.strictEqual(t('step,loss\n0,1\n1.5,2\n'), 'runs.csv:3: step "1.5" is not a non-negative integer');
    assert.strictEqual(t('step,note\n0,hello\n'), 'runs.csv:1: no metric columns besides the step (header: step, note)');
    assert.strictEqual(t('step,loss\n0,"1\n'), 'runs.csv:2: unterminated quoted field');
    assert.strictEqual(t('step,loss,train_loss\n0,1,1\n'), 'runs.csv:1: columns "loss" and "train_loss" both map to loss');
    assert.strictEqual(t('step,loss\n'), 'runs.csv: no data rows after the header');
    assert.deepStrictEqual(fs.readdirSync(root), [], 'nothing written for a bad file');
    assert.throws(() => importRuns(path.join(root, 'missing.csv'), root), /missing\.csv: no such file or directory/);
  });

  it('a corrupt line in the middle of a metrics.jsonl is an error; a cut last line is skipped', () => {
    const d = path.join(root, 'src');
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, 'metrics.jsonl'), '{"step":0,"loss":1,"lr":{}}\n{"step":1,"lo\n{"step":2,"loss":1,"lr":{}}\n');
    assert.throws(() => readImportSource(path.join(d, 'metrics.jsonl')), /^Error: metrics\.jsonl:2: not valid JSON/);
    fs.writeFileSync(path.join(d, 'metrics.jsonl'), '{"step":0,"loss":1,"lr":{}}\n{"step":1,"lo');
    const [run] = readImportSource(path.join(d, 'metrics.jsonl'));
    assert.strictEqual(run.rows.length, 1);
    assert.strictEqual(run.run, 'src');
  });

  it('duplicate run names from a directory get a suffix', () => {
    const d = path.join(root, 'many');
    fs.mkdirSync(d);
    fs.copyFileSync(path.join(FIX, 'variants_valLoss.csv'), path.join(d, 'a.csv'));
    fs.mkdirSync(path.join(d, 'sub'));
    fs.copyFileSync(path.join(FIX, 'variants_valLoss.csv'), path.join(d, 'sub', 'a.csv'));
    assert.deepStrictEqual(readImportSource(d).map((r) => r.run), ['a', 'a_2']);
  });
});
