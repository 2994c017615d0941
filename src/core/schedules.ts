/**
 * Learning-rate schedules (SPEC §4): a schedule is a multiplier λ(t) of the base LR, PyTorch `LambdaLR`
 * convention — step t = 0, 1, … trains with `baseLr · λ(t)`. Plain numbers, no tfjs: the hover, the LR panel,
 * the CLI (`optlab schedule`), replay and the trainer all call this one module, so what a user previews is
 * exactly what a run uses.
 *
 * Every schedule starts with a linear warmup `t < w: t / max(1, w)` (`warmupSteps` w, default 0), then:
 * - `constant`      1
 * - `linear`        max(0, (T − t) / max(1, T − w))                                       (T = run steps)
 * - `warmup_cosine` p = (t − w) / max(1, T − w); r + (1 − r)·max(0, ½(1 + cos(2π·numCycles·p)))
 *                   (`numCycles` 0.5, `minLrRatio` r 0.1)
 * - `inverse_sqrt`  1 / √((t + τ − w) / τ)  (`timescale` τ, default w, or 10000 when w = 0)
 * - `wsd`           1 while t < w + s; then q = (t − w − s) / d over `decaySteps` d with `decayType`
 *                   linear r + (1 − r)(1 − q) | cosine r + (1 − r)·½(1 + cos πq) | 1-sqrt r + (1 − r)(1 − √q);
 *                   r after (`stableSteps` s, `minLrRatio` r 0.1; needs no total).
 *
 * Schedules are validated when built (optax style): bad options throw `ScheduleConfigError` naming the field,
 * so a typo never silently falls back to a default.
 */
import type { ScheduleConfig, ScheduleType, WsdDecayType } from './config/types';
import { fmt, intField, positiveField, ratioField, ScheduleConfigError } from './scheduleOptions';
import type { RawOptions } from './scheduleOptions';
import { buildTorchCurve, isTorchScheduleType, TORCH_SCHEDULE_KEYS, TORCH_SCHEDULE_TYPES, torchUsesTotalSteps } from './torchSchedules';
import type { TorchPhaseKind } from './torchSchedules';

type PhaseKind = 'warmup_end' | 'stable_end' | 'decay_start' | 'decay_end' | Exclude<TorchPhaseKind, 'decay_end'>;

/** A step where the schedule changes regime (drawn as a vertical marker on LR curves). */
interface PhaseMarker {
  step: number;
  kind: PhaseKind;
  label: string;
}

export interface Schedule {
  /** Multiplier of the base LR at step t (0-based). */
  lambda(t: number): number;
  /** Regime changes in step order (markers at the same step keep the order warmup, stable, decay start, end). */
  phases: PhaseMarker[];
  /** One-line human description, e.g. for hovers and `optlab schedule --describe`. */
  describe(): string;
  /**
   * The optimizer's momentum / β₁ at step t when the schedule cycles it (onecycle, cyclic with
   * `cycleMomentum`); absent otherwise. During warmup it holds its step-0 value.
   */
  momentum?: (t: number) => number;
}

export { ScheduleConfigError };

/** The lab's own shapes (SPEC §4), then PyTorch 1.13's schedulers (SPEC §12, torchSchedules.ts). */
export const SCHEDULE_TYPES: readonly ScheduleType[] = Object.freeze(['constant', 'linear', 'warmup_cosine', 'inverse_sqrt', 'wsd', ...TORCH_SCHEDULE_TYPES]);
export const WSD_DECAY_TYPES: readonly WsdDecayType[] = Object.freeze(['linear', 'cosine', '1-sqrt']);

/** Option keys each schedule type accepts (besides `type`). */
export const SCHEDULE_KEYS: Readonly<Record<ScheduleType, readonly string[]>> = Object.freeze({
  constant: ['warmupSteps'],
  linear: ['warmupSteps'],
  warmup_cosine: ['warmupSteps', 'numCycles', 'minLrRatio'],
  inverse_sqrt: ['warmupSteps', 'timescale'],
  wsd: ['warmupSteps', 'stableSteps', 'decaySteps', 'minLrRatio', 'decayType'],
  ...TORCH_SCHEDULE_KEYS,
});

/** Frozen defaults (SPEC §4). `timescale` has none here: it defaults to w, or 10000 when w = 0. */
export const SCHEDULE_DEFAULTS = Object.freeze({
  warmupSteps: 0,
  numCycles: 0.5,
  minLrRatio: 0.1,
  inverseSqrtTimescaleWhenNoWarmup: 10000,
  stableSteps: 0,
  decaySteps: 0,
  decayType: 'linear' as WsdDecayType,
});

