/**
 * The conformance entry (`optlab replay`, SPEC §5): apply an optimizer (and optionally a schedule) to given
 * parameters with given gradients, and return the parameters after every step. Tests replay PyTorch-generated
 * trajectories through this exact path.
 */
import { tf } from './tf';
import { createOptimizer, OPTIMIZER_TYPES } from './optimizers/registry';
import { PARAM_ROLES } from './optimizers/types';
import { SCHEDULE_FREE_TYPES } from './optimizers/scheduleFreeTypes';
import type { NamedParam, OptimizerConfig, ParamRole, TensorMap } from './optimizers/types';
import { buildSchedule } from './schedules';
import { cycledMomentumProblem } from './optimizers/momentumCycling';
import { optimizerBaseLrs } from './config/schema';
import type { ScheduleConfig } from './config/types';
import { isObj } from '../guards';

interface ReplayParam {
  shape: number[];
  values: number[];
}

export interface ReplayInput {
  optimizer: OptimizerConfig;
  schedule?: ScheduleConfig;
  params: Record<string, ReplayParam>;
  grads: Record<string, number[]>[];
  /** Sophia: Hessian-diagonal estimate to fold in after step t, or null. Schedule-free: only a constant schedule. */
  hessians?: (Record<string, number[]> | null)[];
  roles?: Record<string, ParamRole>;
}

interface ReplayOutput {
  params: Record<string, number[]>[];
}

/** Bad replay input; the message is one line that names the problem. */
export class ReplayInputError extends Error {}

function fail(msg: string): never {
  throw new ReplayInputError(msg);
}


function checkValues(where: string, v: unknown, size: number): number[] {
  if (!Array.isArray(v)) fail(`${where}: expected an array of ${size} numbers`);
  if (v.length !== size) fail(`${where}: has ${v.length} values, the shape needs ${size}`);
  for (let i = 0; i < v.length; i++) {
    if (typeof v[i] !== 'number' || !Number.isFinite(v[i])) fail(`${where}[${i}]: ${JSON.stringify(v[i])} is not a finite number`);
  }
  return v as number[];
}

/** Checks shapes, counts and names before any tensor is made, so errors never leak tensors. */
function checkReplayInput(raw: unknown): ReplayInput {
  if (!isObj(raw)) fail('input must be a JSON object with "optimizer", "params" and "grads"');
  if (!isObj(raw.optimizer)) fail('"optimizer" must be an object with a "type"');
  if (typeof raw.optimizer.type !== 'string') fail('"optimizer.type" must be a string');
  if (!isObj(raw.params) || Object.keys(raw.params).length === 0) fail('"params" must be a non-empty object of {shape, values}');
  const sizes: Record<string, number> = {};
  for (const [name, p] of Object.entries(raw.params)) {
    // Optimizer state is keyed by parameter name in plain objects: a name that is also a property of every
    // object ("toString", "__proto__", …) would alias state that does not exist.
    if (name in Object.prototype) fail(`params: "${name}" is a reserved name (a property of every JavaScript object); rename the parameter`);
    if (!isObj(p)) fail(`params.${name}: expected {"shape": [...], "values": [...]}`);
    const shape = p.shape;
    if (!Array.isArray(shape) || shape.length === 0 || shape.some((d) => !Number.isInteger(d) || (d as number) < 1)) {
      fail(`params.${name}.shape: ${JSON.stringify(shape)} is not a list of positive integers`);
    }
    sizes[name] = (shape as number[]).reduce((a, b) => a * b, 1);
    checkValues(`params.${name}.values`, p.values, sizes[name]);
  }
  if (!Array.isArray(raw.grads)) fail('"grads" must be a list with one {param: values} object per step');
  raw.grads.forEach((g, t) => {
    if (!isObj(g)) fail(`grads[${t}]: expected an object of parameter gradients`);
    for (const name of Object.keys(sizes)) {
      if (!Object.hasOwn(g, name)) fail(`grads[${t}]: missing gradient for param "${name}"`);
      checkValues(`grads[${t}].${name}`, g[name], sizes[name]);
    }
    for (const name of Object.keys(g)) if (!Object.hasOwn(sizes, name)) fail(`grads[${t}]: "${name}" is not a param`);
  });
  if (raw.hessians !== undefined) {
    if (!Array.isArray(raw.hessians)) fail('"hessians" must be a list (one entry per step, null for none)');
    if (raw.hessians.length > raw.grads.length) fail(`"hessians" has ${raw.hessians.length} entries for ${raw.grads.length} steps`);
    raw.hessians.forEach((h, t) => {
      if (h === null) return;
      if (!isObj(h)) fail(`hessians[${t}]: expected null or an object of parameter values`);
      for (const name of Object.keys(sizes)) {
        if (!Object.hasOwn(h, name)) fail(`hessians[${t}]: missing values for param "${name}"`);
        checkValues(`hessians[${t}].${name}`, h[name], sizes[name]);
      }
    });
  }
  if (raw.roles !== undefined) {
    if (!isObj(raw.roles)) fail('"roles" must map param names to one of ' + PARAM_ROLES.join(', '));
    for (const [name, role] of Object.entries(raw.roles)) {
      if (!Object.hasOwn(sizes, name)) fail(`roles.${name}: not a param`);
      if (!PARAM_ROLES.includes(role as ParamRole)) fail(`roles.${name}: "${String(role)}" is not one of ${PARAM_ROLES.join(', ')}`);
    }
  }
  if (raw.schedule !== undefined && !isObj(raw.schedule)) fail('"schedule" must be an object with a "type"');
  if (raw.schedule !== undefined && SCHEDULE_FREE_TYPES.includes(raw.optimizer.type)) {
    const s = raw.schedule as Record<string, unknown>;
    if (s.type !== 'constant' || (typeof s.warmupSteps === 'number' && s.warmupSteps > 0)) {
      fail(`"schedule": ${raw.optimizer.type} schedules its own LR; only a constant schedule without warmup applies (use the optimizer's warmupSteps)`);
    }
  }
  return raw as unknown as ReplayInput;
}

