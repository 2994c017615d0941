/**
 * Real runs back into Optimizer Lab (`optlab import`): the `metrics.jsonl` an exported script wrote (one file,
 * an export directory, or a directory of them) and CSV exports of other trackers become a results directory
 * `<resultsRoot>/<name>/<timestamp>/` that the comparison panel and `optlab report` read like any run:
 *   config.json        a minimal ExperimentConfig; each run's optimizer is `{type: "imported"}` (plus
 *                      `original`, the exported script's optimizer, when known)
 *   import.json        where every run came from and how CSV columns were mapped
 *   metrics/<run>__s<seed>.jsonl, summary.json (one RunSummary per run, status "done" or "diverged")
 * Everything is parsed and checked before anything is written (a bad file leaves no directory behind), each
 * file is written atomically, and config.json last, so a half-written import is never listed.
 *
 * CSV: a header row with a step column and named metric columns. Common names map to MetricRow fields
 * (loss / train_loss / train/loss → loss, val_loss / valLoss / val/loss / eval_loss → valLoss, lr /
 * learning_rate → lr.default, lr_<group> → lr.<group>, x and y together → xy (the function2d position), …);
 * other columns are kept under their own name when every value is numeric, dropped otherwise. Rows with the same step are merged (trackers log evaluation on
 * rows of their own); empty cells, `nan` and `inf` are missing values (a non-finite loss marks the run
 * diverged at that step). A `run` column (and `seed`) splits one CSV into several runs — Optimizer Lab's own
 * CSV export re-imports. Imported rows carry only the metrics their source had.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ExperimentConfig, TaskConfig } from './config/types';
import type { ExperimentSummary, JobResult, MetricRow, RunSummary } from './events';
import type { OptimizerConfig } from './optimizers/types';
import { createRunDir, finalizeMetrics, writeJsonAtomic } from './results';
import { isFinitePair } from '../guards';

/** A file that cannot be imported; the message is one line naming the file (and line, for CSV). */
export class ImportError extends Error {}

interface ImportOptions {
  /** Experiment name of the results directory (default: from the exported run, else the path's base name). */
  name?: string;
  /** Clock for the directory's timestamp (tests). */
  now?: Date;
}

/** One imported run before it is written. */
interface ImportedRun {
  run: string;
  seed: number;
  rows: MetricRow[];
  /** Source file (absolute). */
  file: string;
  format: 'optlab-jsonl' | 'csv';
  /** Exported script's run.json fields when present. */
  optimizer?: OptimizerConfig;
  experiment?: string;
  task?: TaskConfig;
  /** CSV: header → MetricRow field, and the columns dropped (non-numeric). */
  columns?: Record<string, string>;
  dropped?: string[];
  divergedAt?: number;
}

type Field = 'step' | 'loss' | 'valLoss' | 'valAccuracy' | 'valPerplexity' | 'gradNorm' | 'updateRms' | 'tokens' | 'timeMs' | 'maxAttnLogit' | 'x' | 'y';

/** Normalised header (lower case, no separators) → field. `timeS` columns hold seconds. */
const COLUMN_ALIASES: Readonly<Record<string, Field | 'timeS' | 'lr'>> = (() => {
  const table: [Field | 'timeS' | 'lr', string[]][] = [
    ['step', ['step', 'steps', 'iter', 'iteration', 'globalstep', 'trainerglobalstep', 'trainglobalstep']],
    ['loss', ['loss', 'trainloss', 'trainingloss', 'trainlosstep', 'lossstep']],
    ['valLoss', ['valloss', 'validloss', 'validationloss', 'evalloss', 'devloss', 'vallossepoch']],
    ['valAccuracy', ['valacc', 'valaccuracy', 'validationaccuracy', 'evalaccuracy', 'evalacc']],
    ['valPerplexity', ['valppl', 'valperplexity', 'evalperplexity', 'evalppl', 'validationperplexity']],
    ['gradNorm', ['gradnorm', 'traingradnorm', 'gradientnorm']],
    ['updateRms', ['updaterms']],
    ['tokens', ['tokens', 'tokensseen', 'numtokens', 'ntokens', 'trainnumtokens']],
    ['timeMs', ['timems', 'wallms', 'elapsedms']],
    ['timeS', ['time', 'times', 'walltime', 'elapsed', 'elapseds', 'runtime', 'trainruntime']],
    ['maxAttnLogit', ['maxattnlogit']],
    // function2d positions (Optimizer Lab's own CSV export writes them as x, y): both make MetricRow.xy.
    ['x', ['x']],
    ['y', ['y']],
    ['lr', ['lr', 'learningrate', 'trainlr', 'trainlearningrate']],
  ];
  const out: Record<string, Field | 'timeS' | 'lr'> = {};
  for (const [field, names] of table) for (const n of names) out[n] = field;
  return out;
})();

