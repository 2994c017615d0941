/**
 * Messages between the extension host and the spectrum worker (`dist/spectrumWorker.js`): the host sends a
 * resolved panel request (a random source or a snapshot file it has checked lies in the results directory),
 * the worker answers with the core's SpectrumLabResult or an error. One request at a time per worker.
 */
import type { BackendPreference } from '../core/backend';
import type { SpectrumLabResult } from '../core/spectrum';
import { isArr, isInt, isNum, isObj, isStr } from '../guards';

export const SPECTRUM_WORKER_PROTOCOL_VERSION = 1;

type SpectrumWorkerPreset = 'jordan' | 'polar_express' | 'jiacheng6' | 'custom';

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

const isDims = (s: Record<string, unknown>): boolean => isInt(s.rows) && isInt(s.cols) && isInt(s.seed);
const isSource = (s: unknown): boolean =>
  isObj(s) &&
  ((s.kind === 'gaussian' && isDims(s)) ||
    (s.kind === 'powerlaw' && isDims(s) && isNum(s.exponent)) ||
    (s.kind === 'condition' && isDims(s) && isNum(s.condition)) ||
    (s.kind === 'file' && isStr(s.file) && isStr(s.label)));
const isSet = (v: unknown): boolean => isObj(v) && isStr(v.preset) && isArr(v.coefficients) && v.coefficients.length === 3 && v.coefficients.every(isNum);

/** Full guards: every field of the kind, or the message is dropped. */
export function isToSpectrumWorker(m: unknown): m is ToSpectrumWorker {
  if (!isObj(m)) return false;
  if (m.type === 'shutdown') return true;
  if (m.type !== 'compute' || !isInt(m.id) || !isInt(m.version) || !isStr(m.backend) || !isObj(m.request)) return false;
  const r = m.request;
  return isSource(r.source) && isArr(r.sets) && r.sets.every(isSet) && isInt(r.steps) && (r.dtype === 'float32' || r.dtype === 'bfloat16');
}

export function isFromSpectrumWorker(m: unknown): m is FromSpectrumWorker {
  if (!isObj(m) || !isInt(m.id)) return false;
  return (m.type === 'result' && isObj(m.result)) || (m.type === 'error' && isStr(m.message));
}
