/**
 * The PyTorch 1.13 `torch.optim.lr_scheduler` schedules (SPEC §12), as the sequence `get_last_lr()` gives
 * when the scheduler is stepped once after each optimizer step: value k is the LR after k scheduler steps
 * (k = 0 is the value set at construction). Absolute LRs (the base LR, `etaMin`, `maxLr`, `baseLr`) stay
 * absolute; schedules.ts turns them into λ = LR / base LR and adds the `warmupSteps` prefix.
 *
 * Float order follows torch 1.13, including the chainable (recursive) forms its `get_lr` uses, which differ
 * from the closed forms in the last bits and accumulate:
 * - `step`             (StepLR; `stepSize`, `gamma` 0.1)        lr_k = lr_{k−1}·γ when k % stepSize = 0, else lr_{k−1}
 * - `multistep`        (MultiStepLR; `milestones`, `gamma` 0.1) lr_k = lr_{k−1}·γ at each milestone
 * - `exponential`      (ExponentialLR; `gamma`)                 lr_k = lr_{k−1}·γ
 * - `polynomial`       (PolynomialLR; `totalIters` default T − w, `power` 1)
 *                      lr_k = lr_{k−1}·((1 − k/N) / (1 − (k−1)/N))^power for k ≤ N, then constant
 * - `cosine_annealing` (CosineAnnealingLR; `tMax` default T − w, `etaMin` 0)
 *                      lr_k = (1 + cos(πk/T)) / (1 + cos(π(k−1)/T))·(lr_{k−1} − η) + η, and at
 *                      k ≡ T + 1 (mod 2T): lr_{k−1} + (base − η)(1 − cos(π/T)) / 2 — it rises again past tMax
 * - `cosine_restarts`  (CosineAnnealingWarmRestarts; `t0`, `tMult` 1, `etaMin` 0)
 *                      η + (base − η)(1 + cos(π·T_cur/T_i)) / 2, T_cur counting up to T_i, T_i ← T_i·tMult
 * - `onecycle`         (OneCycleLR; `maxLr` default the base LR, `pctStart` 0.3, `annealStrategy` cos,
 *                      `divFactor` 25, `finalDivFactor` 1e4, `threePhase` false, `cycleMomentum` true,
 *                      `baseMomentum` 0.85, `maxMomentum` 0.95; total = T − w) — closed form per step
 * - `cyclic`           (CyclicLR; `baseLr`, `maxLr` required, `stepSizeUp` 2000, `stepSizeDown` = up,
 *                      `mode` triangular, `gamma` 1, `cycleMomentum` true, `baseMomentum` 0.8,
 *                      `maxMomentum` 0.9) — closed form per step
 *
 * Recursive forms are computed in order from torch's first value (checkpointed, see `recursive`); the
 * others are evaluated directly. Departures from torch: options are checked
 * more strictly (milestones strictly increasing and ≥ 1, `stepSizeUp` > 0, cyclic `maxLr` ≥ `baseLr`), and
 * momentum cycling needs an optimizer that follows it (see optimizers/registry `MOMENTUM_FOLLOWERS`).
 */
import type { AnnealStrategy, CyclicMode, ScheduleConfig } from './config/types';
import { boolField, enumField, fmt, intField, positiveField, ratioField, requireField, ScheduleConfigError } from './scheduleOptions';
import type { RawOptions } from './scheduleOptions';

type TorchScheduleType = 'step' | 'multistep' | 'exponential' | 'polynomial' | 'cosine_annealing' | 'cosine_restarts' | 'onecycle' | 'cyclic';

export const TORCH_SCHEDULE_TYPES: readonly TorchScheduleType[] = Object.freeze([
  'step', 'multistep', 'exponential', 'polynomial', 'cosine_annealing', 'cosine_restarts', 'onecycle', 'cyclic',
]);

const ANNEAL_STRATEGIES: readonly AnnealStrategy[] = Object.freeze(['cos', 'linear']);
const CYCLIC_MODES: readonly CyclicMode[] = Object.freeze(['triangular', 'triangular2', 'exp_range']);

