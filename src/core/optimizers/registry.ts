/**
 * Optimizer type → factory. The only place that knows every family's code; replay, the trainer and the benchmarks
 * look optimizers up here (validation reads the schema, whose type list test/unit/defaults.test.ts keeps equal
 * to this one and to the defaults table).
 */
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory } from './types';
import { OptimizerConfigError } from './types';
import { sgdFactories } from './sgd';
import { adagradFactories } from './adagrad';
import { adadeltaFactories } from './adadelta';
import { rmspropFactories } from './rmsprop';
import { adamFactories } from './adam';
import { adamaxFactories } from './adamax';
import { nadamFactories } from './nadam';
import { lionFactories } from './lion';
import { sophiaFactories } from './sophia';
import { muonFactories } from './muon';
import { adoptFactories } from './adopt';
import { ademamixFactories } from './ademamix';
import { cautiousFactories } from './cautious';
import { lapropFactories } from './laprop';
import { adanFactories } from './adan';
import { marsFactories } from './mars';
import { scheduleFreeFactories } from './schedulefree';
import { lrFreeFactories } from './lrfree';
import { normuonFactories } from './normuon';
import { preconditionedFactories } from './preconditioned';

const FACTORIES: Readonly<Record<string, OptimizerFactory>> = Object.freeze({
  ...sgdFactories,
  ...adagradFactories,
  ...adadeltaFactories,
  ...rmspropFactories,
  ...adamFactories,
  ...adamaxFactories,
  ...nadamFactories,
  ...lionFactories,
  ...sophiaFactories,
  ...muonFactories,
  ...adoptFactories,
  ...ademamixFactories,
  ...cautiousFactories,
  ...lapropFactories,
  ...adanFactories,
  ...marsFactories,
  ...scheduleFreeFactories,
  ...normuonFactories,
  ...preconditionedFactories,
  ...lrFreeFactories,
});

/** Every optimizer type, in the order users meet them (classic → LLM-era). */
export const OPTIMIZER_TYPES: readonly string[] = Object.freeze(Object.keys(FACTORIES));

export { MUON_TYPES } from './defaults';

/** Optimizers that decompose per-dimension factor matrices (eigh, QR, inverse roots): slow steps on big layers. */
export const PRECONDITIONED_TYPES: readonly string[] = ['soap', 'shampoo'];

export function isOptimizerType(type: unknown): type is string {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(FACTORIES, type);
}

export function createOptimizer(params: NamedParam[], config: OptimizerConfig): Optimizer {
  if (!config || typeof config !== 'object' || typeof config.type !== 'string') {
    throw new OptimizerConfigError('optimizer needs a "type" (one of ' + OPTIMIZER_TYPES.join(', ') + ')');
  }
  if (!isOptimizerType(config.type)) {
    throw new OptimizerConfigError(`unknown optimizer "${config.type}" (expected one of ${OPTIMIZER_TYPES.join(', ')})`);
  }
  return FACTORIES[config.type](params, config);
}
