/**
 * Messages between the extension host and the spectrum worker (`dist/spectrumWorker.js`): the host sends a
 * resolved panel request (a random source or a snapshot file it has checked lies in the results directory),
 * the worker answers with the core's SpectrumLabResult or an error. One request at a time per worker.
 */
import type { BackendPreference } from '../core/backend';
import type { SpectrumLabResult } from '../core/spectrum';

export const SPECTRUM_WORKER_PROTOCOL_VERSION = 1;

export type SpectrumWorkerPreset = 'jordan' | 'polar_express' | 'jiacheng6' | 'custom';

export interface SpectrumWorkerRequest {
  source:
    | { kind: 'gaussian'; rows: number; cols: number; seed: number }
    | { kind: 'powerlaw'; rows: number; cols: number; seed: number; exponent: number }
    | { kind: 'condition'; rows: number; cols: number; seed: number; condition: number }
    | { kind: 'file'; file: string; label: string };
  sets: { preset: SpectrumWorkerPreset; coefficients: [number, number, number] }[];
  steps: number;
  dtype: 'float32' | 'bfloat16';
}

export type ToSpectrumWorker =
  | { type: 'compute'; id: number; version: number; backend: BackendPreference; request: SpectrumWorkerRequest }
  | { type: 'shutdown' };

export type FromSpectrumWorker =
  | { type: 'result'; id: number; result: SpectrumLabResult }
  | { type: 'error'; id: number; message: string };

export function isToSpectrumWorker(m: unknown): m is ToSpectrumWorker {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  return t === 'shutdown' || (t === 'compute' && typeof (m as { id?: unknown }).id === 'number');
}

export function isFromSpectrumWorker(m: unknown): m is FromSpectrumWorker {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as { type?: unknown; id?: unknown };
  return (o.type === 'result' || o.type === 'error') && typeof o.id === 'number';
}
