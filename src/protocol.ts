/**
 * Typed messages between the extension host and the webviews (LR panel, comparison view/panel, spectrum,
 * landscape).
 *
 * Three kinds, after GitLens' IPC: a *command* goes webview → host and gets no reply; a *request* goes
 * webview → host and is answered by its `response` notification carrying the request's id as
 * `completionId`; a *notification* goes host → webview. Every definition has a `scope/name` method and an
 * `is()` guard that also checks the shape of the params, so handlers can `if (X.is(msg))` and use typed
 * params, and a malformed message from either side is ignored instead of crashing a handler.
 *
 * Flow: the webview script posts `ReadyCommand` once it listens; the host answers with the full state of
 * that view (`DidChange…StateNotification`) and afterwards sends batched deltas (≤ 10/s).
 *
 * This file is compiled for both Node (host) and the browser (webview): no Node or DOM imports, types only
 * from the core.
 */

// -------------------------------------------------------------------------------- data shapes
// The core's event types, shared as they are (src/core/events.ts has no runtime imports).
import type { ExperimentSummary, JobKey, JobResult, JobStatus, MetricRow, QkClipEvent, RunSummary } from './core/events';
import type { TaskConfig } from './core/config/types';
import type { ContourLine, LandscapeBox, LandscapeGrid, LandscapeModel, LandscapePath } from './core/landscape';

export type { ExperimentSummary, JobKey, JobResult, JobStatus, MetricRow, QkClipEvent, RunSummary, TaskConfig };
export type { ContourLine, LandscapeBox, LandscapeGrid, LandscapeModel, LandscapePath };

/** Bumped when a message changes incompatibly; the webview sends its version in `ready`. */
export const PROTOCOL_VERSION = 1;

type IpcScope = 'core' | 'lr' | 'compare' | 'spectrum' | 'landscape';

/** The envelope of every message, both directions. */
export interface IpcMessage<P = unknown> {
  /** Sender-local sequence number. */
  readonly id: number;
  /** `scope/name` of the definition. */
  readonly method: string;
  readonly params: P;
  /** On a request's response: the id of the request it answers. */
  readonly completionId?: number;
}

type ParamsGuard<P> = (params: unknown) => params is P;

/** Structural check of the envelope (does not look at params). */
export function isIpcMessage(msg: unknown): msg is IpcMessage {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Record<string, unknown>;
  return (
    typeof m.id === 'number' &&
    typeof m.method === 'string' &&
    'params' in m &&
    (m.completionId === undefined || typeof m.completionId === 'number')
  );
}

export abstract class IpcDefinition<P> {
  readonly method: string;
  constructor(
    readonly scope: IpcScope,
    readonly name: string,
    private readonly guard: ParamsGuard<P>,
  ) {
    this.method = `${scope}/${name}`;
  }
  /** True when `msg` is a message of this definition with well-formed params. */
  is(msg: unknown): msg is IpcMessage<P> {
    return isIpcMessage(msg) && msg.method === this.method && this.guard(msg.params);
  }
}

/** Webview → host, no reply. */
class IpcCommand<P> extends IpcDefinition<P> {
  readonly kind = 'command' as const;
}

/** Host → webview. */
class IpcNotification<P> extends IpcDefinition<P> {
  readonly kind = 'notification' as const;
}

/** Webview → host with a typed reply delivered as `response` (completionId = request id). */
class IpcRequest<P, R> extends IpcDefinition<P> {
  readonly kind = 'request' as const;
  readonly response: IpcNotification<R>;
  constructor(scope: IpcScope, name: string, guard: ParamsGuard<P>, responseGuard: ParamsGuard<R>) {
    super(scope, name, guard);
    this.response = new IpcNotification<R>(scope, `${name}/response`, responseGuard);
  }
}

let nextId = 1;
/** Builds a message of a definition; ids are unique per sender. */
export function ipcMessage<P>(def: IpcDefinition<P>, params: P, completionId?: number): IpcMessage<P> {
  return completionId === undefined
    ? { id: nextId++, method: def.method, params }
    : { id: nextId++, method: def.method, params, completionId };
}

// ---------------------------------------------------------------------------------------------- guards
const isEmpty = (v: unknown): v is Record<string, never> => v === undefined || v === null || isObj(v);

