import { initBackend } from '../../../src/core/backend';

/**
 * The backends every optimizer fixture replays on: wasm runs updates as fused SIMD passes, OPTLAB_FUSED=0 selects
 * the tfjs op chain (what other backends run), so both paths are checked on wasm as well as on cpu.
 */
export const BACKEND_VARIANTS = [
  { backend: 'wasm', fused: true, label: 'wasm (fused kernels)' },
  { backend: 'wasm', fused: false, label: 'wasm (op chain)' },
  { backend: 'cpu', fused: false, label: 'cpu' },
] as const;

/** One mocha `describe` per backend variant, with the backend initialised and OPTLAB_FUSED set (and restored). */
export function describeOnEachBackend(body: (label: string) => void): void {
  for (const { backend, fused, label } of BACKEND_VARIANTS) {
    describe(`on ${label}`, () => {
      const saved = process.env.OPTLAB_FUSED;
      before(async () => {
        await initBackend(backend);
        if (!fused) process.env.OPTLAB_FUSED = '0';
      });
      after(() => {
        if (saved === undefined) delete process.env.OPTLAB_FUSED;
        else process.env.OPTLAB_FUSED = saved;
      });
      body(label);
    });
  }
}
