/**
 * "From the editor to the cluster": one run of an experiment as a standalone PyTorch script.
 *
 * The script is the run's settings as Python literals (optimizer and schedule exactly as written in the
 * config, camelCase) followed by `PYTORCH_TEMPLATE`: the SPEC §3 optimizers (torch.optim classes for the
 * classic family; Lion, SophiaG, Muon, MuonClip and the Muon+AdamW hybrid written out as
 * torch.optim.Optimizer subclasses), the SPEC §4 schedule as a LambdaLR or a SPEC §12 one as torch's own
 * torch.optim.lr_scheduler class (behind the linear warmup prefix), the Muon parameter partition by name
 * patterns, a tiny default model/data the user replaces, a torchrun/DDP training loop that writes
 * `metrics.jsonl` in Optimizer Lab's MetricRow format (so `optlab import` reads it back), and a replay mode
 * (`--replay INPUT.json`) that reads `optlab replay` input — the tests hold the script to the same PyTorch
 * fixtures as our own optimizers, so an exported run trains with the optimizer the editor previewed.
 *
 * Sweeps: a script trains one configuration, the sweep's first value unless `sweepValue` is given.
 */
import type { ExperimentConfig, RunConfig, ScheduleConfig } from '../config/types';
import type { OptimizerConfig } from '../optimizers/types';
import { buildSchedule } from '../schedules';
import { resolveRuns, optimizerGroups } from '../config/resolve';
import { torchSchedulerCall } from '../torchSchedules';
import TEMPLATE_PY from './template.py';
import { AUTHORS_EXPORTED, AUTHORS_LINE, AUTHORS_PY } from './authors';
import { pyString } from '../../escape';
import { tuneOf } from '../tuning';

/** Where template.py takes the authors' optimizers (elementwise.py): a line of its own, replaced whole. */
const AUTHORS_MARKER = '# @@AUTHORS_OPTIMIZERS@@\n';

/**
 * The Python that follows the settings block in every exported script: `template.py` with `elementwise.py` (the
 * SPEC §11 element-wise optimizers restated from their authors' code) at its marker line. Both are real Python
 * files, bundled as text.
 */
export const PYTORCH_TEMPLATE: string = TEMPLATE_PY.replace(AUTHORS_MARKER, AUTHORS_PY);

/** Optimizer types the exported script implements (the same set as the registry). */
export const EXPORTABLE_OPTIMIZERS: readonly string[] = Object.freeze([
  'sgd', 'bgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam',
  'lion', 'sophia', 'muon', 'muonclip', 'hybrid',
  ...AUTHORS_EXPORTED,
  // SPEC §11, restated from their authors' code in template.py.
  'normuon', 'soap', 'shampoo', 'prodigy', 'dadapt_adam',
]);

/** Bad export request (unknown run, unsupported optimizer, bad sweep value); the message is one line. */
export class ExportError extends Error {}

export interface ExportOptions {
  /** Value of the run's swept option to export (default: the sweep's first value). */
  sweepValue?: number;
  /** Where the config came from (shown in the script header and its run.json). */
  source?: string;
  /**
   * For a tuned run (SPEC §10: the chosen values are what is compared and exported): the run's
   * `optimizerResolved` from the summary.json of a finished experiment, and where it came from.
   */
  tuned?: { optimizer: OptimizerConfig; from: string };
}

/** torch.optim class and the camelCase → keyword mapping of the classic family (for the header comment). */
const TORCH_CLASS: Readonly<Record<string, { cls: string; extra: Record<string, unknown> }>> = {
  sgd: { cls: 'SGD', extra: { lr: 1e-3 } },
  bgd: { cls: 'SGD', extra: { lr: 1e-3 } },
  momentum: { cls: 'SGD', extra: { lr: 1e-3, momentum: 0.9 } },
  nag: { cls: 'SGD', extra: { lr: 1e-3, momentum: 0.9, nesterov: true } },
  adagrad: { cls: 'Adagrad', extra: {} },
  adadelta: { cls: 'Adadelta', extra: {} },
  rmsprop: { cls: 'RMSprop', extra: {} },
  adam: { cls: 'Adam', extra: {} },
  adamw: { cls: 'AdamW', extra: {} },
  adamax: { cls: 'Adamax', extra: {} },
  nadam: { cls: 'NAdam', extra: {} },
};