// ------------------------------------------------------------------------------------------------ core
interface ReadyParams {
  /** PROTOCOL_VERSION of the webview bundle. */
  version: number;
}
/** Webview → host: the script is listening; the host replies with the view's full state. */
export const ReadyCommand = new IpcCommand<ReadyParams>('core', 'ready', (p): p is ReadyParams => isObj(p) && isNum(p.version));

interface ShowMessageParams {
  level: 'info' | 'warning' | 'error';
  message: string;
}
/** Webview → host: surface a message as a VS Code notification (e.g. a failed export in the page). */
export const ShowMessageCommand = new IpcCommand<ShowMessageParams>(
  'core',
  'showMessage',
  (p): p is ShowMessageParams => isObj(p) && isStr(p.message) && (p.level === 'info' || p.level === 'warning' || p.level === 'error'),
);

// -------------------------------------------------------------------------------------------------- lr
type LrPhaseKind = 'warmup_end' | 'stable_end' | 'decay_start' | 'decay_end' | 'milestone' | 'peak' | 'cycle_end' | 'restart';

interface LrPhaseMarker {
  step: number;
  kind: LrPhaseKind;
  label: string;
}

/** One parameter group's LR curve, decimated (extremes kept) to a few hundred points. */
export interface LrGroupCurve {
  /** Group name ("default", "muon", "adamw"). */
  name: string;
  baseLr: number;
  /** Steps of the points, ascending. */
  steps: number[];
  /** LR at each step (base LR × λ(step)). */
  lr: number[];
}

export interface LrRunCurves {
  run: string;
  /** Optimizer type of the run. */
  optimizer: string;
  /** Human-readable schedule, from the schedules module's describe(). */
  schedule: string;
  groups: LrGroupCurve[];
  phases: LrPhaseMarker[];
  /** The optimizer's momentum / β₁ when the schedule cycles it (onecycle, cyclic), decimated like the LR. */
  momentum?: { steps: number[]; values: number[] };
  /** LR-free optimizers: the step size d·lr·λ logged by the config's newest finished experiment, per group. */
  effective?: LrEffectiveCurve[];
}

/** d·lr·λ as an LR-free run applied it (MetricRow.effectiveLr), mean over its held-out seeds at each logged step. */
export interface LrEffectiveCurve {
  group: string;
  steps: number[];
  values: number[];
  /** Seeds averaged. */
  seeds: number;
  /** Start stamp of the experiment the values come from (its results directory name). */
  startedAt: string;
}

/** Everything the LR panel draws. */
export interface LrState {
  /** Config file shown (workspace-relative when possible); undefined when no config is active. */
  file?: string;
  /** URI of that config (kept by the page so the panel can be revived on it). */
  uri?: string;
  /** Total steps of the experiment (x axis extent). */
  totalSteps: number;
  runs: LrRunCurves[];
  /** Why curves are missing (parse errors, no config); empty when all is well. */
  errors: string[];
}

/** Host → LR panel: full state (sent on ready and on every debounced edit of the config). */
export const DidChangeLrStateNotification = new IpcNotification<LrState>(
  'lr',
  'didChangeState',
  (p): p is LrState => isObj(p) && isNum(p.totalSteps) && isArr(p.runs) && isArr(p.errors),
);

interface RevealRunParams {
  run: string;
}
/** LR panel → host: reveal a run's entry in the config editor. */
export const RevealRunCommand = new IpcCommand<RevealRunParams>('lr', 'revealRun', (p): p is RevealRunParams => isObj(p) && isStr(p.run));

// --------------------------------------------------------------------------------------------- compare
/** One job (run × seed × sweep value) as the comparison view knows it. */
export interface JobSeries {
  key: JobKey;
  status: JobStatus;
  /** Optimizer type of the run, when known. */
  optimizer?: string;
  rows: MetricRow[];
  result?: JobResult;
  qkclip: QkClipEvent[];
  /**
   * The job comes from an imported run (`optlab import` / "Import Runs": its experiment's config.json has
   * `"imported": true`); drawn dashed with an "imported" badge next to the local runs.
   */
  imported?: boolean;
  /** Distinguishes imported runs of several imports with the same run name (e.g. the import's timestamp). */
  origin?: string;
}

