/**
 * `optlab` — the core, headless (SPEC §5): run, validate, schedule, replay, spectrum, report.
 * Errors are one line on stderr (`optlab: …`) with a non-zero exit code, never a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import { initBackend, BACKEND_PREFERENCES } from './core/backend';
import type { BackendPreference } from './core/backend';
import { replay, ReplayInputError } from './core/replay';
import { scheduleSeries } from './core/schedules';
import type { ScheduleConfig } from './core/config/types';
import { validateConfig, formatProblem } from './core/config/validate';
import { DEFAULT_CONFIG_NAME, DEFAULT_CONFIG_TEXT } from './core/config/defaultConfig';
import { startExperiment, ConfigError, coreCount, MAX_WORKERS, writeReport } from './runner/experimentRunner';
import type { ExperimentEvent } from './runner/experimentRunner';
import { SUMMARY_COLUMNS, textTable, tuningText } from './core/report';
import { DEFAULT_RESULTS_DIR, tunedOptimizerOf } from './core/results';
import { RESOURCE_LIMITS } from './core/config/resources';
import { terminalText } from './escape';
import type { OptimizerConfig } from './core/optimizers/types';
import type { ExperimentSummary, JobKey } from './core/events';

const USAGE = `usage: optlab <command> [options]

  run [CONFIG] [--backend auto|tensorflow|wasm|cpu] [--out DIR] [--steps N] [--workers N] [--run NAME] [--json]
                         train every run × seed of CONFIG (default: the built-in quickstart) and print a summary
  validate CONFIG        print file:line:col: message per problem; exit 1 if any error
  schedule               stdin {"lr", "schedule", "steps"} → stdout {"lr": [...]}
  replay FILE|-          replay an optimizer on given params/grads → {"params": [...]} (SPEC §5)
  spectrum               stdin {"matrix", "nsSteps", "nsCoefficients", "dtype"} → singular values before/after NS
  report RUN_DIR         re-render RUN_DIR/report.html
  export CONFIG --run NAME [--out FILE] [--sweep-value V] [--results RUN_DIR]
                         write the run as a standalone PyTorch/torchrun script (docs/export.md); a tuned run
                         takes its chosen values from --results RUN_DIR (a finished experiment of CONFIG)
  import PATH [--out DIR] [--name N]
                         metrics.jsonl of exported scripts, or tracker CSVs → a results directory
  suite CONFIG CONFIG... [--out DIR] [--results DIR] [--backend …] [--steps N] [--workers N] [--json]
                         train each config (task) and compare runs of the same name across them by time to
                         target: performance profiles ρ(τ), scores → DIR/suite.json and DIR/suite.html
`;

class UsageError extends Error {}

interface Args {
  positional: string[];
  flags: Record<string, string | true>;
}

/** Time a signalled run has to write its summary before the process leaves anyway. */
const SIGNAL_GRACE_MS = 10_000;

const VALUE_FLAGS = new Set(['backend', 'out', 'steps', 'workers', 'run', 'workspace', 'name', 'sweep-value', 'results']);

function parseArgs(argv: string[]): Args {
  const out: Args = { positional: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split('=', 2);
      if (VALUE_FLAGS.has(k)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new UsageError(`--${k} needs a value`);
        out.flags[k] = v;
      } else if (k === 'json' || k === 'help') out.flags[k] = true;
      else throw new UsageError(`unknown option --${k}`);
    } else out.positional.push(a);
  }
  return out;
}

/** Largest input file read (configs, replay and spectrum inputs): 256 MiB. */
const MAX_INPUT_BYTES = 256 * 2 ** 20;

/** Reads a text input (file or stdin); a UTF-8 byte-order mark is dropped, as editors do. */
function readInput(file: string | undefined): string {
  let text: string;
  if (file === undefined || file === '-') text = fs.readFileSync(0, 'utf8');
  else {
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_INPUT_BYTES) throw new UsageError(`${terminalText(file)} is ${size.toLocaleString('en-US')} bytes; inputs are limited to ${MAX_INPUT_BYTES / 2 ** 20} MiB`);
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`cannot read ${terminalText(file)}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}


function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Writes everything before the process ends (no process.exit right after write: pipes would truncate). */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}

function backendFlag(args: Args): BackendPreference {
  const b = (args.flags.backend as string | undefined) ?? 'auto';
  if (!BACKEND_PREFERENCES.includes(b as BackendPreference)) throw new UsageError(`--backend must be one of ${BACKEND_PREFERENCES.join(', ')}`);
  return b as BackendPreference;
}

function intFlag(args: Args, name: string): number | undefined {
  const v = args.flags[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer, got ${String(v)}`);
  return n;
}