/** Option keys of each type (besides `type`); every type also takes `warmupSteps`. */
export const TORCH_SCHEDULE_KEYS: Readonly<Record<TorchScheduleType, readonly string[]>> = Object.freeze({
  step: ['warmupSteps', 'stepSize', 'gamma'],
  multistep: ['warmupSteps', 'milestones', 'gamma'],
  exponential: ['warmupSteps', 'gamma'],
  polynomial: ['warmupSteps', 'totalIters', 'power'],
  cosine_annealing: ['warmupSteps', 'tMax', 'etaMin'],
  cosine_restarts: ['warmupSteps', 't0', 'tMult', 'etaMin'],
  onecycle: ['warmupSteps', 'maxLr', 'pctStart', 'annealStrategy', 'divFactor', 'finalDivFactor', 'threePhase', 'cycleMomentum', 'baseMomentum', 'maxMomentum'],
  cyclic: ['warmupSteps', 'baseLr', 'maxLr', 'stepSizeUp', 'stepSizeDown', 'mode', 'gamma', 'cycleMomentum', 'baseMomentum', 'maxMomentum'],
});

/** torch 1.13's defaults (those that depend on the type are keyed by it). */
export const TORCH_SCHEDULE_DEFAULTS = Object.freeze({
  stepGamma: 0.1,
  cyclicGamma: 1,
  power: 1,
  etaMin: 0,
  tMult: 1,
  pctStart: 0.3,
  annealStrategy: 'cos' as AnnealStrategy,
  divFactor: 25,
  finalDivFactor: 1e4,
  threePhase: false,
  cycleMomentum: true,
  onecycleBaseMomentum: 0.85,
  onecycleMaxMomentum: 0.95,
  cyclicBaseMomentum: 0.8,
  cyclicMaxMomentum: 0.9,
  stepSizeUp: 2000,
  mode: 'triangular' as CyclicMode,
});

export function isTorchScheduleType(v: unknown): v is TorchScheduleType {
  return typeof v === 'string' && (TORCH_SCHEDULE_TYPES as readonly string[]).includes(v);
}

/** Types whose default length is the run's (T − w): `totalIters`, `tMax`, OneCycle's total. */
export function torchUsesTotalSteps(cfg: ScheduleConfig): boolean {
  return (cfg.type === 'polynomial' && cfg.totalIters === undefined) || (cfg.type === 'cosine_annealing' && cfg.tMax === undefined) || cfg.type === 'onecycle';
}

/** True when the schedule drives the optimizer's momentum / β₁ (OneCycle, Cyclic with `cycleMomentum`). */
export function cyclesMomentum(cfg: ScheduleConfig): boolean {
  return (cfg.type === 'onecycle' || cfg.type === 'cyclic') && cfg.cycleMomentum !== false;
}

export type TorchPhaseKind = 'milestone' | 'peak' | 'cycle_end' | 'restart' | 'decay_end';

/** The scheduler's sequence in absolute units, indexed by scheduler step k ≥ 0. */
interface TorchCurve {
  lr(k: number): number;
  /** The cycled momentum / β₁ at step k, when the schedule cycles it. */
  momentum?: (k: number) => number;
  /** Regime changes (at scheduler step k). */
  phases: { k: number; kind: TorchPhaseKind }[];
  /** Steps k where the LR may stop being monotone (for exact curve decimation). */
  breakpoints: number[];
  describe: string;
}

/** At most this many markers of one kind are reported (a StepLR of step 30 over 1M steps has 33k). */
const MAX_REPEATED_MARKERS = 24;

function num(v: number): string {
  return String(Number(v.toPrecision(6)));
}

/** Steps between two stored values of a recursive sequence. */
const CHECKPOINT = 64;