export interface ExperimentInfo {
  name: string;
  /** Results directory (absolute). */
  dir: string;
  startedAt: string;
  backend?: string;
  steps?: number;
  target?: { metric: string; value: number };
  baseline?: string;
  /** The experiment's task (the comparison panel offers the landscape view for function2d). */
  task?: TaskConfig;
}

interface ExperimentListItem {
  name: string;
  dir: string;
  startedAt: string;
  /** The directory holds imported runs. */
  imported?: boolean;
}

/** Full state of the comparison content (side view and full panel share it). */
export interface CompareState {
  /** The experiment shown; undefined before any run or results. */
  experiment?: ExperimentInfo;
  jobs: JobSeries[];
  summary?: ExperimentSummary;
  /** A run is in progress (live updates follow). */
  running: boolean;
  /** Workspace trusted: the Run button is enabled. */
  trusted: boolean;
  /** Past experiments in the results directory, newest first. */
  experiments: ExperimentListItem[];
  /** Shown when there is nothing to draw yet. */
  message?: string;
}

export const DidChangeCompareStateNotification = new IpcNotification<CompareState>(
  'compare',
  'didChangeState',
  (p): p is CompareState => isObj(p) && isArr(p.jobs) && typeof p.running === 'boolean' && isArr(p.experiments),
);

/** New rows/status of one job since the previous delta. */
export interface JobDelta {
  key: JobKey;
  rows: MetricRow[];
  status?: JobStatus;
  optimizer?: string;
  result?: JobResult;
  qkclip?: QkClipEvent[];
}

export interface CompareDelta {
  jobs: JobDelta[];
  running: boolean;
  /** Set once, when the experiment ends. */
  summary?: ExperimentSummary;
}

/** Host → comparison: batched live deltas (at most 10 per second). */
export const DidAppendMetricsNotification = new IpcNotification<CompareDelta>(
  'compare',
  'didAppendMetrics',
  (p): p is CompareDelta => isObj(p) && isArr(p.jobs) && typeof p.running === 'boolean',
);

interface RunParams {
  /** Restrict to these runs; all runs when absent. */
  onlyRuns?: string[];
}
/** Comparison → host: run the active config (same as the command). */
export const RunCommand = new IpcCommand<RunParams>('compare', 'run', (p): p is RunParams => isObj(p) && optional(isStrArr)(p.onlyRuns));

/** Comparison → host: cancel the run in progress. */
export const CancelCommand = new IpcCommand<Record<string, never>>('compare', 'cancel', isEmpty);

/** Comparison → host: save the shown experiment as CSV. */
export const ExportCsvCommand = new IpcCommand<Record<string, never>>('compare', 'exportCsv', isEmpty);

interface ExportPngParams {
  /** `data:image/png;base64,…` from canvas.toDataURL(). */
  dataUrl: string;
  /** File name suggestion without directory. */
  suggestedName: string;
}
/** Comparison → host: save the chart image (the host asks where). */
export const ExportPngCommand = new IpcCommand<ExportPngParams>(
  'compare',
  'exportPng',
  (p): p is ExportPngParams => isObj(p) && isStr(p.dataUrl) && p.dataUrl.startsWith('data:image/png;base64,') && isStr(p.suggestedName),
);

interface SelectExperimentParams {
  dir: string;
}
/** Comparison → host: show a past experiment from the results directory. */
export const SelectExperimentCommand = new IpcCommand<SelectExperimentParams>(
  'compare',
  'selectExperiment',
  (p): p is SelectExperimentParams => isObj(p) && isStr(p.dir),
);

/** Comparison → host: import runs (metrics.jsonl / CSV) into the results directory and show them. */
export const ImportRunsCommand = new IpcCommand<Record<string, never>>('compare', 'importRuns', isEmpty);

/** Side view → host: open the full-size comparison panel. */
export const OpenFullPanelCommand = new IpcCommand<Record<string, never>>('compare', 'openFullPanel', isEmpty);

/** Comparison → host: open the landscape panel of the experiment shown (function2d). */
export const OpenLandscapeCommand = new IpcCommand<Record<string, never>>('compare', 'openLandscape', isEmpty);

// -------------------------------------------------------------------------------------------- spectrum
/** Where the panel's matrix comes from: a prescribed spectrum, a Gaussian matrix, or a live-run snapshot. */
export type SpectrumShape = 'powerlaw' | 'condition' | 'gaussian' | 'snapshot';
export type NsCoefficientPreset = 'jordan' | 'polar_express' | 'jiacheng6' | 'custom';