function normalizeHeader(h: string): string {
  return h.trim().toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Where a CSV column goes: a MetricRow field, an LR group, or an extra numeric column. */
type ColumnTarget = { kind: 'field'; field: Field } | { kind: 'timeS' } | { kind: 'lr'; group: string } | { kind: 'extra'; key: string } | { kind: 'run' } | { kind: 'seed' };

function columnTarget(header: string): ColumnTarget {
  const n = normalizeHeader(header);
  if (n === 'run' || n === 'runname' || n === 'name') return { kind: 'run' };
  if (n === 'seed') return { kind: 'seed' };
  const lrGroup = /^(?:lr|learning_rate)[_/:-](.+)$/i.exec(header.trim());
  if (lrGroup) return { kind: 'lr', group: lrGroup[1] };
  const alias = COLUMN_ALIASES[n];
  if (alias === 'lr') return { kind: 'lr', group: 'default' };
  if (alias === 'timeS') return { kind: 'timeS' };
  if (alias) return { kind: 'field', field: alias };
  return { kind: 'extra', key: header.trim() };
}

// ---------------------------------------------------------------------------------------------------------
// CSV

/** RFC 4180 records with the 1-based line each starts on (quoted fields may span lines). */
function parseCsvRecords(text: string, file: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let endOfRecord = false;
    while (i < n && !endOfRecord) {
      const c = text[i];
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          if (c === '\n') line++;
          cell += c;
          i++;
        }
      } else if (c === '"' && cell.length === 0) {
        quoted = true;
        i++;
      } else if (c === ',') {
        cells.push(cell);
        cell = '';
        i++;
      } else if (c === '\n' || c === '\r') {
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
      } else {
        cell += c;
        i++;
      }
    }
    if (quoted) throw new ImportError(`${file}:${start}: unterminated quoted field`);
    cells.push(cell);
    if (cells.length === 1 && cells[0].trim() === '') continue;
    out.push({ line: start, cells });
  }
  return out;
}

const NUMBER_RE = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const NON_FINITE_RE = /^[-+]?(nan|inf|infinity)$/i;

/** A cell as a number: undefined when empty, NaN for nan/inf, an ImportError otherwise. */
function cellNumber(raw: string, where: string, column: string): number | undefined {
  const s = raw.trim();
  if (s === '') return undefined;
  if (NUMBER_RE.test(s)) return Number(s);
  if (NON_FINITE_RE.test(s)) return Number.NaN;
  throw new ImportError(`${where}: not a number ${JSON.stringify(raw)} in column ${column}`);
}

type MutableRow = Partial<Record<Field, number>> & { lr?: Record<string, number>; extra?: Record<string, number> };

