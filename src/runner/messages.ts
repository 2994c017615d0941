/**
 * Messages between the experiment orchestrator (CLI or extension host) and trainer workers.
 * Cancellation is a shared Int32 flag, so a worker sees it within one step without waiting for its
 * event loop.
 */
import type { BackendInfo, BackendPreference } from '../core/backend';
import type { JobKey, MetricRow, QkClipEvent, TrainerEvent } from '../core/events';
import { arrayOf, isArr, isInt, isNum, isObj, isStr } from '../guards';
import type { JobSpec } from '../core/trainer';

export const WORKER_PROTOCOL_VERSION = 2;

export type ToWorker =
  /** kernelThreads: threads one job's kernels may use (kernelThreads.ts), 1 or 2. */
  | { type: 'init'; version: number; backend: BackendPreference; cancelFlag: SharedArrayBuffer; runDir: string; kernelThreads: number }
  | { type: 'job'; spec: JobSpec }
  | { type: 'shutdown' };

export type FromWorker =
  | { type: 'ready'; backend: BackendInfo }
  | { type: 'init-failed'; message: string }
  | { type: 'event'; event: TrainerEvent }
  | { type: 'idle' };

// Full guards: a message that does not have every field of its kind is dropped, not half-used.
const isJobKey = (v: unknown): v is JobKey =>
  isObj(v) && isStr(v.id) && isStr(v.run) && isInt(v.seed) && (v.sweep === undefined || (isObj(v.sweep) && isStr(v.sweep.key) && isNum(v.sweep.value)));
const isMetricRow = (v: unknown): v is MetricRow => isObj(v) && isInt(v.step) && (v.loss === undefined || typeof v.loss === 'number');
const isQkClip = (v: unknown): v is QkClipEvent => isObj(v) && isInt(v.step) && isInt(v.layer) && isInt(v.head) && isNum(v.maxLogit) && isNum(v.eta);

function isTrainerEvent(e: unknown): e is TrainerEvent {
  if (!isObj(e) || !isJobKey(e.job)) return false;
  switch (e.kind) {
    case 'start':
      return isStr(e.backend) && isArr(e.groups) && isInt(e.paramCount) && isInt(e.steps);
    case 'metrics':
      return arrayOf(isMetricRow)(e.rows);
    case 'qkclip':
      return arrayOf(isQkClip)(e.events);
    case 'snapshot':
      return isInt(e.step) && isStr(e.param) && isStr(e.file);
    case 'end':
      return isObj(e.result) && isJobKey(e.result.job) && isStr(e.result.status) && isInt(e.result.stepsDone);
    default:
      return false;
  }
}

export function isFromWorker(m: unknown): m is FromWorker {
  if (!isObj(m)) return false;
  switch (m.type) {
    case 'ready':
      return isObj(m.backend);
    case 'init-failed':
      return isStr(m.message);
    case 'event':
      return isTrainerEvent(m.event);
    case 'idle':
      return true;
    default:
      return false;
  }
}

export function isToWorker(m: unknown): m is ToWorker {
  if (!isObj(m)) return false;
  switch (m.type) {
    case 'init':
      return isInt(m.version) && isStr(m.backend) && m.cancelFlag instanceof SharedArrayBuffer && isStr(m.runDir) && isInt(m.kernelThreads);
    case 'job':
      return isObj(m.spec) && isJobKey(m.spec.key) && isObj(m.spec.task) && isObj(m.spec.optimizer) && isInt(m.spec.steps) && isInt(m.spec.evalEvery);
    case 'shutdown':
      return true;
    default:
      return false;
  }
}