const WRITTEN_OUT: Readonly<Record<string, string>> = {
  lion: 'Lion (written out below)',
  sophia: 'SophiaG (written out below; Hessian estimate every hessianInterval steps)',
  muon: 'Muon for hidden matrices + torch.optim.AdamW fallback for the rest (written out below)',
  muonclip: 'MuonClip = Muon + QK-clip after every step (written out below)',
  hybrid: 'Muon (hidden matrices) + AdamW (the rest), one optimizer, one LambdaLR (written out below)',
  normuon: 'NorMuon for hidden matrices + torch.optim.AdamW for the rest (microsoft/dion, restated below)',
  soap: 'SOAP: Adam in the eigenbases of Shampoo factors (nikhilvyas/SOAP, restated below)',
  shampoo: 'Shampoo, one Kronecker statistic per dimension (kozistr/pytorch_optimizer, restated below)',
  prodigy: 'Prodigy, LR-free: lr multiplies the estimated step size d (konstmish/prodigy, restated below)',
  dadapt_adam: 'D-Adapt Adam, LR-free: lr multiplies the estimated step size d (facebookresearch/dadaptation, restated below)',
};

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
}

/**
 * A JSON value as a Python literal (True/False/None; strings through the one Python escaper). Short objects
 * and arrays stay on one line; longer ones are broken one entry per line.
 */
export function pyLiteral(value: unknown, indent = 0): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ExportError(`cannot export the non-finite number ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return pyString(value);
  const pad = ' '.repeat(indent + 4);
  if (Array.isArray(value)) {
    const items = value.map((v) => pyLiteral(v, indent + 4));
    const flat = `[${items.join(', ')}]`;
    return flat.length + indent <= 100 && !flat.includes('\n') ? flat : `[\n${items.map((i) => pad + i).join(',\n')},\n${' '.repeat(indent)}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    const items = entries.map(([k, v]) => `${pyString(k)}: ${pyLiteral(v, indent + 4)}`);
    const flat = `{${items.join(', ')}}`;
    return flat.length + indent <= 100 && !flat.includes('\n') ? flat : `{\n${items.map((i) => pad + i).join(',\n')},\n${' '.repeat(indent)}}`;
  }
  throw new ExportError(`cannot export a value of type ${typeof value}`);
}

/** The run's optimizer config with the sweep value applied (as the experiment would run that job). */
function exportedOptimizer(run: RunConfig, sweepValue?: number): { optimizer: OptimizerConfig; note?: string } {
  const entries = Object.entries(run.sweep ?? {});
  if (!entries.length) {
    if (sweepValue !== undefined) throw new ExportError(`run "${run.name}" has no sweep, so --sweep-value does not apply`);
    return { optimizer: run.optimizer };
  }
  const [key, values] = entries[0];
  if (sweepValue !== undefined && !Number.isFinite(sweepValue)) throw new ExportError(`sweep value must be a finite number, got ${sweepValue}`);
  const value = sweepValue ?? values[0];
  if (value === undefined) throw new ExportError(`run "${run.name}" sweeps "${key}" over no values`);
  const listed = values.includes(value) ? '' : ' (not one of the swept values)';
  return {
    optimizer: { ...run.optimizer, [key]: value },
    note: `sweep over ${key} ∈ [${values.join(', ')}]: this script trains ${key} = ${value}${listed}; export another with --sweep-value`,
  };
}

/**
 * The optimizer to export: a tuned run's chosen values (required: a tuned run has no hand-set optimizer to
 * export), else the run's own options with the sweep value applied.
 */
function tunedOrExported(config: ExperimentConfig, run: RunConfig, opts: ExportOptions): { optimizer: OptimizerConfig; note?: string } {
  if (!tuneOf(config, run)) {
    if (opts.tuned) throw new ExportError(`run "${run.name}" is not tuned, so tuned values do not apply`);
    return exportedOptimizer(run, opts.sweepValue);
  }
  if (!opts.tuned) {
    throw new ExportError(`run "${run.name}" is tuned: its optimizer is the one tuning chose; export it from a finished experiment (optlab export CONFIG --run ${run.name} --results RUN_DIR)`);
  }
  if (opts.tuned.optimizer.type !== run.optimizer.type) {
    throw new ExportError(`the results give run "${run.name}" optimizer ${opts.tuned.optimizer.type}, the config ${run.optimizer.type}: not a run of this config`);
  }
  return { optimizer: opts.tuned.optimizer, note: `tuned values (SPEC §10) from ${opts.tuned.from}` };
}

/** One-line description of the optimizer the script builds, for the header. */
function optimizerLine(opt: OptimizerConfig): string {
  const classic = TORCH_CLASS[opt.type];
  if (!classic) return WRITTEN_OUT[opt.type] ?? AUTHORS_LINE[opt.type];
  const kw: Record<string, unknown> = { ...classic.extra };
  for (const [k, v] of Object.entries(opt)) if (k !== 'type') kw[k] = v;
  const args = Object.entries(kw).map(([k, v]) => `${snake(k)}=${Array.isArray(v) ? `(${v.map((x) => pyLiteral(x)).join(', ')})` : pyLiteral(v)}`);
  return `torch.optim.${classic.cls}(params, ${args.join(', ')})`;
}