/** One coefficient set compared in the panel. */
export interface SpectrumCoefficientSet {
  preset: NsCoefficientPreset;
  /** The quintic (a, b, c) used when preset = custom. */
  coefficients: [number, number, number];
}

/** A Muon, NorMuon or SOAP snapshot in the results directory (as listed by ListSpectrumSnapshotsRequest). */
interface SpectrumSnapshotRef {
  /** Experiment directory (absolute). */
  dir: string;
  job: string;
  /** Parameter name as it appears in the file name. */
  param: string;
  step: number;
}

export interface SpectrumParams {
  rows: number;
  cols: number;
  /** Singular values of the random test matrix: σᵢ ∝ (i+1)^−exponent, or log-spaced over a condition number. */
  shape: SpectrumShape;
  exponent: number;
  condition: number;
  preset: NsCoefficientPreset;
  /** Custom quintic (a, b, c), used when preset = custom. */
  coefficients: [number, number, number];
  steps: number;
  dtype: 'float32' | 'bfloat16';
  seed: number;
  /** Up to 3 sets compared at once; when absent, the single `preset`/`coefficients`. */
  sets?: SpectrumCoefficientSet[];
  /** shape = snapshot: which snapshot. */
  snapshot?: SpectrumSnapshotRef;
}

/** One coefficient set's outcome (computed by src/core/spectrum.ts, shared as a type). */
export type { SpectrumSetResult } from './core/spectrumTypes';
import type { SpectrumSetResult } from './core/spectrumTypes';
import { isArr, isFinitePair, isInt, isNum, isObj, isStr, isStrArr, optional } from './guards';

export interface SpectrumResult {
  /** Singular values before and after NS, descending, normalised by the Frobenius norm as NS sees them. */
  before: number[];
  /** σ after NS of the first set. */
  after: number[];
  orthogonalityError: number;
  /** Scalar map φᴺ(σ) on [0, 1.2] of the first set. */
  phi: { x: number[]; y: number[] };
  error?: string;
  /** Every compared set. */
  sets?: SpectrumSetResult[];
  /** σ of the matrix itself (not normalised), descending. */
  rawBefore?: number[];
  shape?: [number, number];
  /** Time of the SVDs (ms). */
  svdMs?: number;
  /** One-line description of the matrix. */
  source?: string;
}

const isTriple = (v: unknown): v is [number, number, number] => isArr(v) && v.length === 3 && v.every(isNum);
const isPreset = (v: unknown): v is NsCoefficientPreset => v === 'jordan' || v === 'polar_express' || v === 'jiacheng6' || v === 'custom';
const isCoefficientSet = (v: unknown): v is SpectrumCoefficientSet => isObj(v) && isPreset(v.preset) && isTriple(v.coefficients);
const isSnapshotRef = (v: unknown): v is SpectrumSnapshotRef => isObj(v) && isStr(v.dir) && isStr(v.job) && isStr(v.param) && isNum(v.step);

const isSpectrumParams = (p: unknown): p is SpectrumParams =>
  isObj(p) &&
  isNum(p.rows) && isNum(p.cols) && isNum(p.exponent) && isNum(p.condition) && isNum(p.steps) && isNum(p.seed) &&
  (p.shape === 'powerlaw' || p.shape === 'condition' || p.shape === 'gaussian' || p.shape === 'snapshot') &&
  isPreset(p.preset) && isTriple(p.coefficients) &&
  (p.dtype === 'float32' || p.dtype === 'bfloat16') &&
  (p.sets === undefined || (isArr(p.sets) && p.sets.length >= 1 && p.sets.length <= 3 && p.sets.every(isCoefficientSet))) &&
  (p.snapshot === undefined || isSnapshotRef(p.snapshot)) &&
  (p.shape !== 'snapshot' || p.snapshot !== undefined);

/** Spectrum panel → host: compute singular values before/after NS (off the host thread). */
export const ComputeSpectrumRequest = new IpcRequest<SpectrumParams, SpectrumResult>(
  'spectrum',
  'compute',
  isSpectrumParams,
  (p): p is SpectrumResult => isObj(p) && isArr(p.before) && isArr(p.after) && isObj(p.phi),
);

