/**
 * The optimizer contract shared by replay, the trainer and the benchmarks.
 *
 * An optimizer is created over named parameters (tfjs Variables with a role) and updates them in place,
 * PyTorch-style. The learning rate of a step is `group.baseLr × lambda`, where `lambda` is the schedule
 * multiplier λ(t) of that step (LambdaLR convention); groups exist because the hybrid and Muon's AdamW
 * fallback carry their own base LR.
 */
import type { tf } from '../tf';
import type { ParamGroupInfo, QkClipEvent } from '../events';

export type { ParamGroupInfo, QkClipEvent };

/** What a parameter is for: decides Muon vs AdamW in muon/muonclip/hybrid. */
export type ParamRole = 'hidden' | 'embedding' | 'head' | 'norm' | 'bias';
export const PARAM_ROLES: readonly ParamRole[] = ['hidden', 'embedding', 'head', 'norm', 'bias'];

export interface NamedParam {
  /** Unique name, also the key of grads and of optimizer state. */
  name: string;
  /** The live parameter; optimizers `assign` to it. Layout is PyTorch's ([out, in] for a linear weight). */
  variable: tf.Variable;
  role: ParamRole;
}

/** Gradients (or Hessian estimates) keyed by parameter name. */
export type TensorMap = Record<string, tf.Tensor>;


/** Per-head attention statistic handed to MuonClip after a step (trainer-level; replay never sends it). */
export interface QkStat {
  layer: number;
  head: number;
  /** Max pre-softmax logit over the batch, 1/√d included. */
  maxLogit: number;
  /** Where this head's query projection lives: parameter name and its rows [start, end) (PyTorch [out, in]). */
  q: { param: string; rows: [number, number] };
  /** Same for the key projection (may be the same fused qkv parameter with other rows). */
  k: { param: string; rows: [number, number] };
}


export interface Optimizer {
  readonly type: string;
  /**
   * One update in place. `lambda` is the schedule multiplier of this step; every group uses baseLr·lambda.
   * Grads must contain every parameter (a missing one is an error, not a silent skip). `momentum`, when
   * given, is this step's momentum (SGD family) or β₁ (Adam, AdamW) set by a cycling schedule (OneCycleLR,
   * CyclicLR), as torch's schedulers write it into the param group; only the optimizers listed in
   * momentumCycling.ts accept it, the others throw.
   */
  step(grads: TensorMap, lambda: number, momentum?: number): void;
  /** Sophia only: feed a Hessian-diagonal estimate ĥ after the step of a refresh step. */
  updateHessian?(hessian: TensorMap): void;
  /** Sophia only: true when the trainer should estimate ĥ after step `t` (0-based). */
  wantsHessian?(t: number): boolean;
  /** MuonClip only: apply QK-clip after a step; returns the clip events (may be empty). */
  qkClip?(stats: QkStat[], step: number): QkClipEvent[];
  /**
   * Muon family: the matrix fed to Newton–Schulz for `param` at the last step (momentum-blended update,
   * PyTorch [out, in] layout); SOAP: its update direction N (preconditioned, before the step size). For the
   * spectrum panel's live snapshots.
   */
  nsInput?(param: string): { shape: number[]; values: Float32Array } | undefined;
  /** Muon family and SOAP: start (or stop) keeping the last matrix of each hidden parameter for `nsInput`. */
  captureNsInputs?(on: boolean): void;
  /**
   * Schedule-free only: the weights hold y while training; 'eval' puts the averaged iterate x in them (for
   * evaluation and saving), 'train' puts y back. A step in eval mode is an error.
   */
  setMode?(mode: 'train' | 'eval'): void;
  /**
   * LR-free optimizers only (prodigy, dadapt_adam): the step size each group actually applied at the last step
   * (d·lr·λ, with the bias correction when on), for the metrics and the LR panel. `lr` is a multiplier there.
   */
  effectiveLr?(): Record<string, number>;
  /** Parameter groups (name, rule, base LR, members). */
  groups(): ParamGroupInfo[];
  /** Bytes held by optimizer state tensors, measured from the tensors themselves. */
  stateBytes(): number;
  /** Frees every state tensor. */
  dispose(): void;
}

/** Raw optimizer config as written in a config file or replay input (`type` plus options). */
export interface OptimizerConfig {
  type: string;
  [option: string]: unknown;
}

export type OptimizerFactory = (params: NamedParam[], config: OptimizerConfig) => Optimizer;

/** Thrown for bad options; the message names the option and the value. */
export class OptimizerConfigError extends Error {}