/**
 * A recursively defined sequence v₀, v_k = next(k, v_{k−1}), computed in order once and never in closed form.
 * Every CHECKPOINT-th value is stored (1M steps keep ~16k numbers, not an 8 MB table whose allocation costs
 * more than the arithmetic); a lookup replays at most CHECKPOINT − 1 steps from the checkpoint below, and a
 * cursor makes in-order lookups (the trainer, the CLI) one step each. Replaying is bit-identical: the same
 * operations on the same inputs. `limit`: v_k = v_limit for k > limit.
 */
function recursive(first: number, next: (k: number, prev: number) => number, limit = Infinity): (k: number) => number {
  const marks: number[] = [first];
  let done = 0; // the highest k reached so far (marks cover it)
  let curK = 0;
  let curV = first;
  return (k: number): number => {
    if (k > limit) k = limit;
    if (k === curK) return curV;
    // Start from the cursor when it is at or after the highest stored checkpoint ≤ k, else from that checkpoint.
    const cp = Math.min(Math.floor(k / CHECKPOINT), Math.floor(done / CHECKPOINT)) * CHECKPOINT;
    let j = cp;
    let v = marks[cp / CHECKPOINT];
    if (curK <= k && curK >= cp) {
      j = curK;
      v = curV;
    }
    while (j < k) {
      j++;
      v = next(j, v);
      if (j % CHECKPOINT === 0 && j / CHECKPOINT === marks.length) marks.push(v);
    }
    if (k > done) done = k;
    curK = k;
    curV = v;
    return v;
  };
}

function capMarkers(ks: number[], kind: TorchPhaseKind): { k: number; kind: TorchPhaseKind }[] {
  return ks.slice(0, MAX_REPEATED_MARKERS).map((k) => ({ k, kind }));
}

/** Gamma-style factor: a finite number > 0. */
function gammaField(raw: RawOptions, type: string, def: number | undefined): number {
  if (def === undefined) requireField(raw, 'gamma', type, 'the multiplicative factor per step');
  return positiveField(raw, 'gamma', def, false) as number;
}

function momentumFields(raw: RawOptions, baseDef: number, maxDef: number): { cycle: boolean; base: number; max: number } {
  return {
    cycle: boolField(raw, 'cycleMomentum', TORCH_SCHEDULE_DEFAULTS.cycleMomentum),
    base: ratioField(raw, 'baseMomentum', baseDef),
    max: ratioField(raw, 'maxMomentum', maxDef),
  };
}

/**
 * Builds the curve of a torch schedule for a run of `span` scheduler steps (T − w) with base LR `base`.
 * Throws `ScheduleConfigError` naming the key for bad options.
 */
