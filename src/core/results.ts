/**
 * The results directory: `<resultsDir>/<experiment>/<timestamp>/` holding `config.json` (resolved config),
 * `metrics/<jobId>.jsonl` (one MetricRow per line), `summary.json`, `report.html` and optional
 * `snapshots/`. Everything a run produces is here, so panels and the CLI can rebuild views from disk.
 *
 * Files are written atomically (temp file in the same directory + rename). metrics.jsonl is appended line by
 * line while a job runs (a crash leaves at most one partial last line, which readers skip) and rewritten
 * atomically, complete, when the job ends.
 */
import * as fs from 'fs';
import * as path from 'path';
import { csvRow } from '../escape';
import { isFinitePair, isObj } from '../guards';
import type { OptimizerConfig } from './optimizers/types';
import type { ExperimentConfig } from './config/types';
import type { ExperimentSummary, JobKey, JobResult, MetricRow, QkClipEvent } from './events';

export const DEFAULT_RESULTS_DIR = path.join('.optlab', 'runs');

let tmpCounter = 0;

const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'file name too long',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'a parent is not a folder',
  EISDIR: 'a folder is in the way',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/**
 * A results file could not be written. Every write of the results directory goes through this module and
 * fails with this one error (message: file and cause in words, no stack), so callers stop the run with one
 * message and keep what is already written.
 */
export class ResultsWriteError extends Error {
  constructor(readonly file: string, readonly code: string | undefined, detail: string) {
    super(`cannot write ${file}: ${code && WRITE_ERRORS[code] ? `${WRITE_ERRORS[code]} (${code})` : detail}`);
  }
}

function writeError(file: string, e: unknown): ResultsWriteError {
  if (e instanceof ResultsWriteError) return e;
  const err = e as NodeJS.ErrnoException;
  return new ResultsWriteError(file, err?.code, err?.message ?? String(e));
}

/**
 * Writes `data` to `file` atomically: a reader sees the old file or the new one, never a mix. On any failure
 * the temp file is removed and a ResultsWriteError thrown; the old file is untouched.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${tmpCounter++}.tmp`);
  let fd: number | undefined;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fd = fs.openSync(tmp, 'w');
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing: the write error is the one to report.
      }
    }
    fs.rmSync(tmp, { force: true });
    throw writeError(file, e);
  }
}

export function writeJsonAtomic(file: string, value: unknown): void {
  writeFileAtomic(file, JSON.stringify(value, null, 2) + '\n');
}

function stamp(d: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${p(d.getMilliseconds(), 3)}`;
}

export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^\.+/, '_') || 'experiment';
}

/** Creates a fresh, unique run directory for an experiment started at `startedAt`. */
export function createRunDir(resultsRoot: string, name: string, startedAt: Date): string {
  const base = path.join(resultsRoot, safeName(name));
  try {
    fs.mkdirSync(base, { recursive: true });
  } catch (e) {
    throw writeError(base, e);
  }
  for (let i = 0; ; i++) {
    const dir = path.join(base, stamp(startedAt) + (i ? `-${i}` : ''));
    try {
      fs.mkdirSync(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError(dir, e);
    }
  }
}

function metricsFile(dir: string, jobId: string): string {
  return path.join(dir, 'metrics', `${jobId}.jsonl`);
}

/** Appends rows while a job runs (one write call per batch of complete lines). */
export function appendMetrics(dir: string, jobId: string, rows: MetricRow[]): void {
  if (!rows.length) return;
  const file = metricsFile(dir, jobId);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  } catch (e) {
    throw writeError(file, e);
  }
}

