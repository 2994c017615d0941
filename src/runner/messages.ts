/**
 * Messages between the experiment orchestrator (CLI or extension host) and trainer workers.
 * Cancellation is a shared Int32 flag, so a worker sees it within one step without waiting for its
 * event loop.
 */
import type { BackendInfo, BackendPreference } from '../core/backend';
import type { TrainerEvent } from '../core/events';
import type { JobSpec } from '../core/trainer';

export const WORKER_PROTOCOL_VERSION = 1;

export type ToWorker =
  | { type: 'init'; version: number; backend: BackendPreference; cancelFlag: SharedArrayBuffer; runDir: string }
  | { type: 'job'; spec: JobSpec }
  | { type: 'shutdown' };

export type FromWorker =
  | { type: 'ready'; backend: BackendInfo }
  | { type: 'init-failed'; message: string }
  | { type: 'event'; event: TrainerEvent }
  | { type: 'idle' };

export function isFromWorker(m: unknown): m is FromWorker {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string'
    && ['ready', 'init-failed', 'event', 'idle'].includes((m as { type: string }).type);
}

export function isToWorker(m: unknown): m is ToWorker {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string'
    && ['init', 'job', 'shutdown'].includes((m as { type: string }).type);
}
