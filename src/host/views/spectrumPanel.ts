/**
 * Newton–Schulz Spectrum panel (first version): a random test matrix with a chosen singular-value profile
 * (power law or log-spaced over a condition number), Newton–Schulz with the Jordan NS5 quintic or custom
 * coefficients, singular values before/after and the scalar map φᴺ(σ) on [0, 1.2].
 *
 * The SVDs and the iteration run in a child process (`optlab spectrum`, the CLI's contract) so the extension
 * host never blocks and never loads tfjs; the host only builds the test matrix U·diag(σ)·Vᵀ (ml-matrix QR,
 * capped at 256 × 256) and evaluates the scalar polynomial map.
 */
import * as vscode from 'vscode';
import { fork } from 'child_process';
import { ComputeSpectrumRequest, ReadyCommand, ipcMessage } from '../../protocol';
import type { SpectrumParams, SpectrumResult } from '../../protocol';
import { renderHtml, webviewOptions } from './html';

/** Jordan's NS5 quintic (SPEC §3, Muon default). */
export const JORDAN_NS5: [number, number, number] = [3.4445, -4.775, 2.0315];
const MAX_DIM = 256;
const TIMEOUT_MS = 60_000;

/** Deterministic N(0, 1) samples (mulberry32 + Box–Muller). */
function gaussian(seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9;
  const uni = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uni())) * Math.cos(2 * Math.PI * uni());
}

/** Target singular values, descending, σ₀ = 1. */
export function targetSpectrum(p: Pick<SpectrumParams, 'shape' | 'exponent' | 'condition'>, k: number): number[] {
  if (p.shape === 'powerlaw') return Array.from({ length: k }, (_, i) => Math.pow(i + 1, -p.exponent));
  const c = Math.max(1, p.condition);
  return Array.from({ length: k }, (_, i) => Math.pow(c, -(k === 1 ? 0 : i / (k - 1))));
}

/** U·diag(σ)·Vᵀ with Haar-ish random orthonormal U, V (QR of Gaussian matrices); row-major values. */
export async function testMatrix(p: SpectrumParams): Promise<{ shape: [number, number]; values: number[] }> {
  const { Matrix, QrDecomposition } = await import('ml-matrix');
  const m = Math.min(MAX_DIM, Math.max(1, Math.floor(p.rows)));
  const n = Math.min(MAX_DIM, Math.max(1, Math.floor(p.cols)));
  const k = Math.min(m, n);
  const g = gaussian(p.seed);
  const rand = (r: number, c: number): InstanceType<typeof Matrix> => new Matrix(Array.from({ length: r }, () => Array.from({ length: c }, g)));
  const u = new QrDecomposition(rand(m, k)).orthogonalMatrix.subMatrix(0, m - 1, 0, k - 1);
  const v = new QrDecomposition(rand(n, k)).orthogonalMatrix.subMatrix(0, n - 1, 0, k - 1);
  const s = targetSpectrum(p, k);
  const us = u.clone();
  for (let j = 0; j < k; j++) for (let i = 0; i < m; i++) us.set(i, j, us.get(i, j) * s[j]);
  const a = us.mmul(v.transpose());
  return { shape: [m, n], values: a.to1DArray() };
}

/** φᴺ(σ) for a quintic applied N times: what N steps do to one singular value of the normalised matrix. */
export function scalarMap(coefficients: [number, number, number], steps: number, points = 241): { x: number[]; y: number[] } {
  const [a, b, c] = coefficients;
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < points; i++) {
    let s = (1.2 * i) / (points - 1);
    x.push(s);
    for (let t = 0; t < steps; t++) {
      const s2 = s * s;
      s = s * (a + s2 * (b + c * s2));
      if (!Number.isFinite(s) || Math.abs(s) > 1e6) break;
    }
    y.push(s);
  }
  return { x, y };
}

function runCli(cli: string, input: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = fork(cli, ['spectrum'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('spectrum computation timed out'));
    }, TIMEOUT_MS);
    child.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(err.trim() || `optlab spectrum exited with code ${code}`));
    });
    child.stdin?.end(JSON.stringify(input));
  });
}

export class SpectrumPanel {
  static readonly viewType = 'optimizerLab.spectrum';
  static current: SpectrumPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  static createOrShow(extensionUri: vscode.Uri): SpectrumPanel {
    if (SpectrumPanel.current) {
      SpectrumPanel.current.panel.reveal();
      return SpectrumPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(SpectrumPanel.viewType, 'Newton–Schulz Spectrum', vscode.ViewColumn.Active, webviewOptions(extensionUri));
    SpectrumPanel.current = new SpectrumPanel(panel, extensionUri);
    return SpectrumPanel.current;
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri): void {
    SpectrumPanel.current?.dispose();
    SpectrumPanel.current = new SpectrumPanel(panel, extensionUri);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = renderHtml(panel.webview, extensionUri, { title: 'Newton–Schulz Spectrum', script: 'spectrumPanel' });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)),
    );
  }

  private async onMessage(m: unknown): Promise<void> {
    if (ReadyCommand.is(m)) return; // The page asks for its first computation itself (its controls hold the state).
    if (!ComputeSpectrumRequest.is(m)) return;
    const p = m.params;
    const coefficients: [number, number, number] = p.preset === 'custom' ? p.coefficients : JORDAN_NS5;
    const steps = Math.min(10, Math.max(1, Math.round(p.steps)));
    let result: SpectrumResult;
    try {
      const matrix = await testMatrix(p);
      const cli = vscode.Uri.joinPath(this.extensionUri, 'dist', 'cli.js').fsPath;
      const raw = JSON.parse(await runCli(cli, { matrix, nsSteps: steps, nsCoefficients: coefficients, dtype: p.dtype })) as Partial<SpectrumResult>;
      result = {
        before: raw.before ?? [],
        after: raw.after ?? [],
        orthogonalityError: typeof raw.orthogonalityError === 'number' ? raw.orthogonalityError : NaN,
        phi: scalarMap(coefficients, steps),
      };
    } catch (e) {
      result = { before: [], after: [], orthogonalityError: NaN, phi: scalarMap(coefficients, steps), error: e instanceof Error ? e.message : String(e) };
    }
    void this.panel.webview.postMessage(ipcMessage(ComputeSpectrumRequest.response, result, m.id));
  }

  dispose(): void {
    if (SpectrumPanel.current === this) SpectrumPanel.current = undefined;
    while (this.disposables.length) this.disposables.pop()?.dispose();
    this.panel.dispose();
  }
}