/** Rewrites a job's complete metrics file atomically when it ends. */
export function finalizeMetrics(dir: string, jobId: string, rows: MetricRow[]): void {
  writeFileAtomic(metricsFile(dir, jobId), rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
}

/** QK-clip events of a job (MuonClip), one JSON object per line, next to its metrics. */
function qkClipFile(dir: string, jobId: string): string {
  return path.join(dir, 'qkclip', `${jobId}.jsonl`);
}

/** Writes a job's QK-clip events when it ends, so the panel and report.html show them after a reload. */
export function writeQkClips(dir: string, jobId: string, events: QkClipEvent[]): void {
  writeFileAtomic(qkClipFile(dir, jobId), events.map((e) => JSON.stringify(e)).join('\n') + '\n');
}

function parseQkClips(text: string): QkClipEvent[] {
  const out: QkClipEvent[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as Partial<QkClipEvent>;
      if (typeof e.step === 'number' && typeof e.layer === 'number' && typeof e.head === 'number' && typeof e.maxLogit === 'number' && typeof e.eta === 'number') {
        out.push({ step: e.step, layer: e.layer, head: e.head, maxLogit: e.maxLogit, eta: e.eta });
      }
    } catch {
      // A cut line: the rest is intact.
    }
  }
  return out;
}

/** Parses a metrics.jsonl text; skips a partial or corrupt line instead of failing the whole file. */
export function parseMetrics(text: string): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as MetricRow;
      if (typeof r.step !== 'number') continue;
      // A malformed position is dropped, not the row: the landscape skips the step, the curves keep it.
      if (r.xy !== undefined && !isFinitePair(r.xy)) delete r.xy;
      rows.push(r);
    } catch {
      // A line cut by a crash: everything before it is intact.
    }
  }
  return rows;
}

interface LoadedJob {
  key: JobKey;
  rows: MetricRow[];
  /** QK-clip events (MuonClip runs), empty otherwise. */
  qkclip: QkClipEvent[];
  result?: JobResult;
}

export interface LoadedExperiment {
  dir: string;
  config: ExperimentConfig;
  summary?: ExperimentSummary;
  jobs: LoadedJob[];
}

interface ExperimentEntry {
  name: string;
  dir: string;
  startedAt: string;
  hasSummary: boolean;
}

/** Experiments under a results root, newest first. */
export async function listExperiments(resultsRoot: string): Promise<ExperimentEntry[]> {
  const out: ExperimentEntry[] = [];
  let names: string[];
  try {
    names = await fs.promises.readdir(resultsRoot);
  } catch {
    return out;
  }
  for (const name of names) {
    const base = path.join(resultsRoot, name);
    let stamps: string[];
    try {
      stamps = await fs.promises.readdir(base);
    } catch {
      continue;
    }
    for (const s of stamps) {
      const dir = path.join(base, s);
      if (!fs.existsSync(path.join(dir, 'config.json'))) continue;
      out.push({ name, dir, startedAt: s, hasSummary: fs.existsSync(path.join(dir, 'summary.json')) });
    }
  }
  return out.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
}

/** Job key from a metrics file stem ("run__lr=0.001__s2"). */
export function parseJobId(id: string): JobKey {
  const parts = id.split('__');
  const seedPart = parts.length > 1 && /^s-?\d+$/.test(parts[parts.length - 1]) ? parts.pop()! : 's0';
  let sweep: JobKey['sweep'];
  const last = parts[parts.length - 1];
  if (parts.length > 1 && /^[A-Za-z0-9_.-]+=[-+0-9.eE]+$/.test(last)) {
    parts.pop();
    const [key, value] = last.split('=');
    sweep = { key, value: Number(value) };
  }
  // Tuning trials: "<run>__trial<i>__s<seed>" (SPEC §10).
  const trialPart = !sweep && parts.length > 1 ? /^trial(\d+)$/.exec(parts[parts.length - 1]) : null;
  if (trialPart) parts.pop();
  return { id, run: parts.join('__'), seed: Number(seedPart.slice(1)), ...(sweep ? { sweep } : {}), ...(trialPart ? { trial: Number(trialPart[1]) } : {}) };
}