/** The run's lr (first group's base LR, defaults applied): the base of absolute schedule options. */
function baseLrOf(opt: OptimizerConfig): number {
  if (!OPTIMIZER_TYPES.includes(opt.type)) return 1; // createOptimizer names the unknown type
  const lr = optimizerBaseLrs(opt)[0]?.lr;
  return typeof lr === 'number' && Number.isFinite(lr) && lr >= 0 ? lr : 1;
}

/** Default role when none is given: ≥2-D params are "hidden", 1-D "bias" (SPEC §5). */
function defaultRole(shape: number[]): ParamRole {
  return shape.length >= 2 ? 'hidden' : 'bias';
}

function toTensors(values: Record<string, number[]>, shapes: Record<string, number[]>): TensorMap {
  const out: TensorMap = {};
  for (const [name, v] of Object.entries(values)) out[name] = tf.tensor(v, shapes[name], 'float32');
  return out;
}

/** Runs the replay on the active backend. Disposes everything it creates. */
export function replay(rawInput: unknown): ReplayOutput {
  const input = checkReplayInput(rawInput);
  const steps = input.grads.length;
  // Options and schedule are checked before any tensor exists.
  const schedule = input.schedule ? buildSchedule(input.schedule, steps, baseLrOf(input.optimizer)) : undefined;
  const cycled = schedule?.momentum;
  if (cycled) {
    const problem = cycledMomentumProblem(input.optimizer, input.schedule?.type ?? '');
    if (problem) fail(problem.message);
  }
  const shapes: Record<string, number[]> = {};
  const params: NamedParam[] = Object.entries(input.params).map(([name, p]) => {
    shapes[name] = p.shape;
    const init = tf.tensor(p.values, p.shape, 'float32');
    const variable = tf.variable(init, true);
    init.dispose();
    return {
      name,
      variable,
      role: input.roles?.[name] ?? defaultRole(p.shape),
    };
  });
  const out: ReplayOutput = { params: [] };
  let optimizer;
  try {
    optimizer = createOptimizer(params, input.optimizer);
    for (let t = 0; t < steps; t++) {
      const grads = toTensors(input.grads[t], shapes);
      try {
        optimizer.step(grads, schedule ? schedule.lambda(t) : 1, cycled?.(t));
      } finally {
        tf.dispose(Object.values(grads));
      }
      const h = input.hessians?.[t];
      if (h) {
        if (!optimizer.updateHessian) fail(`hessians[${t}] given but optimizer "${input.optimizer.type}" takes no Hessian estimates`);
        const ht = toTensors(h, shapes);
        try {
          optimizer.updateHessian(ht);
        } finally {
          tf.dispose(Object.values(ht));
        }
      }
      const row: Record<string, number[]> = {};
      for (const p of params) row[p.name] = Array.from(p.variable.dataSync());
      out.params.push(row);
    }
  } finally {
    optimizer?.dispose();
    for (const p of params) p.variable.dispose();
  }
  return out;
}

/** `|a − e| ≤ tol·max(1, |e|)` over a trajectory; returns the first mismatch or undefined. */
export function compareTrajectory(
  actual: Record<string, number[]>[],
  expected: Record<string, number[]>[],
  tol: number,
): string | undefined {
  if (actual.length !== expected.length) return `expected ${expected.length} steps, got ${actual.length}`;
  for (let t = 0; t < expected.length; t++) {
    for (const [name, ev] of Object.entries(expected[t])) {
      const av = actual[t][name];
      if (!av || av.length !== ev.length) return `step ${t} param ${name}: length ${av?.length} vs ${ev.length}`;
      for (let i = 0; i < ev.length; i++) {
        if (!(Math.abs(av[i] - ev[i]) <= tol * Math.max(1, Math.abs(ev[i])))) {
          return `step ${t} param ${name}[${i}]: got ${av[i]}, expected ${ev[i]} (tol ${tol})`;
        }
      }
    }
  }
  return undefined;
}