/** Parses one CSV text into runs (one, or one per `run`/`seed` value). */
export function parseCsvRuns(text: string, file: string): ImportedRun[] {
  const base = path.basename(file);
  const records = parseCsvRecords(text, base);
  if (!records.length) throw new ImportError(`${base}: empty file (expected a header row with a step column)`);
  const header = records[0].cells;
  const targets = header.map(columnTarget);
  const stepCol = targets.findIndex((t) => t.kind === 'field' && t.field === 'step');
  if (stepCol < 0) throw new ImportError(`${base}:${records[0].line}: no step column (header: ${header.join(', ')})`);
  const seen = new Map<string, number>();
  targets.forEach((t, i) => {
    const key = t.kind === 'field' ? t.field : t.kind === 'lr' ? `lr.${t.group}` : t.kind === 'extra' ? `extra.${t.key}` : t.kind;
    const prev = seen.get(key);
    if (prev !== undefined) throw new ImportError(`${base}:${records[0].line}: columns "${header[prev]}" and "${header[i]}" both map to ${key}`);
    seen.set(key, i);
  });
  // Extra columns are kept only if every value is numeric (a tracker's tag or timestamp column is dropped).
  const extraNumeric = targets.map((t, c) => t.kind !== 'extra' || records.slice(1).every((r) => {
    const s = (r.cells[c] ?? '').trim();
    return s === '' || NUMBER_RE.test(s) || NON_FINITE_RE.test(s);
  }));
  if (!targets.some((t, c) => (t.kind === 'field' && t.field !== 'step') || t.kind === 'lr' || t.kind === 'timeS' || (t.kind === 'extra' && extraNumeric[c]))) {
    throw new ImportError(`${base}:${records[0].line}: no metric columns besides the step (header: ${header.join(', ')})`);
  }
  const groups = new Map<string, { run: string; seed: number; rows: Map<number, MutableRow> }>();
  for (const rec of records.slice(1)) {
    const where = `${base}:${rec.line}`;
    if (rec.cells.length !== header.length) throw new ImportError(`${where}: expected ${header.length} columns, got ${rec.cells.length}`);
    const rawStep = rec.cells[stepCol].trim();
    const step = cellNumber(rawStep, where, header[stepCol]);
    if (step === undefined || !Number.isInteger(step) || step < 0) {
      throw new ImportError(`${where}: step ${JSON.stringify(rawStep)} is not a non-negative integer`);
    }
    let run = path.basename(file, path.extname(file));
    let seed = 0;
    const row: MutableRow = {};
    rec.cells.forEach((raw, c) => {
      const t = targets[c];
      if (c === stepCol) return;
      if (t.kind === 'run') {
        if (raw.trim()) run = raw.trim();
        return;
      }
      if (t.kind === 'seed') {
        const s = cellNumber(raw, where, header[c]);
        if (s !== undefined && (!Number.isInteger(s) || s < 0)) throw new ImportError(`${where}: seed ${JSON.stringify(raw)} is not a non-negative integer`);
        seed = s ?? 0;
        return;
      }
      if (t.kind === 'extra' && !extraNumeric[c]) return;
      const v = cellNumber(raw, where, header[c]);
      if (v === undefined) return;
      if (t.kind === 'field') {
        if (t.field === 'loss' && !Number.isFinite(v)) row.loss = v;
        else if (Number.isFinite(v)) row[t.field] = v;
      } else if (t.kind === 'timeS') {
        if (Number.isFinite(v)) row.timeMs = v * 1000;
      } else if (t.kind === 'lr') {
        if (Number.isFinite(v)) (row.lr ??= {})[t.group] = v;
      } else if (t.kind === 'extra' && Number.isFinite(v)) {
        (row.extra ??= {})[t.key] = v;
      }
    });
    const key = `${run}\u0000${seed}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { run, seed, rows: new Map() }));
    const prev = g.rows.get(step);
    g.rows.set(step, prev ? mergeRows(prev, row) : row);
  }
  const columns: Record<string, string> = {};
  const dropped: string[] = [];
  targets.forEach((t, c) => {
    if (t.kind === 'field') columns[header[c]] = t.field;
    else if (t.kind === 'timeS') columns[header[c]] = 'timeMs (seconds × 1000)';
    else if (t.kind === 'lr') columns[header[c]] = `lr.${t.group}`;
    else if (t.kind === 'run' || t.kind === 'seed') columns[header[c]] = t.kind;
    else if (extraNumeric[c]) columns[header[c]] = header[c].trim();
    else dropped.push(header[c]);
  });
  if (!groups.size) throw new ImportError(`${base}: no data rows after the header`);
  return [...groups.values()].map((g) => {
    const rows = [...g.rows.entries()].sort((a, b) => a[0] - b[0]).map(([step, r]) => toMetricRow(step, r));
    const divergedAt = rows.find((r) => r.loss !== undefined && !Number.isFinite(r.loss))?.step;
    return {
      run: g.run, seed: g.seed, file: path.resolve(file), format: 'csv' as const, columns, dropped,
      rows: rows.map(sanitize),
      ...(divergedAt !== undefined ? { divergedAt } : {}),
    };
  });
}

function mergeRows(a: MutableRow, b: MutableRow): MutableRow {
  return {
    ...a, ...b,
    ...(a.lr || b.lr ? { lr: { ...a.lr, ...b.lr } } : {}),
    ...(a.extra || b.extra ? { extra: { ...a.extra, ...b.extra } } : {}),
  };
}

/** Builds the row in MetricRow field order (extras after). Fields the source lacks stay absent. */
function toMetricRow(step: number, r: MutableRow): MetricRow {
  const row: Record<string, unknown> = { step };
  if (r.loss !== undefined) row.loss = r.loss;
  row.lr = r.lr ?? {};
  for (const f of ['gradNorm', 'updateRms', 'tokens', 'timeMs', 'valLoss', 'valAccuracy', 'valPerplexity', 'maxAttnLogit'] as const) {
    if (r[f] !== undefined) row[f] = r[f];
  }
  if (r.x !== undefined && r.y !== undefined) row.xy = [r.x, r.y];
  if (row.valLoss !== undefined && row.valPerplexity === undefined && Number.isFinite(row.valLoss as number)) {
    row.valPerplexity = Math.exp(Math.min(row.valLoss as number, 700));
  }
  for (const [k, v] of Object.entries(r.extra ?? {})) if (!(k in row)) row[k] = v;
  return row as unknown as MetricRow;
}

/** JSON has no NaN/Inf: a non-finite loss becomes absent (the run's divergedAt records it). */
function sanitize(row: MetricRow): MetricRow {
  if (row.loss !== undefined && !Number.isFinite(row.loss)) {
    const { loss: _dropped, ...rest } = row;
    return rest as MetricRow;
  }
  return row;
}

// ---------------------------------------------------------------------------------------------------------
// metrics.jsonl from exported scripts

interface ExportRunInfo {
  experiment?: string;
  run?: string;
  seed?: number;
  optimizer?: OptimizerConfig;
  task?: TaskConfig;
}

function readRunInfo(dir: string): ExportRunInfo | undefined {
  const f = path.join(dir, 'run.json');
  if (!fs.existsSync(f)) return undefined;
  try {
    const v = JSON.parse(fs.readFileSync(f, 'utf8')) as ExportRunInfo;
    return typeof v === 'object' && v !== null ? v : undefined;
  } catch (e) {
    throw new ImportError(`${f}: not valid JSON (${(e as Error).message})`);
  }
}

const NON_FINITE_TOKENS: Readonly<Record<string, number>> = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity };

/**
 * JSON.parse for one line written by Python's json module, which writes NaN, Infinity and -Infinity as bare
 * tokens (allow_nan=True): a diverged step's `"loss": NaN` must count as a row, not as a cut line.
 */
function parsePythonJsonLine(line: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inString) {
      out += ch;
      if (ch === '\\') out += line[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    const m = /^(?:-Infinity|Infinity|NaN)/.exec(line.slice(i, i + 9));
    if (m) {
      out += `"\\u0000${m[0]}"`;
      i += m[0].length - 1;
      continue;
    }
    out += ch;
  }
  return JSON.parse(out, (_k, v: unknown) => (typeof v === 'string' && v.charCodeAt(0) === 0 && v.slice(1) in NON_FINITE_TOKENS ? NON_FINITE_TOKENS[v.slice(1)] : v));
}

/** One exported run's metrics.jsonl (every line must be a MetricRow; a cut last line is skipped). */
export function parseJsonlRun(text: string, file: string): ImportedRun {
  const base = path.basename(file);
  const rows: MetricRow[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let v: unknown;
    try {
      v = parsePythonJsonLine(line);
    } catch (e) {
      // A crash can cut the last line of a file being appended to; anything earlier is corrupt.
      if (lines.slice(i + 1).every((l) => !l.trim())) return;
      throw new ImportError(`${base}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    const r = v as Partial<MetricRow>;
    if (typeof v !== 'object' || v === null || typeof r.step !== 'number' || !Number.isInteger(r.step) || r.step < 0) {
      throw new ImportError(`${base}:${i + 1}: not a metrics row (needs an integer "step")`);
    }
    if (r.loss !== undefined && typeof r.loss !== 'number') throw new ImportError(`${base}:${i + 1}: "loss" is not a number`);
    if (r.xy !== undefined && !isFinitePair(r.xy)) throw new ImportError(`${base}:${i + 1}: "xy" is not a pair of finite numbers [x, y]`);
    rows.push(r as MetricRow);
  });
  if (!rows.length) throw new ImportError(`${base}: no metrics rows`);
  const dir = path.dirname(file);
  const info = readRunInfo(dir);
  const stem = path.basename(file, '.jsonl');
  const run = info?.run ?? (stem === 'metrics' ? path.basename(path.resolve(dir)).replace(/^optlab-export-/, '') : stem);
  return {
    run, seed: typeof info?.seed === 'number' ? info.seed : 0, rows, file: path.resolve(file), format: 'optlab-jsonl',
    ...(info?.optimizer ? { optimizer: info.optimizer } : {}),
    ...(info?.experiment ? { experiment: info.experiment } : {}),
    ...(info?.task ? { task: info.task } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Sources → runs → results directory

/** Importable files under a directory (metrics .jsonl and .csv), sorted, a few levels deep. */
function findSources(dir: string, depth = 3): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory() && depth > 0) out.push(...findSources(p, depth - 1));
    else if (e.isFile() && /\.(jsonl|csv)$/i.test(e.name) && e.name !== 'qkclip.jsonl') out.push(p);
  }
  return out;
}

