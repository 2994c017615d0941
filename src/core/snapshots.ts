/**
 * Live matrix snapshots for the spectrum panel: Muon's and NorMuon's Newton–Schulz input (SOAP's update
 * direction) of each hidden matrix every K steps, as `snapshots/<jobId>/<param>@<step>.json` in the run
 * directory. Bounded on disk: at most MAX_SNAPSHOTS_PER_JOB files per job and matrices larger than
 * MAX_SNAPSHOT_VALUES are skipped.
 */
import * as path from 'path';
import { writeJsonAtomic } from './results';

export const MAX_SNAPSHOTS_PER_JOB = 200;
const MAX_SNAPSHOT_VALUES = 512 * 512;

export interface SnapshotFile {
  param: string;
  step: number;
  shape: number[];
  values: number[];
}

/** Returns a writer for one job, or undefined when there is no run directory. */
export function snapshotWriter(runDir: string, jobId: string): ((step: number, param: string, shape: number[], values: Float32Array) => string | undefined) | undefined {
  if (!runDir) return undefined;
  let written = 0;
  return (step, param, shape, values) => {
    if (written >= MAX_SNAPSHOTS_PER_JOB || values.length > MAX_SNAPSHOT_VALUES) return undefined;
    written++;
    const rel = path.join('snapshots', jobId, `${param.replace(/[^A-Za-z0-9_.-]+/g, '_')}@${step}.json`);
    const body: SnapshotFile = { param, step, shape, values: Array.from(values) };
    writeJsonAtomic(path.join(runDir, rel), body);
    return rel;
  };
}