async function cmdSchedule(): Promise<number> {
  const input = parseJson(readInput('-'), 'schedule input') as { lr?: unknown; schedule?: unknown; steps?: unknown };
  if (typeof input !== 'object' || input === null) throw new UsageError('schedule input must be an object {"lr", "schedule", "steps"}');
  if (typeof input.lr !== 'number' || !Number.isFinite(input.lr) || input.lr < 0) throw new UsageError(`"lr" must be a non-negative number, got ${JSON.stringify(input.lr)}`);
  if (!Number.isInteger(input.steps) || (input.steps as number) < 1) throw new UsageError(`"steps" must be a positive integer, got ${JSON.stringify(input.steps)}`);
  if ((input.steps as number) > RESOURCE_LIMITS.scheduleSteps) throw new UsageError(`"steps" ${input.steps} is above the limit of ${RESOURCE_LIMITS.scheduleSteps.toLocaleString('en-US')}`);
  if (typeof input.schedule !== 'object' || input.schedule === null) throw new UsageError('"schedule" must be an object with a "type"');
  const steps = input.steps as number;
  await writeOut(JSON.stringify(scheduleSeries(input.schedule as ScheduleConfig, steps, input.lr)) + '\n');
  return 0;
}

async function cmdReplay(args: Args): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('replay needs one FILE (or - for stdin)');
  const input = parseJson(readInput(args.positional[0]), 'replay input');
  await initBackend(backendFlag(args));
  const out = replay(input);
  await writeOut(JSON.stringify(out) + '\n');
  return 0;
}

async function cmdSpectrum(args: Args): Promise<number> {
  const input = parseJson(readInput(args.positional[0] ?? '-'), 'spectrum input');
  await initBackend(backendFlag(args));
  const { runSpectrum } = await import('./core/spectrum');
  await writeOut(JSON.stringify(runSpectrum(input)) + '\n');
  return 0;
}

async function cmdValidate(args: Args): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('validate needs one CONFIG file');
  const file = args.positional[0];
  const { problems } = validateConfig(readInput(file), { file, workspaceRoot: workspaceOf(args) });
  for (const p of problems) process.stderr.write(formatProblem(terminalText(file), p) + '\n');
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (!problems.length) await writeOut(`${terminalText(file)}: ok\n`);
  return errors ? 1 : 0;
}

function workspaceOf(args: Args): string {
  return path.resolve((args.flags.workspace as string | undefined) ?? process.cwd());
}

function fmtDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Renders the summary as an aligned text table. */
function summaryTable(summary: ExperimentSummary): string {
  return textTable(SUMMARY_COLUMNS.map((c) => c.title), summary.runs.map((r) => SUMMARY_COLUMNS.map((c) => c.cell(r))));
}

