/**
 * worker_threads entry of the spectrum panel: SVDs and Newton–Schulz sweeps are heavy (≈ 0.1–2 s), so they
 * never run on the extension host's thread. Initialises a tfjs backend on the first request, then answers
 * each `compute` with the core's `spectrumLab` result. Snapshot files are read here, not in the host.
 */
import * as fs from 'fs';
import { parentPort } from 'worker_threads';
import { initBackend } from '../core/backend';
import type { BackendPreference } from '../core/backend';
import { NS_PRESETS } from '../core/newtonSchulz';
import { spectrumLab } from '../core/spectrum';
import type { SpectrumLabRequest, SpectrumLabSet, SpectrumSource } from '../core/spectrum';
import type { SnapshotFile } from '../core/snapshots';
import { SPECTRUM_WORKER_PROTOCOL_VERSION, isToSpectrumWorker } from './spectrumMessages';
import type { FromSpectrumWorker, SpectrumWorkerRequest } from './spectrumMessages';

/** The core request of a worker request: presets resolved, snapshot file read and checked. */
export function toLabRequest(req: SpectrumWorkerRequest, readFile: (file: string) => string = (f) => fs.readFileSync(f, 'utf8')): SpectrumLabRequest {
  const sets: SpectrumLabSet[] = req.sets.map((s) => {
    if (s.preset === 'custom') return { label: `custom (${s.coefficients.map((v) => Number(v.toPrecision(5))).join(', ')})`, coefficients: s.coefficients, normalize: 'frobenius' };
    const p = NS_PRESETS[s.preset];
    return { label: p.label, coefficients: p.coefficients, normalize: p.normalize };
  });
  let source: SpectrumSource;
  if (req.source.kind === 'file') {
    const snap = JSON.parse(readFile(req.source.file)) as Partial<SnapshotFile>;
    const shape = snap.shape;
    if (!Array.isArray(shape) || shape.length !== 2 || !Array.isArray(snap.values)) throw new Error(`${req.source.label}: not a snapshot file (needs "shape" [m, n] and "values")`);
    source = { kind: 'matrix', matrix: { shape: [shape[0], shape[1]], values: snap.values }, label: req.source.label };
  } else {
    source = req.source;
  }
  return { source, sets, steps: req.steps, dtype: req.dtype };
}

if (parentPort) {
  const port = parentPort;
  let backend: Promise<unknown> | undefined;
  let backendPref: BackendPreference | undefined;
  const post = (m: FromSpectrumWorker): void => port.postMessage(m);
  port.on('message', (m: unknown) => {
    if (!isToSpectrumWorker(m)) return;
    if (m.type === 'shutdown') {
      process.exit(0);
    }
    void (async () => {
      try {
        if (m.version !== SPECTRUM_WORKER_PROTOCOL_VERSION) throw new Error(`spectrum worker protocol ${SPECTRUM_WORKER_PROTOCOL_VERSION}, host sent ${m.version}`);
        if (!backend || backendPref !== m.backend) {
          backendPref = m.backend;
          backend = initBackend(m.backend);
        }
        await backend;
        post({ type: 'result', id: m.id, result: spectrumLab(toLabRequest(m.request)) });
      } catch (e) {
        post({ type: 'error', id: m.id, message: e instanceof Error ? e.message : String(e) });
      }
    })();
  });
}