/** Schedules whose shape depends on the run length T (they take the run's `steps`). */
export function usesTotalSteps(type: ScheduleType): boolean {
  return type === 'linear' || type === 'warmup_cosine' || type === 'onecycle';
}

/** Like `usesTotalSteps`, per config: torch types take T − w only for the lengths left to default. */
export function configUsesTotalSteps(cfg: ScheduleConfig): boolean {
  return usesTotalSteps(cfg.type) || (isTorchScheduleType(cfg.type) && torchUsesTotalSteps(cfg));
}

function isScheduleType(v: unknown): v is ScheduleType {
  return typeof v === 'string' && (SCHEDULE_TYPES as readonly string[]).includes(v);
}

type Raw = RawOptions;

// ---------------------------------------------------------------------------------------------------------
// The factory

/** Recently built schedules, by (config, T, base LR): the hover, the panel and validation ask for the same ones. */
const BUILT = new Map<string, Schedule>();
const BUILT_MAX = 4;

/**
 * Builds the schedule of a run with `totalSteps` steps (T) and base LR `baseLr` (the run's lr; for several
 * parameter groups the first group's, and every group scales by the same λ). The lab's own shapes do not
 * depend on `baseLr`; the PyTorch ones with absolute options (`etaMin`, `maxLr`, `baseLr`) give λ = LR / base
 * (0 when the base is 0). Throws `ScheduleConfigError` on unknown keys, wrong types, negative or non-integer
 * step counts, `minLrRatio` outside [0, 1], a non-positive timescale, bad torch options, and
 * `warmupSteps ≥ T` for schedules that use T (the run would never leave warmup). Pure; recent results are
 * reused (schedules hold lazily filled tables, which makes a repeated 1M-step build free).
 */
export function buildSchedule(cfg: ScheduleConfig, totalSteps: number, baseLr = 1): Schedule {
  let key: string | undefined;
  try {
    key = `${JSON.stringify(cfg)}|${totalSteps}|${baseLr}`;
  } catch {
    key = undefined;
  }
  const hit = key === undefined ? undefined : BUILT.get(key);
  if (hit) return hit;
  const built = buildUncached(cfg, totalSteps, baseLr);
  if (key !== undefined) {
    if (BUILT.size >= BUILT_MAX) BUILT.delete(BUILT.keys().next().value as string);
    BUILT.set(key, built);
  }
  return built;
}