async function cmdRun(args: Args): Promise<number> {
  if (args.positional.length > 1) throw new UsageError('run takes at most one CONFIG');
  const file = args.positional[0];
  const configText = file ? readInput(file) : DEFAULT_CONFIG_TEXT;
  const configPath = file ?? DEFAULT_CONFIG_NAME;
  const workspaceRoot = workspaceOf(args);
  const json = args.flags.json === true;
  const tty = process.stderr.isTTY && !json;
  const log = (s: string): void => void process.stderr.write(s);
  const steps = intFlag(args, 'steps');
  let total = 0;
  let stepsPerJob = 0;
  const progress = new Map<string, number>();
  let lastLine = 0;
  let startMs = Date.now();
  let lastPlain = -1;
  // Tuning trials show as "run trial i/N s<seed>" (SPEC §10).
  const trialsOf = new Map<string, number>();
  const jobLabel = (k: JobKey): string => (k.trial !== undefined ? `${k.run} trial ${k.trial}/${trialsOf.get(k.run) ?? '?'} s${k.seed}` : k.id);
  const onEvent = (e: ExperimentEvent): void => {
    if (e.kind === 'experiment-start') {
      for (const k of e.jobs) if (k.trial !== undefined) trialsOf.set(k.run, Math.max(trialsOf.get(k.run) ?? 0, k.trial));
      stepsPerJob = e.config.steps;
      total = e.jobs.length * stepsPerJob;
      startMs = Date.now();
      if (!json) log(`optlab: ${e.config.name}: ${e.jobs.length} job${e.jobs.length === 1 ? '' : 's'} (${e.config.runs.length} runs × seeds${trialsOf.size ? `, ${e.jobs.filter((k) => k.trial !== undefined).length} of them tuning trials` : ''}), ${e.config.steps} steps each → ${path.relative(process.cwd(), e.dir) || e.dir}\n`);
    } else if (e.kind === 'start') {
      if (!json && !tty && progress.size === 0) log(`optlab: backend ${e.backend}\n`);
    } else if (e.kind === 'metrics') {
      progress.set(e.job.id, e.rows[e.rows.length - 1].step + 1);
      const done = [...progress.values()].reduce((a, b) => a + b, 0);
      const frac = total ? done / total : 0;
      const last = e.rows[e.rows.length - 1];
      const eta = frac > 0 ? ((Date.now() - startMs) * (1 - frac)) / frac : 0;
      if (tty && Date.now() - lastLine > 100) {
        lastLine = Date.now();
        const width = 24;
        const bar = '█'.repeat(Math.round(frac * width)).padEnd(width, '░');
        log(`\r\x1b[K${bar} ${(100 * frac).toFixed(0).padStart(3)}%  ${jobLabel(e.job)} step ${last.step + 1} loss ${last.loss.toPrecision(4)}  ETA ${fmtDuration(eta)}`);
      } else if (!tty && !json) {
        const decile = Math.floor(frac * 10);
        if (decile > lastPlain && decile > 0) {
          lastPlain = decile;
          log(`optlab: ${(100 * frac).toFixed(0)}% (${jobLabel(e.job)} step ${last.step + 1}, loss ${last.loss.toPrecision(4)}, ETA ${fmtDuration(eta)})\n`);
        }
      }
    } else if (e.kind === 'end') {
      // A job that ended early (diverged, cancelled) no longer owes steps: count it as complete.
      progress.set(e.job.id, stepsPerJob);
      if (!json && e.result.status !== 'done') log(`${tty ? '\r\x1b[K' : ''}optlab: ${e.job.id}: ${e.result.status}${e.result.message ? ' — ' + e.result.message : ''}\n`);
    }
  };
  let handle;
  try {
    handle = startExperiment(
      {
        configText, configPath, workspaceRoot,
        backend: backendFlag(args),
        maxWorkers: workersFlag(args) ?? defaultCliWorkers(),
        resultsDir: path.resolve((args.flags.out as string | undefined) ?? path.join(workspaceRoot, DEFAULT_RESULTS_DIR)),
        onlyRuns: args.flags.run ? [args.flags.run as string] : undefined,
        steps,
        distDir: __dirname,
      },
      onEvent,
    );
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const p of e.problems) log(formatProblem(terminalText(configPath), p) + '\n');
      return 1;
    }
    throw e;
  }
  let interrupts = 0;
  const onSigint = (signal: NodeJS.Signals): void => {
    interrupts++;
    const code = signal === 'SIGTERM' ? 143 : 130;
    if (interrupts === 1) {
      log(`${tty ? '\r\x1b[K' : ''}optlab: cancelling (within one step); partial results are kept. Ctrl-C again to quit now.\n`);
      handle!.cancel();
      // A signal always ends the process: if the summary is not written in time, leave without it (metrics
      // files already on disk stay).
      setTimeout(() => {
        log(`optlab: stopped after ${SIGNAL_GRACE_MS / 1000} s without a summary; metrics written so far are in ${terminalText(handle!.dir)}\n`);
        process.exit(code);
      }, SIGNAL_GRACE_MS).unref();
    } else process.exit(code);
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  const summary = await handle.done;
  process.off('SIGINT', onSigint);
  process.off('SIGTERM', onSigint);
  if (tty) log('\r\x1b[K');
  if (summary.writeError) {
    if (!json) await writeOut(`\n${terminalText(summary.name)} — stopped: results could not be written\n` + summaryTable(summary) + '\n');
    log(`optlab: ${terminalText(summary.writeError)}; results written before that are kept in ${terminalText(summary.dir)}\n`);
    return 1;
  }
  if (json) {
    await writeOut(JSON.stringify(summary, null, 2) + '\n');
  } else {
    await writeOut(
      `\n${summary.name} — backend ${summary.backend}, ${summary.steps} steps${summary.cancelled ? ' (cancelled: partial results)' : ''}\n` +
        summaryTable(summary) + '\n\n' +
        (tuningText(summary) ? tuningText(summary) + '\n\n' : '') +
        `report: ${path.join(summary.dir, 'report.html')}\n`,
    );
  }
  return summary.cancelled ? 130 : summary.runs.some((r) => r.status === 'error') ? 1 : 0;
}