export function buildTorchCurve(cfg: ScheduleConfig, span: number, base: number): TorchCurve {
  const raw = cfg as unknown as RawOptions;
  const type = cfg.type as TorchScheduleType;
  switch (type) {
    case 'step': {
      requireField(raw, 'stepSize', type, 'decay the LR every stepSize steps');
      const s = intField(raw, 'stepSize', 1, 1);
      const g = gammaField(raw, type, TORCH_SCHEDULE_DEFAULTS.stepGamma);
      const decays = recursive(base, (_j, prev) => prev * g);
      const ks: number[] = [];
      for (let k = s; k < span && ks.length < MAX_REPEATED_MARKERS; k += s) ks.push(k);
      return {
        lr: (k) => decays(Math.floor(k / s)),
        phases: capMarkers(ks, 'milestone'),
        breakpoints: [],
        describe: `StepLR ×${num(g)} every ${s} steps`,
      };
    }
    case 'multistep': {
      requireField(raw, 'milestones', type, 'the steps at which the LR is multiplied by gamma');
      const ms = raw.milestones;
      if (!Array.isArray(ms) || ms.length === 0) {
        throw new ScheduleConfigError(`invalid schedule.milestones: ${fmt(ms)} (expected a non-empty list of increasing integers ≥ 1)`, 'milestones');
      }
      ms.forEach((m, i) => {
        if (typeof m !== 'number' || !Number.isInteger(m) || m < 1) {
          throw new ScheduleConfigError(`invalid schedule.milestones[${i}]: ${fmt(m)} (expected an integer ≥ 1)`, `milestones/${i}`);
        }
        if (i > 0 && m <= (ms[i - 1] as number)) {
          throw new ScheduleConfigError(`schedule.milestones must be strictly increasing: milestones[${i}] = ${m} follows ${fmt(ms[i - 1])}`, `milestones/${i}`);
        }
      });
      const list = ms as number[];
      const g = gammaField(raw, type, TORCH_SCHEDULE_DEFAULTS.stepGamma);
      const decays = recursive(base, (_j, prev) => prev * g);
      return {
        lr: (k) => {
          // bisect_right: milestones ≤ k (the list is short; a linear scan beats a search).
          let j = 0;
          while (j < list.length && list[j] <= k) j++;
          return decays(j);
        },
        phases: capMarkers(list.filter((m) => m < span), 'milestone'),
        breakpoints: [],
        describe: `MultiStepLR ×${num(g)} at steps ${list.slice(0, 8).join(', ')}${list.length > 8 ? ', …' : ''}`,
      };
    }
    case 'exponential': {
      const g = gammaField(raw, type, undefined);
      return { lr: recursive(base, (_k, prev) => prev * g), phases: [], breakpoints: [], describe: `ExponentialLR ×${num(g)} every step` };
    }
    case 'polynomial': {
      const n = intField(raw, 'totalIters', span, 1);
      const p = positiveField(raw, 'power', TORCH_SCHEDULE_DEFAULTS.power, true) as number;
      // torch: group['lr'] * ((1.0 - k / N) / (1.0 - (k - 1) / N)) ** power, for 0 < k ≤ N.
      const lr = recursive(base, (k, prev) => prev * ((1.0 - k / n) / (1.0 - (k - 1) / n)) ** p, n);
      return {
        lr,
        phases: n < span ? [{ k: n, kind: 'decay_end' }] : [],
        breakpoints: [n],
        describe: `PolynomialLR (1 − k/${n})^${num(p)} decay to 0 at step ${n}`,
      };
    }
    case 'cosine_annealing': {
      const tMax = intField(raw, 'tMax', span, 1);
      const eta = positiveField(raw, 'etaMin', TORCH_SCHEDULE_DEFAULTS.etaMin, true) as number;
      // The chainable form of CosineAnnealingLR.get_lr; cos(π(k−1)/T) is the previous step's cos(πk/T).
      let prevK = 0;
      let prevCos = Math.cos((Math.PI * 0) / tMax);
      const rise = ((base - eta) * (1 - Math.cos(Math.PI / tMax))) / 2;
      const lr = recursive(base, (k, prev) => {
        const c = Math.cos((Math.PI * k) / tMax);
        const before = prevK === k - 1 ? prevCos : Math.cos((Math.PI * (k - 1)) / tMax);
        prevK = k;
        prevCos = c;
        if ((k - 1 - tMax) % (2 * tMax) === 0) return prev + rise;
        return ((1 + c) / (1 + before)) * (prev - eta) + eta;
      });
      const ks: number[] = [];
      for (let k = tMax; k < span && ks.length < MAX_REPEATED_MARKERS; k += tMax) ks.push(k);
      return {
        lr,
        phases: capMarkers(ks, 'decay_end'),
        breakpoints: ks.length < MAX_REPEATED_MARKERS ? ks : allMultiples(tMax, span),
        describe: `CosineAnnealingLR cosine from the base LR to ${num(eta)} over ${tMax} steps`,
      };
    }
    case 'cosine_restarts': {
      requireField(raw, 't0', type, 'the length of the first cycle');
      const t0 = intField(raw, 't0', 1, 1);
      const tMult = intField(raw, 'tMult', TORCH_SCHEDULE_DEFAULTS.tMult, 1);
      const eta = positiveField(raw, 'etaMin', TORCH_SCHEDULE_DEFAULTS.etaMin, true) as number;
      const at = (k: number): number => {
        let tCur = k;
        let tI = t0;
        if (tMult === 1) tCur = k % t0;
        else while (tCur >= tI) { tCur -= tI; tI *= tMult; }
        return eta + ((base - eta) * (1 + Math.cos((Math.PI * tCur) / tI))) / 2;
      };
      const restarts: number[] = [];
      for (let k = t0, len = t0; k < span; len *= tMult, k += len) restarts.push(k);
      return {
        lr: at,
        phases: capMarkers(restarts, 'restart'),
        breakpoints: restarts,
        describe: `CosineAnnealingWarmRestarts cosine to ${num(eta)}, restarting after ${t0} steps${tMult > 1 ? `, each cycle ×${tMult} longer` : ''}`,
      };
    }
    case 'onecycle':
      return oneCycle(raw, span, base);
    case 'cyclic':
      return cyclic(raw, span);
  }
}

