/**
 * Which optimizers follow a momentum cycled by the schedule (OneCycleLR, CyclicLR with `cycleMomentum`).
 * torch's schedulers write the cycled value into the param group: `momentum` for SGD (OneCycleLR and
 * CyclicLR), `betas[0]` for Adam-style optimizers (OneCycleLR only: CyclicLR 1.13 requires a `momentum`
 * default and raises otherwise). Here the SGD family (with a momentum buffer, i.e. momentum > 0) and
 * Adam/AdamW follow it; other optimizers are refused with a message instead of silently ignoring the cycle.
 */
import type { OptimizerConfig } from './types';

export type CycledMomentumKind = 'momentum' | 'beta1';

const FOLLOWERS: Readonly<Record<string, CycledMomentumKind>> = Object.freeze({
  sgd: 'momentum',
  bgd: 'momentum',
  momentum: 'momentum',
  nag: 'momentum',
  adam: 'beta1',
  adamw: 'beta1',
});

/** Default momentum of the SGD types (their factories' defaults), for the "momentum > 0" rule. */
const DEFAULT_MOMENTUM: Readonly<Record<string, number>> = Object.freeze({ sgd: 0, bgd: 0, momentum: 0.9, nag: 0.9 });

/**
 * Why `optimizer` cannot follow a momentum cycled by a `scheduleType` schedule, or undefined when it can.
 * `key` names the option to point at ('type' of the optimizer, or its 'momentum').
 */
export function cycledMomentumProblem(optimizer: OptimizerConfig, scheduleType: string): { message: string; key: 'type' | 'momentum' } | undefined {
  const kind = FOLLOWERS[optimizer.type];
  const off = `or set "cycleMomentum": false in the schedule`;
  if (!kind) {
    return {
      message: `schedule ${scheduleType} cycles the momentum, which optimizer ${optimizer.type} does not follow here (supported: ${Object.keys(FOLLOWERS).join(', ')}); ${off}`,
      key: 'type',
    };
  }
  if (kind === 'beta1' && scheduleType === 'cyclic') {
    return { message: `schedule cyclic cycles "momentum", which ${optimizer.type} does not have (torch's CyclicLR raises for it); ${off}`, key: 'type' };
  }
  if (kind === 'momentum') {
    const m = typeof optimizer.momentum === 'number' ? optimizer.momentum : DEFAULT_MOMENTUM[optimizer.type];
    if (m === 0) return { message: `schedule ${scheduleType} cycles the momentum: give ${optimizer.type} a "momentum" > 0 (a momentum buffer to drive), ${off}`, key: 'momentum' };
  }
  return undefined;
}