/** The CLI has no editor to keep responsive: one worker per core. */
function defaultCliWorkers(): number {
  return coreCount();
}

/** Most worker threads a run may ask for (each holds a backend and a model): 4 per core. */
function maxCliWorkers(): number {
  return Math.min(MAX_WORKERS, 4 * coreCount());
}

function workersFlag(args: Args): number | undefined {
  const n = intFlag(args, 'workers');
  if (n !== undefined && n > maxCliWorkers()) throw new UsageError(`--workers ${n} is above the limit of ${maxCliWorkers()} (4 per core)`);
  return n;
}

async function cmdReport(args: Args): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('report needs one RUN_DIR');
  const dir = path.resolve(args.positional[0]);
  if (!fs.existsSync(path.join(dir, 'config.json'))) throw new UsageError(`${dir} is not a run directory (no config.json)`);
  const file = await writeReport(dir, __dirname);
  await writeOut(`report: ${file}\n`);
  return 0;
}

/** `optlab export CONFIG --run NAME`: the run as a standalone PyTorch script (src/core/export/pytorchExport.ts). */
async function cmdExport(args: Args): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('export needs one CONFIG (and --run NAME)');
  const file = args.positional[0];
  const { exportRunAsPytorch, exportFileName } = await import('./core/export/pytorchExport');
  const { config, problems } = validateConfig(readInput(file), { file, workspaceRoot: workspaceOf(args) });
  const errors = problems.filter((p) => p.severity === 'error');
  if (!config || errors.length) {
    for (const p of errors) process.stderr.write(formatProblem(file, p) + '\n');
    return 1;
  }
  const runName = (args.flags.run as string | undefined) ?? (config.runs.length === 1 ? config.runs[0].name : undefined);
  if (!runName) throw new UsageError(`export needs --run NAME (one of ${config.runs.map((r) => r.name).join(', ')})`);
  const sweepFlag = args.flags['sweep-value'] as string | undefined;
  const sweepValue = sweepFlag === undefined ? undefined : Number(sweepFlag);
  if (sweepValue !== undefined && !Number.isFinite(sweepValue)) throw new UsageError(`--sweep-value must be a number, got ${sweepFlag}`);
  const resultsFlag = args.flags.results as string | undefined;
  const tuned = resultsFlag === undefined ? undefined : { optimizer: tunedOptimizerFrom(resultsFlag, runName), from: path.basename(path.resolve(resultsFlag)) };
  const script = exportRunAsPytorch(config, runName, { sweepValue, source: path.basename(file), ...(tuned ? { tuned } : {}) });
  const out = path.resolve((args.flags.out as string | undefined) ?? exportFileName(config, runName));
  const { writeFileAtomic } = await import('./core/results');
  writeFileAtomic(out, script);
  await writeOut(`wrote ${out}\n  run: python3 ${path.basename(out)}   or   torchrun --nproc_per_node N ${path.basename(out)}\n`);
  return 0;
}

/** A tuned run's chosen optimizer (`runs[i].optimizerResolved`) from a results directory's summary.json. */
function tunedOptimizerFrom(dir: string, runName: string): OptimizerConfig {
  const file = path.join(dir, 'summary.json');
  const opt = tunedOptimizerOf(parseJson(readInput(file), terminalText(file)), runName);
  if (!opt) throw new UsageError(`${terminalText(file)} has no tuned optimizer for run ${JSON.stringify(runName)} (runs[i].optimizerResolved)`);
  return opt;
}

