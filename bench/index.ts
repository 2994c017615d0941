/**
 * `npm run bench [-- NAME…] [--backend B]`: every benchmark prints its figure next to a reference measured in
 * the same run, and the ratio (SPEC §8). Names: optimizers, charlm, kernels, experiment, ns, workers, editor, hover (default: all).
 */
import { initBackend, describeBackend } from '../src/core/backend';
import type { BackendPreference } from '../src/core/backend';
import { benchOptimizers } from './optimizers';
import { benchCharLm } from './charLm';
import { benchCharLmLadder } from './charLmLadder';
import { benchKernels } from './kernels';
import { benchExperiment } from './experiment';
import { benchNewtonSchulz } from './newtonSchulz';
import { benchWorkers } from './workers';
import { benchEditor, logTorchHover } from './editor';

const torchWanted = (): boolean | undefined => (process.env.OPTLAB_BENCH_TORCH === '0' ? false : undefined);

type Bench = { name: string; run: (log: (s: string) => void) => Promise<void> };

const BENCHES: Bench[] = [
  // OPTLAB_BENCH_ONLY=adan,mars: only these optimizer labels (with the same-run SGD reference);
  // OPTLAB_BENCH_ROUNDS=31: more rounds per optimizer (default 11) on a busy machine.
  {
    name: 'optimizers',
    run: async (log) =>
      void benchOptimizers({
        log,
        only: process.env.OPTLAB_BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean),
        rounds: process.env.OPTLAB_BENCH_ROUNDS ? Number(process.env.OPTLAB_BENCH_ROUNDS) : undefined,
        torch: torchWanted(),
      }),
  },
  // The shape ladder (OPTLAB_LADDER=d256 keeps the shapes whose label contains it), then the trainer's
  // overhead over the bare step on the small shape.
  { name: 'charlm', run: async (log) => {
    await benchCharLmLadder({ log, profile: process.env.OPTLAB_PROFILE === '1', torch: torchWanted(), shapes: process.env.OPTLAB_LADDER });
    if (!process.env.OPTLAB_LADDER) await benchCharLm({ log, torch: false, trainer: true });
  } },
  // OPTLAB_KERNEL_DIMS=256 keeps one shape of the ladder; OPTLAB_KERNEL_REPS sets the calls per figure.
  { name: 'kernels', run: async (log) => benchKernels(log, { dims: process.env.OPTLAB_KERNEL_DIMS?.split(',').map(Number), reps: Number(process.env.OPTLAB_KERNEL_REPS) || undefined }) },
  { name: 'experiment', run: async (log) => void (await benchExperiment(log, { steps: Number(process.env.OPTLAB_EXPERIMENT_STEPS) || undefined })) },
  { name: 'ns', run: async (log) => void (await benchNewtonSchulz(log)) },
  { name: 'workers', run: async (log) => void (await benchWorkers({ log })) },
  { name: 'editor', run: async (log) => void (await benchEditor({ log })) },
  // Only the PyTorch-schedule hovers of `editor` (b2): light, no workers.
  { name: 'hover', run: async (log) => void logTorchHover(log) },
];

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const bi = argv.indexOf('--backend');
  const backend = (bi >= 0 ? argv.splice(bi, 2)[1] : 'auto') as BackendPreference;
  const wanted = argv.length ? argv : BENCHES.map((b) => b.name);
  const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')} (known: ${BENCHES.map((b) => b.name).join(', ')})`);
  const info = await initBackend(backend);
  const log = (s: string): void => console.log(s);
  log(`# Optimizer Lab benchmarks — backend ${describeBackend(info)}, node ${process.version}, ${require('os').cpus().length} cores`);
  for (const b of BENCHES.filter((x) => wanted.includes(x.name))) {
    log(`\n## ${b.name}`);
    await b.run(log);
  }
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