function allMultiples(step: number, span: number): number[] {
  const out: number[] = [];
  for (let k = step; k < span; k += step) out.push(k);
  return out;
}

function oneCycle(raw: RawOptions, total: number, base: number): TorchCurve {
  const maxLr = positiveField(raw, 'maxLr', base, true) as number;
  const pct = ratioField(raw, 'pctStart', TORCH_SCHEDULE_DEFAULTS.pctStart);
  const anneal = enumField(raw, 'annealStrategy', TORCH_SCHEDULE_DEFAULTS.annealStrategy, ANNEAL_STRATEGIES);
  const div = positiveField(raw, 'divFactor', TORCH_SCHEDULE_DEFAULTS.divFactor, false) as number;
  const finalDiv = positiveField(raw, 'finalDivFactor', TORCH_SCHEDULE_DEFAULTS.finalDivFactor, false) as number;
  const three = boolField(raw, 'threePhase', TORCH_SCHEDULE_DEFAULTS.threePhase);
  const mom = momentumFields(raw, TORCH_SCHEDULE_DEFAULTS.onecycleBaseMomentum, TORCH_SCHEDULE_DEFAULTS.onecycleMaxMomentum);
  if (total < 1) throw new ScheduleConfigError(`onecycle needs at least one step after warmup (the run has ${total})`, 'warmupSteps');
  const initial = maxLr / div;
  const minLr = initial / finalDiv;
  // torch's _schedule_phases: [end_step, start lr, end lr, start momentum, end momentum].
  type Phase = [number, number, number, number, number];
  const end0 = pct * total - 1;
  if (end0 === 0) {
    throw new ScheduleConfigError(`schedule.pctStart × steps = 1 (${num(pct)} × ${total}) leaves torch's warm-up phase 0 steps long (a division by zero in OneCycleLR)`, 'pctStart');
  }
  const phases: Phase[] = three
    ? [
        [end0, initial, maxLr, mom.max, mom.base],
        [2 * pct * total - 2, maxLr, initial, mom.base, mom.max],
        [total - 1, initial, minLr, mom.max, mom.max],
      ]
    : [
        [end0, initial, maxLr, mom.max, mom.base],
        [total - 1, maxLr, minLr, mom.base, mom.max],
      ];
  const f = anneal === 'cos'
    ? (start: number, end: number, p: number): number => end + ((start - end) / 2.0) * (Math.cos(Math.PI * p) + 1)
    : (start: number, end: number, p: number): number => (end - start) * p + start;
  const locate = (k: number): [Phase, number] => {
    let start = 0;
    for (let i = 0; i < phases.length; i++) {
      const ph = phases[i];
      if (k <= ph[0] || i === phases.length - 1) return [ph, (k - start) / (ph[0] - start)];
      start = ph[0];
    }
    throw new Error('unreachable');
  };
  // The LR peaks (and phases turn) at k = end_step; non-integer ends turn between floor and ceil.
  const ends = phases.slice(0, -1).map((p) => p[0]);
  const boundaries = ends.map((e) => Math.round(e)).filter((k) => k > 0 && k < total);
  return {
    lr: (k) => {
      const [ph, p] = locate(k);
      return f(ph[1], ph[2], p);
    },
    momentum: mom.cycle
      ? (k) => {
          const [ph, p] = locate(k);
          return f(ph[3], ph[4], p);
        }
      : undefined,
    phases: boundaries.map((k, i) => ({ k, kind: i === 0 ? 'peak' : 'cycle_end' })),
    breakpoints: ends.flatMap((e) => [Math.floor(e), Math.ceil(e)]).filter((k) => k >= 0),
    describe:
      `OneCycleLR ${num(initial)} → ${num(maxLr)} over ${num(pct * 100)}% of ${total} steps, ${anneal === 'cos' ? 'cosine' : 'linear'} ` +
      `down to ${num(minLr)}${three ? ' (three phases)' : ''}${mom.cycle ? `; momentum ${num(mom.max)} ↔ ${num(mom.base)}` : ''}`,
  };
}