export async function loadExperiment(dir: string): Promise<LoadedExperiment> {
  const config = JSON.parse(await fs.promises.readFile(path.join(dir, 'config.json'), 'utf8')) as ExperimentConfig;
  let summary: ExperimentSummary | undefined;
  try {
    summary = JSON.parse(await fs.promises.readFile(path.join(dir, 'summary.json'), 'utf8')) as ExperimentSummary;
  } catch {
    summary = undefined;
  }
  const jobs: LoadedJob[] = [];
  let files: string[] = [];
  try {
    files = (await fs.promises.readdir(path.join(dir, 'metrics'))).filter((f) => f.endsWith('.jsonl')).sort();
  } catch {
    files = [];
  }
  // Only MuonClip jobs have QK-clip files: list them once instead of trying to open one per job.
  let clipFiles = new Set<string>();
  try {
    clipFiles = new Set(await fs.promises.readdir(path.join(dir, 'qkclip')));
  } catch {
    clipFiles = new Set();
  }
  for (const f of files) {
    const id = f.replace(/\.jsonl$/, '');
    const rows = parseMetrics(await fs.promises.readFile(path.join(dir, 'metrics', f), 'utf8'));
    const result = summary?.jobs.find((j) => j.job.id === id);
    const qkclip = clipFiles.has(f) ? parseQkClips(await fs.promises.readFile(qkClipFile(dir, id), 'utf8')) : [];
    jobs.push({ key: result?.job ?? parseJobId(id), rows, qkclip, ...(result ? { result } : {}) });
  }
  return { dir, config, summary, jobs };
}

const CSV_COLUMNS = ['step', 'loss', 'valLoss', 'valAccuracy', 'valPerplexity', 'gradNorm', 'updateRms', 'tokens', 'timeMs', 'maxAttnLogit'] as const;

/** Long-format CSV of every job's metrics: run, seed, sweep, tuning trial, then the metric columns and the LR per group. */
export function metricsCsv(exp: LoadedExperiment): string {
  const groups = [...new Set(exp.jobs.flatMap((j) => j.rows.flatMap((r) => Object.keys(r.lr ?? {}))))].sort();
  // LR-free optimizers also log the step size they applied (MetricRow.effectiveLr).
  const effGroups = [...new Set(exp.jobs.flatMap((j) => j.rows.flatMap((r) => Object.keys(r.effectiveLr ?? {}))))].sort();
  // function2d runs also log their (x, y): two last columns, which `optlab import` reads back.
  const hasXy = exp.jobs.some((j) => j.rows.some((r) => r.xy));
  const header = ['run', 'seed', 'sweepKey', 'sweepValue', 'trial', ...CSV_COLUMNS, ...groups.map((g) => `lr_${g}`), ...effGroups.map((g) => `effectiveLr_${g}`), ...(hasXy ? ['x', 'y'] : [])];
  const lines = [csvRow(header)];
  for (const j of exp.jobs) {
    for (const r of j.rows) {
      lines.push(csvRow([
        j.key.run, j.key.seed, j.key.sweep?.key, j.key.sweep?.value, j.key.trial,
        ...CSV_COLUMNS.map((c) => r[c]),
        ...groups.map((g) => r.lr?.[g]),
        ...effGroups.map((g) => r.effectiveLr?.[g]),
        ...(hasXy ? [r.xy?.[0], r.xy?.[1]] : []),
      ]));
    }
  }
  return lines.join('\n') + '\n';
}

export async function exportCsv(dir: string, outFile: string): Promise<void> {
  writeFileAtomic(outFile, metricsCsv(await loadExperiment(dir)));
}

/** A tuned run's chosen optimizer in a parsed summary.json (`runs[i].optimizerResolved`, SPEC §10), or undefined. */
export function tunedOptimizerOf(summary: unknown, runName: string): OptimizerConfig | undefined {
  const runs = isObj(summary) && Array.isArray(summary.runs) ? summary.runs : [];
  const row = runs.find((r): r is Record<string, unknown> => isObj(r) && r.run === runName);
  const opt = row?.optimizerResolved;
  return isObj(opt) && typeof opt.type === 'string' ? (opt as OptimizerConfig) : undefined;
}