/** `optlab import PATH`: exported runs' metrics.jsonl or tracker CSVs → a results directory (src/core/importRuns.ts). */
async function cmdImport(args: Args): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('import needs one PATH (a metrics.jsonl, a .csv or a directory of them)');
  const { importRuns } = await import('./core/importRuns');
  const root = path.resolve((args.flags.out as string | undefined) ?? path.join(workspaceOf(args), DEFAULT_RESULTS_DIR));
  const dir = importRuns(args.positional[0], root, { name: args.flags.name as string | undefined });
  const summary = JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8')) as ExperimentSummary;
  await writeOut(`imported ${summary.jobs.length} run${summary.jobs.length === 1 ? '' : 's'} (${summary.runs.map((r) => r.run).join(', ')}) → ${dir}\n`);
  return 0;
}

/**
 * `optlab suite A B …`: every config is checked before anything trains (problems per file, a target each,
 * shared run names); then the tasks train one after the other (runner/suiteRunner.ts).
 */
async function cmdSuite(args: Args): Promise<number> {
  if (args.positional.length < 2) throw new UsageError(`suite needs at least two CONFIG files (tasks), got ${args.positional.length}`);
  const files = args.positional.map((file) => ({ file, text: readInput(file) }));
  const workspaceRoot = workspaceOf(args);
  const json = args.flags.json === true;
  const log = (s: string): void => void process.stderr.write(s);
  const { startSuite } = await import('./runner/suiteRunner');
  const { SuiteInputError } = await import('./core/suite');
  const { suiteText } = await import('./core/suiteReport');
  let handle;
  try {
    handle = startSuite(
      {
        files, workspaceRoot, backend: backendFlag(args), steps: intFlag(args, 'steps'),
        maxWorkers: workersFlag(args) ?? defaultCliWorkers(),
        resultsDir: path.resolve((args.flags.results as string | undefined) ?? path.join(workspaceRoot, DEFAULT_RESULTS_DIR)),
        ...(args.flags.out ? { outDir: path.resolve(args.flags.out as string) } : {}),
        distDir: __dirname,
      },
      (e) => {
        if (json) return;
        if (e.kind === 'task-start') log(`optlab: suite task ${e.index + 1}/${e.total}: ${terminalText(e.file)} (${e.jobs} job${e.jobs === 1 ? '' : 's'}, ${e.steps} steps each)\n`);
        else if (e.kind === 'task-end') log(`optlab:   ${terminalText(e.summary.name)} done → ${terminalText(e.summary.dir)}\n`);
        else if (e.event.kind === 'end' && e.event.result.status !== 'done') log(`optlab:   ${terminalText(e.event.job.id)}: ${e.event.result.status}\n`);
      },
    );
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const p of e.problems) log(formatProblem(terminalText(e.file), p) + '\n');
      return 1;
    }
    if (e instanceof SuiteInputError) throw new UsageError(e.message);
    throw e;
  }
  // First signal: cancel within one step (finished tasks keep their results); a second one leaves at once.
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (++signals > 1) process.exit(signal === 'SIGTERM' ? 143 : 130);
    log('optlab: cancelling the suite (within one step); finished tasks keep their results. Ctrl-C again to quit now.\n');
    handle!.cancel();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const out = await handle.done;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (out.writeError) {
    log(`optlab: ${terminalText(out.writeError)}\n`);
    return 1;
  }
  if (out.cancelled || !out.result) {
    log('optlab: suite cancelled: no profile written (each finished task keeps its results)\n');
    return 130;
  }
  if (json) await writeOut(JSON.stringify(out.result, null, 2) + '\n');
  else await writeOut(`\n${suiteText(out.result).split('\n').map(terminalText).join('\n')}\n\nsuite: ${terminalText(out.html ?? '')}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help' || rest.includes('--help') || rest.includes('-h')) {
    await writeOut(USAGE);
    return cmd ? 0 : 2;
  }
  const args = parseArgs(rest);
  switch (cmd) {
    case 'run': return cmdRun(args);
    case 'validate': return cmdValidate(args);
    case 'schedule': return cmdSchedule();
    case 'replay': return cmdReplay(args);
    case 'spectrum': return cmdSpectrum(args);
    case 'report': return cmdReport(args);
    case 'export': return cmdExport(args);
    case 'import': return cmdImport(args);
    case 'suite': return cmdSuite(args);
    default: throw new UsageError(`unknown command "${cmd}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`optlab: ${terminalText(msg.split('\n')[0])}\n`);
    if (e instanceof UsageError && msg.includes('\n')) process.stderr.write(msg.split('\n').slice(1).join('\n'));
    process.exitCode = e instanceof UsageError || e instanceof ReplayInputError ? 2 : 1;
  },
);
