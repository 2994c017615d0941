/**
 * End to end (SPEC §8): wall time of `optlab run CONFIG` (default examples/muon-vs-adamw.optlab.json: tuning
 * trials and evaluation seeds of two runs, the CLI's default workers) against the same jobs as PyTorch scripts
 * exported from that finished experiment (`optlab export CONFIG --run NAME --results RUN_DIR`), one job after
 * another at torch's default thread count, each with the job's seed and the same number of steps. Printed:
 * both wall times and ours ÷ theirs (target ≤ 1). OPTLAB_EXPERIMENT_STEPS shortens every job on both sides.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { parseJobId } from '../src/core/results';
import { distDir } from './workers';

const PYTHON = '/usr/bin/python3';

function findRunDir(root: string): string {
  for (const name of fs.readdirSync(root)) {
    const base = path.join(root, name);
    for (const stamp of fs.statSync(base).isDirectory() ? fs.readdirSync(base) : []) {
      if (fs.existsSync(path.join(base, stamp, 'config.json'))) return path.join(base, stamp);
    }
  }
  throw new Error(`no finished experiment under ${root}`);
}

function run(cmd: string, args: string[], what: string): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}): ${(r.stderr || r.stdout).split('\n').slice(-5).join('\n')}`);
  return performance.now() - t0;
}

export async function benchExperiment(log: (l: string) => void, opts: { config?: string; steps?: number } = {}): Promise<{ oursMs: number; torchMs: number; ratio: number }> {
  const config = opts.config ?? path.join(process.cwd(), 'examples', 'muon-vs-adamw.optlab.json');
  const cli = path.join(distDir(), 'cli.js');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-bench-exp-'));
  try {
    const stepArgs = opts.steps ? ['--steps', String(opts.steps)] : [];
    log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    const oursMs = run(process.execPath, [cli, 'run', config, '--out', path.join(tmp, 'ours'), ...stepArgs], 'optlab run');
    const runDir = findRunDir(path.join(tmp, 'ours'));
    const steps = opts.steps ?? (JSON.parse(fs.readFileSync(path.join(runDir, 'config.json'), 'utf8')) as { steps: number }).steps;
    const jobs = fs.readdirSync(path.join(runDir, 'metrics')).filter((f) => f.endsWith('.jsonl')).map((f) => parseJobId(f.replace(/\.jsonl$/, '')));
    log(`optlab run ${path.basename(config)}: ${jobs.length} jobs × ${steps} steps in ${(oursMs / 1000).toFixed(1)} s`);
    let torchMs = 0;
    for (const name of [...new Set(jobs.map((j) => j.run))]) {
      const script = path.join(tmp, `${name}.py`);
      run(process.execPath, [cli, 'export', config, '--run', name, '--results', runDir, '--out', script], 'optlab export');
      for (const job of jobs.filter((j) => j.run === name)) {
        torchMs += run(PYTHON, [script, '--device', 'cpu', '--steps', String(steps), '--seed', String(job.seed), '--out', path.join(tmp, 'torch', job.id)], `exported ${name}`);
      }
    }
    const ratio = oursMs / torchMs;
    log(`exported PyTorch scripts, the same ${jobs.length} jobs one after another: ${(torchMs / 1000).toFixed(1)} s`);
    log(`wall time ours / PyTorch: ${ratio.toFixed(2)} (target ≤ 1); load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    return { oursMs, torchMs, ratio };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