/** Snapshots of one parameter of one job. */
interface SpectrumSnapshotParam {
  name: string;
  /** Steps with a snapshot, ascending. */
  steps: number[];
}

export interface SpectrumSnapshotExperiment {
  name: string;
  dir: string;
  startedAt: string;
  jobs: { id: string; params: SpectrumSnapshotParam[] }[];
}

export interface SpectrumSnapshotIndex {
  /** Experiments with at least one snapshot, newest first. */
  experiments: SpectrumSnapshotExperiment[];
  /** Why the list is empty, when it is. */
  message?: string;
}

/** Spectrum panel → host: list the Muon, NorMuon and SOAP snapshots in the results directory. */
export const ListSpectrumSnapshotsRequest = new IpcRequest<Record<string, never>, SpectrumSnapshotIndex>(
  'spectrum',
  'listSnapshots',
  isEmpty,
  (p): p is SpectrumSnapshotIndex => isObj(p) && isArr(p.experiments),
);

// ------------------------------------------------------------------------------------------- landscape
/** Everything the landscape panel draws: the model of src/core/landscape.ts, computed on the host. */
export interface LandscapeState {
  /** The experiment whose runs are drawn, or the config previewed before any run. */
  title?: string;
  /** What the model comes from: a results experiment (paths) or a config (contour, start and minimum only). */
  source?: 'experiment' | 'config';
  model?: LandscapeModel;
  running: boolean;
  /** Shown when there is nothing to draw (no function2d experiment or config). */
  message?: string;
}

const JOB_STATUSES: readonly string[] = ['running', 'done', 'diverged', 'cancelled', 'error'];
const FUNCTIONS: readonly string[] = ['rosenbrock', 'rastrigin', 'beale', 'quadratic'];
const isNumArr = (v: unknown): v is number[] => isArr(v) && v.every(isNum);

const isBox = (v: unknown): v is LandscapeBox =>
  isObj(v) && [v.xMin, v.xMax, v.yMin, v.yMax].every((n) => isNum(n) && Number.isFinite(n)) && (v.xMin as number) < (v.xMax as number) && (v.yMin as number) < (v.yMax as number);

const isGrid = (v: unknown): v is LandscapeGrid =>
  isObj(v) && isBox(v.box) && isInt(v.nx) && isInt(v.ny) && v.nx >= 2 && v.ny >= 2 && isNumArr(v.values) && v.values.length === v.nx * v.ny;

const isContour = (v: unknown): v is ContourLine => isObj(v) && isNum(v.level) && isNumArr(v.segments) && v.segments.length % 4 === 0;

const isPath = (v: unknown): v is LandscapePath =>
  isObj(v) && isStr(v.id) && isStr(v.run) && isNum(v.seed) && isStr(v.status) && JOB_STATUSES.includes(v.status) &&
  isNumArr(v.steps) && isNumArr(v.x) && isNumArr(v.y) && v.x.length === v.steps.length && v.y.length === v.steps.length &&
  (v.sweep === undefined || (isObj(v.sweep) && isStr(v.sweep.key) && isNum(v.sweep.value))) &&
  (v.imported === undefined || typeof v.imported === 'boolean');

/** The whole model, every array checked: the page indexes grid values and path points without further checks. */
export const isLandscapeModel = (v: unknown): v is LandscapeModel =>
  isObj(v) && isStr(v.fn) && FUNCTIONS.includes(v.fn) && isNum(v.condition) && isFinitePair(v.start) && isFinitePair(v.minimum) &&
  isGrid(v.grid) && (v.scale === 'log' || v.scale === 'linear') && isNumArr(v.levels) &&
  isArr(v.contours) && v.contours.every(isContour) && isArr(v.paths) && v.paths.every(isPath) && isNum(v.lastStep);

/** Host → landscape panel: the full state (on ready, on a new experiment, and at most ~4/s while a run is live). */
export const DidChangeLandscapeStateNotification = new IpcNotification<LandscapeState>(
  'landscape',
  'didChangeState',
  (p): p is LandscapeState =>
    isObj(p) && typeof p.running === 'boolean' && optional(isStr)(p.title) && optional(isStr)(p.message) &&
    (p.source === undefined || p.source === 'experiment' || p.source === 'config') && (p.model === undefined || isLandscapeModel(p.model)),
);
