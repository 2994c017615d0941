/**
 * Backend selection, once per process (or worker): `tensorflow` (tfjs-node-gpu, then tfjs-node) when it
 * loads → `wasm` (SIMD, one thread per worker in Node) → `cpu`. A preference other than `auto` forces that
 * backend and fails loudly if it cannot be initialised. `OPTLAB_BACKEND` overrides `auto`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { tf } from './tf';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

import type { BackendName } from './backendName';

export type { BackendName };
export type BackendPreference = 'auto' | BackendName;
export const BACKEND_PREFERENCES: readonly BackendPreference[] = ['auto', 'tensorflow', 'wasm', 'cpu'];

export interface BackendInfo {
  /** Backend that is active now. */
  name: BackendName;
  /** Human-readable detail, e.g. which package provided `tensorflow` or whether wasm SIMD is on. */
  detail: string;
  /** Backends tried before this one, with the reason each failed. */
  fallbacks: { name: BackendName; reason: string }[];
}

let current: BackendInfo | undefined;

/** Directory that holds tfjs-backend-wasm*.wasm: next to the bundle (dist/), else the installed package. */
function wasmDir(): string {
  const candidates = [__dirname, path.join(__dirname, '..', 'dist'), path.join(__dirname, '..', '..', 'dist')];
  for (const c of candidates) {
    if (fs.existsSync(path.join(c, 'tfjs-backend-wasm-simd.wasm'))) return c;
  }
  const pkg = path.dirname(createRequire(__filename).resolve('@tensorflow/tfjs-backend-wasm/package.json'));
  return path.join(pkg, 'dist');
}

function loadTensorflow(): string {
  // A created require keeps the bundler from resolving optional native packages at build time.
  const req = createRequire(__filename);
  const errors: string[] = [];
  for (const pkg of ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node']) {
    try {
      req(pkg);
      return pkg;
    } catch (e) {
      errors.push(`${pkg}: ${firstLine(e)}`);
    }
  }
  throw new Error(errors.join('; '));
}

function firstLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n')[0];
}

async function tryBackend(name: BackendName): Promise<string> {
  if (name === 'tensorflow') {
    const pkg = loadTensorflow();
    if (!(await tf.setBackend('tensorflow'))) throw new Error(`${pkg} loaded but the backend did not initialise`);
    return pkg;
  }
  if (name === 'wasm') {
    const dir = wasmDir();
    setWasmPaths(dir.endsWith(path.sep) ? dir : dir + path.sep);
    if (!(await tf.setBackend('wasm'))) throw new Error('wasm backend did not initialise');
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    return simd ? 'SIMD' : 'no SIMD';
  }
  if (!(await tf.setBackend('cpu'))) throw new Error('cpu backend did not initialise');
  return 'pure JS';
}

/** Initialises (or re-initialises) the backend. Idempotent for the same preference. */
export async function initBackend(pref: BackendPreference = 'auto'): Promise<BackendInfo> {
  if (!BACKEND_PREFERENCES.includes(pref)) {
    throw new Error(`unknown backend "${pref}" (expected one of ${BACKEND_PREFERENCES.join(', ')})`);
  }
  const env = process.env.OPTLAB_BACKEND as BackendPreference | undefined;
  const effective: BackendPreference = pref === 'auto' && env && BACKEND_PREFERENCES.includes(env) ? env : pref;
  if (current && (effective === 'auto' || effective === current.name) && tf.getBackend() === current.name) return current;
  const order: BackendName[] = effective === 'auto' ? ['tensorflow', 'wasm', 'cpu'] : [effective];
  const fallbacks: BackendInfo['fallbacks'] = [];
  for (const name of order) {
    try {
      const detail = await tryBackend(name);
      current = { name, detail, fallbacks };
      return current;
    } catch (e) {
      fallbacks.push({ name, reason: firstLine(e) });
    }
  }
  const why = fallbacks.map((f) => `${f.name}: ${f.reason}`).join('; ');
  throw new Error(`no tfjs backend could be initialised (${why})`);
}

/** The active backend, or undefined before `initBackend`. */
export function activeBackend(): BackendInfo | undefined {
  return current;
}

/** One-line description for summaries and the status bar, e.g. "wasm (SIMD)". */
export function describeBackend(info: BackendInfo): string {
  return `${info.name} (${info.detail})`;
}