function buildUncached(cfg: ScheduleConfig, totalSteps: number, baseLr: number): Schedule {
  if (cfg === null || typeof cfg !== 'object' || Array.isArray(cfg)) {
    throw new ScheduleConfigError(`schedule must be an object with a "type" (one of ${SCHEDULE_TYPES.join(', ')})`, 'type');
  }
  const raw = cfg as unknown as Raw;
  if (raw.type === undefined) {
    throw new ScheduleConfigError(`schedule needs a "type" (one of ${SCHEDULE_TYPES.join(', ')})`, 'type');
  }
  if (!isScheduleType(raw.type)) {
    throw new ScheduleConfigError(`unknown schedule type ${fmt(raw.type)} (expected one of ${SCHEDULE_TYPES.join(', ')})`, 'type');
  }
  const type = raw.type;
  const known = SCHEDULE_KEYS[type];
  for (const k of Object.keys(raw)) {
    if (k !== 'type' && !known.includes(k)) {
      throw new ScheduleConfigError(`unknown option "${k}" for schedule ${type} (known: ${known.join(', ')})`, k);
    }
  }
  if (typeof totalSteps !== 'number' || !Number.isInteger(totalSteps) || totalSteps < 0) {
    throw new ScheduleConfigError(`invalid steps: ${fmt(totalSteps)} (expected an integer ≥ 0)`, 'steps');
  }
  const w = intField(raw, 'warmupSteps', SCHEDULE_DEFAULTS.warmupSteps);
  if (configUsesTotalSteps(cfg) && w >= totalSteps) {
    throw new ScheduleConfigError(
      `schedule.warmupSteps (${w}) must be less than the run's steps (${totalSteps}) for ${type}: the run would never leave warmup`,
      'warmupSteps',
    );
  }
  switch (type) {
    case 'constant':
      return constant(w);
    case 'linear':
      return linear(w, totalSteps);
    case 'warmup_cosine': {
      const numCycles = positiveField(raw, 'numCycles', SCHEDULE_DEFAULTS.numCycles, true) as number;
      const r = ratioField(raw, 'minLrRatio', SCHEDULE_DEFAULTS.minLrRatio);
      return warmupCosine(w, totalSteps, numCycles, r);
    }
    case 'inverse_sqrt': {
      const tau = positiveField(raw, 'timescale', undefined, false) ?? (w > 0 ? w : SCHEDULE_DEFAULTS.inverseSqrtTimescaleWhenNoWarmup);
      return inverseSqrt(w, tau, raw.timescale !== undefined);
    }
    case 'wsd': {
      const s = intField(raw, 'stableSteps', SCHEDULE_DEFAULTS.stableSteps);
      const d = intField(raw, 'decaySteps', SCHEDULE_DEFAULTS.decaySteps);
      const r = ratioField(raw, 'minLrRatio', SCHEDULE_DEFAULTS.minLrRatio);
      const dt = raw.decayType === undefined ? SCHEDULE_DEFAULTS.decayType : raw.decayType;
      if (typeof dt !== 'string' || !(WSD_DECAY_TYPES as readonly string[]).includes(dt)) {
        throw new ScheduleConfigError(`invalid schedule.decayType: ${fmt(raw.decayType)} (expected one of ${WSD_DECAY_TYPES.join(', ')})`, 'decayType');
      }
      return wsd(w, s, d, r, dt as WsdDecayType);
    }
    default:
      if (typeof baseLr !== 'number' || !Number.isFinite(baseLr) || baseLr < 0) {
        throw new ScheduleConfigError(`invalid base LR ${fmt(baseLr)} for schedule ${type} (expected a finite number ≥ 0)`, 'lr');
      }
      return torchSchedule(cfg, w, totalSteps, baseLr);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The shapes (closures over precomputed constants: 1M evaluations take a few ms)

const PHASE_ORDER: Record<PhaseKind, number> = { warmup_end: 0, stable_end: 1, decay_start: 2, decay_end: 3, milestone: 4, peak: 4, cycle_end: 4, restart: 4 };
const PHASE_LABEL: Record<PhaseKind, string> = {
  warmup_end: 'warmup end',
  stable_end: 'stable end',
  decay_start: 'decay start',
  decay_end: 'decay end',
  milestone: 'decay',
  peak: 'peak',
  cycle_end: 'cycle end',
  restart: 'restart',
};

function marker(kind: PhaseKind, step: number): PhaseMarker {
  return { step, kind, label: `${PHASE_LABEL[kind]} (step ${step})` };
}

function sortPhases(p: PhaseMarker[]): PhaseMarker[] {
  return p.sort((a, b) => a.step - b.step || PHASE_ORDER[a.kind] - PHASE_ORDER[b.kind]);
}

function warmupMarkers(w: number): PhaseMarker[] {
  return w > 0 ? [marker('warmup_end', w)] : [];
}

function warmupText(w: number): string {
  return w > 0 ? `linear warmup over ${w} steps, then ` : '';
}

function num(v: number): string {
  return String(Number(v.toPrecision(6)));
}

function constant(w: number): Schedule {
  const inv = 1 / Math.max(1, w);
  return withBreakpoints({
    lambda: (t) => (t < w ? t * inv : 1),
    phases: warmupMarkers(w),
    describe: () => `constant: ${warmupText(w)}1× the base LR`,
  });
}

function linear(w: number, T: number): Schedule {
  const inv = 1 / Math.max(1, w);
  const span = Math.max(1, T - w);
  return withBreakpoints({
    lambda: (t) => (t < w ? t * inv : Math.max(0, (T - t) / span)),
    phases: sortPhases([...warmupMarkers(w), marker('decay_start', w), marker('decay_end', T)]),
    describe: () => `linear: ${warmupText(w)}linear decay from 1× to 0 at step ${T}`,
  });
}

function warmupCosine(w: number, T: number, numCycles: number, r: number): Schedule {
  const inv = 1 / Math.max(1, w);
  const span = Math.max(1, T - w);
  const k = 2 * Math.PI * numCycles;
  // Extrema of cos(2π·n·p) at p = j / (2n): t = w + j·(T − w) / (2n).
  const extrema: number[] = [];
  if (numCycles > 0 && 2 * numCycles <= T) {
    for (let j = 1; w + (j * span) / (2 * numCycles) < T; j++) extrema.push(w + (j * span) / (2 * numCycles));
  }
  const sched: Schedule = {
    lambda: (t) => (t < w ? t * inv : r + (1 - r) * Math.max(0, 0.5 * (1 + Math.cos(k * ((t - w) / span))))),
    phases: sortPhases([...warmupMarkers(w), marker('decay_start', w), marker('decay_end', T)]),
    describe: () =>
      `warmup_cosine: ${warmupText(w)}cosine decay (${num(numCycles)} cycles) from 1× towards ${num(r)}× by step ${T}`,
  };
  return numCycles === 0 || 2 * numCycles <= T ? withBreakpoints(sched, extrema) : sched;
}

function inverseSqrt(w: number, tau: number, explicitTau: boolean): Schedule {
  const inv = 1 / Math.max(1, w);
  const shift = tau - w;
  return withBreakpoints({
    lambda: (t) => (t < w ? t * inv : 1 / Math.sqrt((t + shift) / tau)),
    phases: sortPhases([...warmupMarkers(w), marker('decay_start', w)]),
    describe: () =>
      `inverse_sqrt: ${warmupText(w)}1/√((t + ${num(tau)} − ${w}) / ${num(tau)}) decay (timescale ${num(tau)}${explicitTau ? '' : ', default'})`,
  });
}

function wsd(w: number, s: number, d: number, r: number, decayType: WsdDecayType): Schedule {
  const inv = 1 / Math.max(1, w);
  const stableEnd = w + s;
  const decayEnd = w + s + d;
  const shape: (q: number) => number =
    decayType === 'linear'
      ? (q) => r + (1 - r) * (1 - q)
      : decayType === 'cosine'
        ? (q) => r + (1 - r) * 0.5 * (1 + Math.cos(Math.PI * q))
        : (q) => r + (1 - r) * (1 - Math.sqrt(q));
  const phases: PhaseMarker[] = [...warmupMarkers(w)];
  if (s > 0) phases.push(marker('stable_end', stableEnd));
  if (d > 0) phases.push(marker('decay_start', stableEnd), marker('decay_end', decayEnd));
  return withBreakpoints({
    lambda: (t) => (t < w ? t * inv : t < stableEnd ? 1 : t < decayEnd ? shape((t - stableEnd) / d) : r),
    phases: sortPhases(phases),
    describe: () =>
      `wsd: ${warmupText(w)}stable 1× for ${s} steps, ${decayType} decay over ${d} steps to ${num(r)}× at step ${decayEnd}`,
  });
}

const TORCH_PHASE_LABEL: Record<TorchPhaseKind, string> = {
  milestone: 'decay',
  peak: 'peak',
  cycle_end: 'cycle end',
  restart: 'restart',
  decay_end: 'decay end',
};

/**
 * A PyTorch scheduler behind the warmup prefix: t < w uses t / max(1, w); t ≥ w the scheduler's LR after
 * t − w steps, divided by the base LR. A cycled momentum holds its step-0 value during warmup.
 */
function torchSchedule(cfg: ScheduleConfig, w: number, T: number, base: number): Schedule {
  const span = Math.max(0, T - w);
  const curve = buildTorchCurve(cfg, span, base);
  const inv = 1 / Math.max(1, w);
  const lr = curve.lr;
  const lambda = base > 0 ? (t: number) => (t < w ? t * inv : lr(t - w) / base) : (t: number) => (t < w ? t * inv : 0);
  const phases: PhaseMarker[] = [...warmupMarkers(w)];
  for (const p of curve.phases) {
    const step = p.k + w;
    phases.push({ step, kind: p.kind === 'decay_end' ? 'decay_end' : p.kind, label: `${TORCH_PHASE_LABEL[p.kind]} (step ${step})` });
  }
  const m = curve.momentum;
  const sched: Schedule = {
    lambda,
    phases: sortPhases(phases),
    describe: () => `${cfg.type}: ${warmupText(w)}${curve.describe}`,
    ...(m ? { momentum: (t: number) => m(t < w ? 0 : t - w) } : {}),
  };
  return withBreakpoints(sched, curve.breakpoints.map((k) => k + w));
}

// ---------------------------------------------------------------------------------------------------------
// Conveniences for the CLI, hover and panels

/** The LR of every step 0 … T−1. */
export function lrSeries(cfg: ScheduleConfig, totalSteps: number, baseLr: number): number[] {
  const { lambda } = buildSchedule(cfg, totalSteps, baseLr);
  const out = new Array<number>(totalSteps);
  for (let t = 0; t < totalSteps; t++) out[t] = baseLr * lambda(t);
  return out;
}

/** What `optlab schedule` prints: the LR of every step and, when the schedule cycles it, the momentum / β₁. */
export function scheduleSeries(cfg: ScheduleConfig, totalSteps: number, baseLr: number): { lr: number[]; momentum?: number[] } {
  const lr = lrSeries(cfg, totalSteps, baseLr);
  const m = buildSchedule(cfg, totalSteps, baseLr).momentum;
  if (!m) return { lr };
  const momentum = new Array<number>(totalSteps);
  for (let t = 0; t < totalSteps; t++) momentum[t] = m(t);
  return { lr, momentum };
}

/** The LR at one step (builds the schedule; use `buildSchedule` in loops). */
export function lrAt(cfg: ScheduleConfig, totalSteps: number, baseLr: number, step: number): number {
  return baseLr * buildSchedule(cfg, totalSteps, baseLr).lambda(step);
}

interface CurvePoint {
  step: number;
  lr: number;
}

/**
 * Steps where λ may stop being monotone (phase boundaries, cosine extrema); between two of them λ is monotone
 * on the integers, which lets `scheduleCurve` find each bucket's exact extremes without evaluating every step.
 * Kept beside the schedule rather than on it: callers only need `lambda`.
 */
const BREAKPOINTS = new WeakMap<Schedule, number[]>();

function withBreakpoints(s: Schedule, extra: number[] = []): Schedule {
  BREAKPOINTS.set(s, [...s.phases.map((p) => p.step), ...extra].sort((a, b) => a - b));
  return s;
}

/** The minimum and maximum of λ over the integer steps [lo, hi), as steps. */
function bucketExtremes(lambda: (t: number) => number, candidates: Iterable<number>): [number, number] {
  let minT = -1, maxT = -1, minV = Infinity, maxV = -Infinity;
  for (const t of candidates) {
    const v = lambda(t);
    if (v < minV) { minV = v; minT = t; }
    if (v > maxV) { maxV = v; maxT = t; }
  }
  return [minT, maxT];
}

function* range(lo: number, hi: number): Generator<number> {
  for (let t = lo; t < hi; t++) yield t;
}

/**
 * The LR curve over steps 0 … T−1, decimated to at most `maxPoints` points (≥ 8) for drawing. Each of
 * ~maxPoints/2 equal buckets keeps its exact minimum and maximum (in step order), and the first and last steps
 * and every phase-marker step inside the run are kept, so peaks, floors and the kinks at phase boundaries are
 * drawn where they really are. Extremes are exact: λ is monotone between breakpoints (phase steps, cosine
 * extrema), so each bucket's extremes lie at its ends or next to a breakpoint — O(maxPoints) evaluations
 * instead of T (a 1M-step curve in well under a millisecond; falls back to evaluating every step when a
 * schedule has more breakpoints than that saves). Points are in increasing step order, steps unique.
 */
export function scheduleCurve(cfg: ScheduleConfig, totalSteps: number, baseLr: number, maxPoints = 2000): CurvePoint[] {
  const sched = buildSchedule(cfg, totalSteps, baseLr);
  const T = totalSteps;
  if (T === 0) return [];
  const cap = Math.max(8, Math.floor(Number.isFinite(maxPoints) ? maxPoints : 2000));
  const lambda = sched.lambda;
  if (T <= cap) {
    const all: CurvePoint[] = new Array(T);
    for (let t = 0; t < T; t++) all[t] = { step: t, lr: baseLr * lambda(t) };
    return all;
  }
  const pinned = new Set<number>([0, T - 1]);
  for (const p of sched.phases) if (p.step > 0 && p.step < T) pinned.add(p.step);
  // Each bucket yields ≤ 2 points; pinned steps may add one each, so reserve room for them.
  const buckets = Math.max(1, Math.floor((cap - pinned.size) / 2));
  const bps = (BREAKPOINTS.get(sched) ?? []).filter((b) => b >= 0 && b < T + 1);
  const analytic = BREAKPOINTS.has(sched) && bps.length <= T / 8;
  const keep: number[] = [];
  let bi = 0;
  for (let b = 0; b < buckets; b++) {
    const lo = Math.floor((b * T) / buckets);
    const hi = Math.floor(((b + 1) * T) / buckets);
    if (hi <= lo) continue;
    let cands: Iterable<number>;
    if (analytic) {
      const set = new Set<number>([lo, hi - 1]);
      while (bi < bps.length && bps[bi] < lo - 1) bi++;
      for (let j = bi; j < bps.length && bps[j] <= hi; j++) {
        const f = Math.floor(bps[j]);
        for (const t of [f - 1, f, f + 1, f + 2]) if (t >= lo && t < hi) set.add(t);
      }
      cands = set;
    } else {
      cands = range(lo, hi);
    }
    const [minT, maxT] = bucketExtremes(lambda, cands);
    keep.push(minT);
    if (maxT !== minT) keep.push(maxT);
  }
  for (const p of pinned) keep.push(p);
  keep.sort((a, b) => a - b);
  const out: CurvePoint[] = [];
  let prev = -1;
  for (const t of keep) {
    if (t === prev) continue;
    prev = t;
    out.push({ step: t, lr: baseLr * lambda(t) });
  }
  return out;
}