/** Reads every run of `source` (a file or a directory); nothing is written. */
export function readImportSource(source: string): ImportedRun[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(source);
  } catch {
    throw new ImportError(`${source}: no such file or directory`);
  }
  const files = stat.isDirectory() ? findSources(source) : [source];
  if (!files.length) throw new ImportError(`${source}: no metrics.jsonl or .csv files in it`);
  const runs: ImportedRun[] = [];
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    if (/\.csv$/i.test(f)) runs.push(...parseCsvRuns(text, f));
    else if (/\.jsonl$/i.test(f)) runs.push(parseJsonlRun(text, f));
    else throw new ImportError(`${path.basename(f)}: expected a .jsonl (Optimizer Lab metrics) or .csv file`);
  }
  // Run names must be unique per seed: a second "train" becomes "train_2".
  const used = new Set<string>();
  for (const r of runs) {
    let name = r.run;
    for (let k = 2; used.has(`${name}\u0000${r.seed}`); k++) name = `${r.run}_${k}`;
    r.run = name;
    used.add(`${name}\u0000${r.seed}`);
  }
  return runs;
}

function safeJobPart(s: string): string {
  return s.replace(/[^A-Za-z0-9_.=-]+/g, '_');
}

function finiteValues(rows: MetricRow[], key: 'loss' | 'valLoss' | 'valPerplexity' | 'valAccuracy'): number[] {
  return rows.map((r) => r[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

function jobResult(r: ImportedRun, id: string): JobResult {
  const last = r.rows[r.rows.length - 1];
  const losses = finiteValues(r.rows, 'loss');
  const vals = finiteValues(r.rows, 'valLoss');
  const ppl = finiteValues(r.rows, 'valPerplexity');
  const acc = finiteValues(r.rows, 'valAccuracy');
  const wallMs = typeof last.timeMs === 'number' ? last.timeMs : 0;
  return {
    job: { id, run: r.run, seed: r.seed },
    status: r.divergedAt !== undefined ? 'diverged' : 'done',
    ...(r.divergedAt !== undefined ? { divergedAt: r.divergedAt, message: `loss not finite at step ${r.divergedAt}` } : {}),
    stepsDone: last.step + 1,
    ...(losses.length ? { finalLoss: losses[losses.length - 1] } : {}),
    ...(vals.length ? { bestValLoss: Math.min(...vals) } : {}),
    ...(ppl.length ? { finalValPerplexity: ppl[ppl.length - 1] } : {}),
    ...(acc.length ? { finalValAccuracy: acc[acc.length - 1] } : {}),
    tokensPerSec: typeof last.tokens === 'number' && wallMs > 0 ? (last.tokens / wallMs) * 1000 : 0,
    stateBytes: 0,
    peakTensorBytes: 0,
    wallMs,
  };
}

function runSummary(r: ImportedRun, job: JobResult): RunSummary {
  return {
    run: r.run,
    optimizer: r.optimizer?.type ?? 'imported',
    seeds: [r.seed],
    ...(job.finalLoss !== undefined ? { finalLoss: job.finalLoss } : {}),
    ...(job.bestValLoss !== undefined ? { bestValLoss: job.bestValLoss } : {}),
    ...(job.finalValPerplexity !== undefined ? { valPerplexity: job.finalValPerplexity } : {}),
    ...(job.finalValAccuracy !== undefined ? { valAccuracy: job.finalValAccuracy } : {}),
    tokensPerSec: job.tokensPerSec,
    stateBytes: 0,
    peakTensorBytes: 0,
    ...(job.divergedAt !== undefined ? { divergedAt: job.divergedAt } : {}),
    status: job.status,
  };
}

/**
 * Imports `source` (an exported run's metrics.jsonl or its directory, a directory of such runs and/or CSV
 * files, or one CSV) into a new results directory under `resultsRoot`; returns that directory.
 */
export function importRuns(source: string, resultsRoot: string, opts: ImportOptions = {}): string {
  const runs = readImportSource(source);
  const experiments = [...new Set(runs.map((r) => r.experiment).filter((e): e is string => !!e))];
  const name = opts.name ?? (experiments.length === 1 ? experiments[0] : path.basename(path.resolve(source)).replace(/\.(jsonl|csv)$/i, '')) ?? 'imported';
  const startedAt = opts.now ?? new Date();
  const steps = Math.max(...runs.map((r) => r.rows[r.rows.length - 1].step + 1));
  const tasks = runs.map((r) => r.task).filter((t): t is TaskConfig => !!t);
  const task = tasks.length === runs.length && tasks.every((t) => JSON.stringify(t) === JSON.stringify(tasks[0]))
    ? tasks[0]
    : ({ type: 'imported' } as unknown as TaskConfig);
  const runNames = [...new Set(runs.map((r) => r.run))];
  const config: ExperimentConfig = {
    name,
    task,
    steps,
    seeds: [...new Set(runs.map((r) => r.seed))].sort((a, b) => a - b),
    runs: runNames.map((run) => {
      const original = runs.find((r) => r.run === run)?.optimizer;
      return { name: run, optimizer: { type: 'imported', ...(original ? { original } : {}) } };
    }),
  };
  const jobs = runs.map((r) => jobResult(r, `${safeJobPart(r.run)}__s${r.seed}`));
  const dir = createRunDir(resultsRoot, name, startedAt);
  const summary: ExperimentSummary = {
    name,
    startedAt: startedAt.toISOString(),
    backend: 'imported',
    steps,
    runs: runNames.map((run) => {
      const i = runs.findIndex((r) => r.run === run);
      const mine = runs.filter((r) => r.run === run);
      const s = runSummary(runs[i], jobs[i]);
      return { ...s, seeds: mine.map((m) => m.seed) };
    }),
    jobs,
    dir: path.resolve(dir),
    cancelled: false,
  };
  runs.forEach((r, i) => finalizeMetrics(dir, jobs[i].job.id, r.rows));
  writeJsonAtomic(path.join(dir, 'summary.json'), summary);
  writeJsonAtomic(path.join(dir, 'import.json'), {
    imported: true,
    source: path.resolve(source),
    importedAt: startedAt.toISOString(),
    runs: runs.map((r, i) => ({
      run: r.run, seed: r.seed, job: jobs[i].job.id, file: r.file, format: r.format, rows: r.rows.length,
      ...(r.columns ? { columns: r.columns } : {}),
      ...(r.dropped?.length ? { dropped: r.dropped } : {}),
      ...(r.optimizer ? { optimizer: r.optimizer } : {}),
    })),
  });
  writeJsonAtomic(path.join(dir, 'config.json'), { ...config, imported: true });
  return dir;
}
