/**
 * The last Newton–Schulz input per orthogonalised parameter, kept for the spectrum snapshots: Muon's and
 * NorMuon's `captureNsInputs` / `nsInput`. Off by default so a run without snapshots holds no extra tensors; when
 * on, one tensor per parameter is kept (the previous step's is disposed), a reference to data the step computes
 * anyway.
 */
import { tf } from '../tf';

export class NsInputCapture {
  private readonly inputs = new Map<string, tf.Tensor>();
  private on = false;

  /** Turning it off disposes what was kept. */
  set(on: boolean): void {
    this.on = on;
    if (!on) {
      for (const t of this.inputs.values()) t.dispose();
      this.inputs.clear();
    }
  }

  /** Called inside the step's tidy: keeps `matrix()` ([rows, cols]) for `param`; builds nothing while off. */
  record(param: string, matrix: () => tf.Tensor): void {
    if (!this.on) return;
    this.inputs.get(param)?.dispose();
    this.inputs.set(param, tf.keep(matrix()));
  }

  /**
   * The matrix kept for `param`, or undefined before anything was captured. The first call turns capturing on
   * (so a trainer that polls every K steps gets every poll after its first).
   */
  read(param: string): { shape: number[]; values: Float32Array } | undefined {
    if (!this.on) {
      this.set(true);
      return undefined;
    }
    const u = this.inputs.get(param);
    return u ? { shape: [...u.shape], values: Float32Array.from(u.dataSync()) } : undefined;
  }
}