/** The header's schedule line: torch's own scheduler class for the PyTorch types, else the LambdaLR. */
function scheduleLine(schedule: ScheduleConfig, steps: number, baseLr: number): string {
  const call = torchSchedulerCall(schedule, steps, baseLr);
  if (call) return `Schedule:  ${docText(call)}, ${steps} steps (make_scheduler below)`;
  return `Schedule:  ${schedule.type} as a torch LambdaLR (group LR = base LR x lambda(t)), ${steps} steps`;
}

/** Text safe inside a Python triple-quoted docstring. */
function docText(text: string): string {
  return text.replace(/\\/g, '/').replace(/"""/g, "'''");
}

/** A safe Python file stem for a run: `<experiment>_<run>.py` without odd characters. */
export function exportFileName(config: ExperimentConfig, runName: string): string {
  const s = (v: string): string => v.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'run';
  return `${s(config.name)}_${s(runName)}.py`;
}

/**
 * The standalone script for `runName` of `config` (already validated). Throws ExportError for an unknown
 * run, an optimizer type the script does not implement, an invalid schedule or a sweep value on a run
 * without a sweep.
 */
export function exportRunAsPytorch(config: ExperimentConfig, runName: string, opts: ExportOptions = {}): string {
  const run = config.runs.find((r) => r.name === runName);
  if (!run) throw new ExportError(`no run named ${JSON.stringify(runName)} (runs: ${config.runs.map((r) => JSON.stringify(r.name)).join(', ') || 'none'})`);
  const { optimizer, note } = tunedOrExported(config, run, opts);
  if (!EXPORTABLE_OPTIMIZERS.includes(optimizer.type)) {
    throw new ExportError(`optimizer "${optimizer.type}" cannot be exported (expected one of ${EXPORTABLE_OPTIMIZERS.join(', ')})`);
  }
  // Schedule, steps, evaluation interval and seeds exactly as the trainer resolves them.
  const resolved = resolveRuns(config, { onlyRuns: [run.name] })[0];
  const { steps, schedule, evalEvery, seeds } = resolved;
  const baseLr = optimizerGroups(optimizer)[0]?.baseLr ?? 1;
  try {
    buildSchedule(schedule, steps, baseLr);
  } catch (e) {
    throw new ExportError(`run "${run.name}": ${(e as Error).message}`);
  }
  const file = exportFileName(config, run.name);
  const header = [
    '#!/usr/bin/env python3',
    // No text from the config or the file system in the docstring or in comments (SPEC §13): names and the
    // source file appear only as string literals below (EXPERIMENT, RUN, SOURCE), built by pyString.
    '"""A standalone PyTorch training script exported by Optimizer Lab (EXPERIMENT and RUN below name the run).',
    '',
    `Optimizer: ${docText(optimizerLine(optimizer))}`,
    scheduleLine(schedule, steps, baseLr),
    ...(note ? [`${opts.tuned ? 'Tuned:' : 'Sweep:'}     ${docText(note)}`] : []),
    '',
    'Run it:',
    `  python3 ${file}                                  # one process (CPU, or GPU when available)`,
    `  torchrun --nproc_per_node 2 ${file}              # DistributedDataParallel (gloo on CPU, nccl on GPU)`,
    `  python3 ${file} --steps 100 --out DIR --seed 1   # options; --help lists them all`,
    `  python3 ${file} --replay INPUT.json              # conformance: optlab replay input -> {"params": [...]}`,
    'Rank 0 writes DIR/metrics.jsonl (default ./optlab-export-<run>); `optlab import DIR` brings it back into the',
    'comparison panel next to the runs of the editor.',
    '',
    'Replace build_model(), get_batch() and loss_fn() with your model and data; the tiny character-level',
    'transformer they define lets the file run as is. Muon-family runs split parameters by name',
    '(EMBEDDING_PATTERNS / HEAD_PATTERNS / NORM_PATTERNS): check the partition printed at start.',
    'Requires Python 3.8+ and PyTorch 1.13+, nothing else.',
    '"""',
  ].join('\n');
  const settings = [
    '# Run settings (Optimizer Lab config keys, camelCase); SOURCE is the config file they come from.',
    `EXPERIMENT = ${pyLiteral(config.name)}`,
    `RUN = ${pyLiteral(run.name)}`,
    `SOURCE = ${pyLiteral(opts.source ?? null)}`,
    `STEPS = ${steps}`,
    `EVAL_EVERY = ${evalEvery}  # validation after every EVAL_EVERY steps and at the last step`,
    `SEEDS = ${pyLiteral(seeds)}  # this script trains one seed: --seed (default the first)`,
    `OPTIMIZER = ${pyLiteral(optimizer)}`,
    `SCHEDULE = ${pyLiteral(schedule)}`,
    `TASK = ${pyLiteral(config.task)}  # the Optimizer Lab task; the default model below reads its char_lm sizes`,
  ].join('\n');
  return `${header}\n${settings}\n\n${PYTORCH_TEMPLATE}`;
}