function cyclic(raw: RawOptions, span: number): TorchCurve {
  requireField(raw, 'baseLr', 'cyclic', 'the lower LR of the cycle; CyclicLR has no default');
  requireField(raw, 'maxLr', 'cyclic', 'the upper LR of the cycle; CyclicLR has no default');
  const lo = positiveField(raw, 'baseLr', undefined, true) as number;
  const hi = positiveField(raw, 'maxLr', undefined, true) as number;
  if (hi < lo) throw new ScheduleConfigError(`schedule.maxLr (${num(hi)}) must be ≥ baseLr (${num(lo)})`, 'maxLr');
  const up = positiveField(raw, 'stepSizeUp', TORCH_SCHEDULE_DEFAULTS.stepSizeUp, false) as number;
  const down = positiveField(raw, 'stepSizeDown', up, true) as number;
  const mode = enumField(raw, 'mode', TORCH_SCHEDULE_DEFAULTS.mode, CYCLIC_MODES);
  const gamma = positiveField(raw, 'gamma', TORCH_SCHEDULE_DEFAULTS.cyclicGamma, false) as number;
  const mom = momentumFields(raw, TORCH_SCHEDULE_DEFAULTS.cyclicBaseMomentum, TORCH_SCHEDULE_DEFAULTS.cyclicMaxMomentum);
  const totalSize = up + down;
  const ratio = up / totalSize;
  // scale_fn: triangular 1., triangular2 1 / 2.**(cycle − 1) (per cycle), exp_range gamma**k (per iteration).
  const scale = mode === 'triangular' ? () => 1.0 : mode === 'triangular2' ? (cycle: number) => 1 / 2.0 ** (cycle - 1) : (_c: number, k: number) => gamma ** k;
  const at = (k: number): { cycle: number; factor: number } => {
    const cycle = Math.floor(1 + k / totalSize);
    const x = 1.0 + k / totalSize - cycle;
    return { cycle, factor: x <= ratio ? x / ratio : (x - 1) / (ratio - 1) };
  };
  const peaks: number[] = [];
  const bps: number[] = [];
  // Turning points: the top of each cycle (c·size + up) and its end ((c + 1)·size), at floor and ceil.
  for (let c = 0; c * totalSize < span; c++) {
    bps.push(Math.floor(c * totalSize + up), Math.ceil(c * totalSize + up), Math.floor((c + 1) * totalSize), Math.ceil((c + 1) * totalSize));
    if ((c + 1) * totalSize < span) peaks.push(Math.round((c + 1) * totalSize));
  }
  return {
    lr: (k) => {
      const { cycle, factor } = at(k);
      return lo + (hi - lo) * factor * scale(cycle, k);
    },
    momentum: mom.cycle
      ? (k) => {
          const { cycle, factor } = at(k);
          return mom.max - (mom.max - mom.base) * factor * scale(cycle, k);
        }
      : undefined,
    phases: capMarkers(peaks, 'cycle_end'),
    breakpoints: bps,
    describe:
      `CyclicLR ${mode} ${num(lo)} ↔ ${num(hi)}, ${num(up)} steps up, ${num(down)} down` +
      `${mode === 'exp_range' ? `, γ ${num(gamma)}` : ''}${mom.cycle ? `; momentum ${num(mom.max)} ↔ ${num(mom.base)}` : ''}`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The equivalent PyTorch construction (export header, the hover's "copy as PyTorch")

/** torch class and camelCase → keyword of each type's options (warmupSteps is the lab's, not torch's). */
const TORCH_CALL: Readonly<Record<TorchScheduleType, { cls: string; keys: Readonly<Record<string, string>> }>> = {
  step: { cls: 'StepLR', keys: { stepSize: 'step_size', gamma: 'gamma' } },
  multistep: { cls: 'MultiStepLR', keys: { milestones: 'milestones', gamma: 'gamma' } },
  exponential: { cls: 'ExponentialLR', keys: { gamma: 'gamma' } },
  polynomial: { cls: 'PolynomialLR', keys: { totalIters: 'total_iters', power: 'power' } },
  cosine_annealing: { cls: 'CosineAnnealingLR', keys: { tMax: 'T_max', etaMin: 'eta_min' } },
  cosine_restarts: { cls: 'CosineAnnealingWarmRestarts', keys: { t0: 'T_0', tMult: 'T_mult', etaMin: 'eta_min' } },
  onecycle: {
    cls: 'OneCycleLR',
    keys: {
      maxLr: 'max_lr', pctStart: 'pct_start', annealStrategy: 'anneal_strategy', divFactor: 'div_factor', finalDivFactor: 'final_div_factor',
      threePhase: 'three_phase', cycleMomentum: 'cycle_momentum', baseMomentum: 'base_momentum', maxMomentum: 'max_momentum',
    },
  },
  cyclic: {
    cls: 'CyclicLR',
    keys: {
      baseLr: 'base_lr', maxLr: 'max_lr', stepSizeUp: 'step_size_up', stepSizeDown: 'step_size_down', mode: 'mode', gamma: 'gamma',
      cycleMomentum: 'cycle_momentum', baseMomentum: 'base_momentum', maxMomentum: 'max_momentum',
    },
  },
};

/** A JSON value (number, string, boolean, list of numbers) as a Python literal; strings only via JSON escaping. */
function py(v: unknown): string {
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'None';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(py).join(', ')}]`;
  return 'None';
}

/** Python float literal (pct_start must be a float for OneCycleLR). */
function pyFloat(v: number): string {
  const s = String(v);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

/**
 * The `torch.optim.lr_scheduler` construction equivalent to a torch-type schedule for a run of `steps` steps
 * with base LR `baseLr` (defaults that take the run's length written out), or undefined for the lab's own
 * shapes. With `warmupSteps` a comment says that the first w steps are the lab's linear warmup.
 */
export function torchSchedulerCall(cfg: ScheduleConfig, steps: number, baseLr: number, optimizerName = 'optimizer'): string | undefined {
  if (!isTorchScheduleType(cfg.type)) return undefined;
  const type = cfg.type;
  const { cls, keys } = TORCH_CALL[type];
  const raw = cfg as unknown as RawOptions;
  const w = typeof cfg.warmupSteps === 'number' ? cfg.warmupSteps : 0;
  const span = steps - w;
  const args: string[] = [optimizerName];
  if (type === 'onecycle') args.push(`max_lr=${py(raw.maxLr ?? baseLr)}`, `total_steps=${span}`);
  for (const [k, tk] of Object.entries(keys)) {
    if (raw[k] === undefined || (type === 'onecycle' && k === 'maxLr')) continue;
    args.push(`${tk}=${k === 'pctStart' ? pyFloat(raw[k] as number) : py(raw[k])}`);
  }
  if (type === 'polynomial' && raw.totalIters === undefined) args.push(`total_iters=${span}`);
  if (type === 'cosine_annealing' && raw.tMax === undefined) args.push(`T_max=${span}`);
  const call = `torch.optim.lr_scheduler.${cls}(${args.join(', ')})`;
  return w > 0 ? `${call}  # stepped from step ${w} on; steps 0 … ${w - 1} are a linear warmup to the base LR` : call;
}
