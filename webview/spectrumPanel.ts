/**
 * Newton–Schulz Spectrum panel page: pick a matrix (random Gaussian, power-law or condition-number spectrum,
 * or a Muon, NorMuon or SOAP snapshot of a run), up to three coefficient sets, steps 1–10 and
 * float32/bfloat16; the host's worker returns the singular values before/after NS, and the page draws them (sorted, log-y) next to the
 * scalar map φᴺ(σ) on [0, 1.2] with the input's σ range shaded, plus a readout of ‖XᵀX − I‖ and timings.
 * Controls are kept with setState; every change asks for a new computation (debounced), and only the
 * answer to the latest request is drawn.
 */
import { ComputeSpectrumRequest, ListSpectrumSnapshotsRequest } from '../src/protocol';
import type { NsCoefficientPreset, SpectrumCoefficientSet, SpectrumParams, SpectrumResult, SpectrumShape, SpectrumSnapshotIndex } from '../src/protocol';
import { Chart, applyTheme, lineChartConfig, onThemeChange, setMarkers, theme, withAlpha } from './charts';
import { fmtNumber } from '../src/core/format';
import { escapeHtml } from '../src/escape';
import type { Plugin } from 'chart.js';
import { connect, getState, send, setState } from './vscodeApi';
import { PRESET_LABELS, SET_CHOICES, setsOf } from './spectrumModel';
import type { SetChoice } from './spectrumModel';

interface UiState {
  shape: SpectrumShape;
  rows: number;
  cols: number;
  seed: number;
  exponent: number;
  condition: number;
  steps: number;
  dtype: 'float32' | 'bfloat16';
  /** Three slots; 'none' leaves a slot out. */
  sets: { choice: SetChoice; coefficients: [number, number, number] }[];
  snapshot?: { dir: string; job: string; param: string; stepIndex: number };
}

const ui = getState<UiState>({
  shape: 'gaussian',
  rows: 256,
  cols: 128,
  seed: 0,
  exponent: 1,
  condition: 1000,
  steps: 5,
  dtype: 'float32',
  sets: [
    { choice: 'jordan', coefficients: [3.4445, -4.775, 2.0315] },
    { choice: 'polar_express', coefficients: [3.4445, -4.775, 2.0315] },
    { choice: 'none', coefficients: [2, -1.5, 0.5] },
  ],
});
let snapshots: SpectrumSnapshotIndex = { experiments: [] };
let result: SpectrumResult | undefined;
let latestCompute = -1;
let latestList = -1;

const app = document.getElementById('app') as HTMLElement;
const setRow = (i: number): string => `
  <label>set ${i + 1} <select id="set${i}">${SET_CHOICES.map((c) => `<option value="${c}">${escapeHtml(PRESET_LABELS[c])}</option>`).join('')}</select></label>
  <span id="custom${i}" hidden>a <input type="number" step="0.01" id="a${i}"> b <input type="number" step="0.01" id="b${i}"> c <input type="number" step="0.01" id="c${i}"></span>`;
app.innerHTML = `
  <div class="toolbar">
    <span class="title">Matrix</span>
    <select id="shape" aria-label="matrix source">
      <option value="gaussian">random Gaussian</option>
      <option value="powerlaw">power law σᵢ = i^−α</option>
      <option value="condition">condition number κ</option>
      <option value="snapshot">live run snapshot</option>
    </select>
    <span id="randomControls">
      <label>rows <input type="number" id="rows" min="1" max="1024" step="1"></label>
      <label>cols <input type="number" id="cols" min="1" max="1024" step="1"></label>
      <label>seed <input type="number" id="seed" min="0" step="1"></label>
      <label id="exponentBox">α <input type="number" id="exponent" min="0" step="0.1"></label>
      <label id="conditionBox">κ <input type="number" id="condition" min="1" step="10"></label>
    </span>
    <span id="snapshotControls">
      <select id="snapRun" aria-label="run"></select>
      <select id="snapJob" aria-label="job"></select>
      <select id="snapParam" aria-label="layer"></select>
      <label>step <input type="range" id="snapStep" min="0" max="0" step="1"> <span id="snapStepLabel" class="muted"></span></label>
      <button class="secondary" id="refresh" title="Re-read the results directory">Refresh</button>
    </span>
  </div>
  <div class="toolbar">
    <span class="title">Newton–Schulz</span>
    <label>steps <input type="range" id="steps" min="1" max="10" step="1"> <span id="stepsLabel"></span></label>
    <label>dtype <select id="dtype"><option value="float32">float32</option><option value="bfloat16">bfloat16 (emulated)</option></select></label>
  </div>
  <div class="toolbar">${[0, 1, 2].map(setRow).join('<span class="spacer"></span>')}</div>
  <div class="message" id="status"></div>
  <div class="grid2">
    <div class="chart-box"><canvas id="sigmaChart" aria-label="singular values before and after Newton–Schulz"></canvas></div>
    <div class="chart-box"><canvas id="phiChart" aria-label="scalar map phi"></canvas></div>
  </div>
  <div class="table-wrap"><table class="summary" id="table"></table></div>`;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

// ------------------------------------------------------------------------------------------- charts
/** Shades [lo, hi] on the x axis of the φ chart: the input's σ range after normalisation. */
const shade: { lo: number; hi: number; color: string } = { lo: NaN, hi: NaN, color: 'transparent' };
const shadePlugin: Plugin = {
  id: 'optlabShade',
  beforeDatasetsDraw(chart) {
    const xs = chart.scales.x;
    if (!xs || !Number.isFinite(shade.lo) || !Number.isFinite(shade.hi)) return;
    const a = chart.chartArea;
    const x0 = Math.max(a.left, xs.getPixelForValue(shade.lo));
    const x1 = Math.min(a.right, xs.getPixelForValue(shade.hi));
    if (!(x1 > x0 - 1)) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = shade.color;
    ctx.fillRect(x0, a.top, Math.max(1, x1 - x0), a.bottom - a.top);
    ctx.restore();
  },
};

const sigmaCfg = lineChartConfig('index i (sorted)', 'σᵢ', true);
sigmaCfg.options!.plugins!.tooltip!.callbacks = {
  title: (items) => (items.length ? `σ${Math.round(items[0].parsed.x ?? 0)}` : ''),
  label: (item) => `${item.dataset.label}: ${fmtNumber(item.parsed.y ?? NaN, 4)}`,
};
// Log-scale ticks in compact form ("1e-12", not "0.000000000001"): snapshot spectra span many decades.
const sigmaTicks = sigmaCfg.options?.scales?.y?.ticks as { callback?: (v: number | string) => string } | undefined;
if (sigmaTicks) sigmaTicks.callback = (v) => fmtNumber(Number(v), 3);
const sigmaChart = new Chart($<HTMLCanvasElement>('sigmaChart'), sigmaCfg);

const phiCfg = lineChartConfig('σ (normalised input)', 'φᴺ(σ)', false);
phiCfg.plugins = [...(phiCfg.plugins ?? []), shadePlugin];
phiCfg.options!.plugins!.tooltip!.callbacks = {
  title: (items) => (items.length ? `σ = ${fmtNumber(items[0].parsed.x ?? NaN, 3)}` : ''),
  label: (item) => `${item.dataset.label}: ${fmtNumber(item.parsed.y ?? NaN, 4)}`,
};
const phiChart = new Chart($<HTMLCanvasElement>('phiChart'), phiCfg);

// ----------------------------------------------------------------------------------------- controls
function syncControls(): void {
  $<HTMLSelectElement>('shape').value = ui.shape;
  $<HTMLInputElement>('rows').value = String(ui.rows);
  $<HTMLInputElement>('cols').value = String(ui.cols);
  $<HTMLInputElement>('seed').value = String(ui.seed);
  $<HTMLInputElement>('exponent').value = String(ui.exponent);
  $<HTMLInputElement>('condition').value = String(ui.condition);
  $<HTMLInputElement>('steps').value = String(ui.steps);
  $('stepsLabel').textContent = String(ui.steps);
  $<HTMLSelectElement>('dtype').value = ui.dtype;
  ui.sets.forEach((s, i) => {
    $<HTMLSelectElement>(`set${i}`).value = s.choice;
    $(`custom${i}`).hidden = s.choice !== 'custom';
    ['a', 'b', 'c'].forEach((k, j) => ($<HTMLInputElement>(`${k}${i}`).value = String(s.coefficients[j])));
  });
  $('randomControls').hidden = ui.shape === 'snapshot';
  $('snapshotControls').hidden = ui.shape !== 'snapshot';
  $('exponentBox').hidden = ui.shape !== 'powerlaw';
  $('conditionBox').hidden = ui.shape !== 'condition';
  syncSnapshotControls();
}

function options(el: HTMLSelectElement, items: { value: string; label: string }[], selected: string | undefined): string {
  el.innerHTML = items.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`).join('');
  const value = items.some((o) => o.value === selected) ? (selected as string) : items[0]?.value ?? '';
  el.value = value;
  return value;
}

/** Fills run → job → layer → step from the snapshot index, keeping the current choice when it still exists. */
function syncSnapshotControls(): void {
  const exps = snapshots.experiments;
  const cur = ui.snapshot;
  const dir = options($<HTMLSelectElement>('snapRun'), exps.map((e) => ({ value: e.dir, label: `${e.name} · ${e.startedAt}` })), cur?.dir);
  const exp = exps.find((e) => e.dir === dir);
  const job = options($<HTMLSelectElement>('snapJob'), (exp?.jobs ?? []).map((j) => ({ value: j.id, label: j.id })), cur?.job);
  const jobEntry = exp?.jobs.find((j) => j.id === job);
  const param = options($<HTMLSelectElement>('snapParam'), (jobEntry?.params ?? []).map((p) => ({ value: p.name, label: p.name })), cur?.param);
  const steps = jobEntry?.params.find((p) => p.name === param)?.steps ?? [];
  const slider = $<HTMLInputElement>('snapStep');
  slider.max = String(Math.max(0, steps.length - 1));
  const stepIndex = Math.min(cur?.stepIndex ?? steps.length - 1, steps.length - 1);
  slider.value = String(Math.max(0, stepIndex));
  slider.disabled = steps.length <= 1;
  $('snapStepLabel').textContent = steps.length ? `${steps[Math.max(0, stepIndex)]} (${Math.max(0, stepIndex) + 1}/${steps.length})` : '';
  ui.snapshot = exp && jobEntry && steps.length ? { dir, job, param, stepIndex: Math.max(0, stepIndex) } : undefined;
}

function num(id: string, fallback: number): number {
  const v = Number($<HTMLInputElement>(id).value);
  return Number.isFinite(v) ? v : fallback;
}

function readControls(): void {
  ui.shape = $<HTMLSelectElement>('shape').value as SpectrumShape;
  ui.rows = Math.round(num('rows', ui.rows));
  ui.cols = Math.round(num('cols', ui.cols));
  ui.seed = Math.max(0, Math.round(num('seed', ui.seed)));
  ui.exponent = Math.max(0, num('exponent', ui.exponent));
  ui.condition = Math.max(1, num('condition', ui.condition));
  ui.steps = Math.round(num('steps', ui.steps));
  ui.dtype = $<HTMLSelectElement>('dtype').value === 'bfloat16' ? 'bfloat16' : 'float32';
  ui.sets = ui.sets.map((s, i) => ({
    choice: $<HTMLSelectElement>(`set${i}`).value as SetChoice,
    coefficients: ['a', 'b', 'c'].map((k, j) => num(`${k}${i}`, s.coefficients[j])) as [number, number, number],
  }));
  if (ui.shape === 'snapshot') {
    ui.snapshot = {
      dir: $<HTMLSelectElement>('snapRun').value,
      job: $<HTMLSelectElement>('snapJob').value,
      param: $<HTMLSelectElement>('snapParam').value,
      stepIndex: Math.round(num('snapStep', 0)),
    };
  }
}

function snapshotStep(): number | undefined {
  const s = ui.snapshot;
  if (!s) return undefined;
  const steps = snapshots.experiments.find((e) => e.dir === s.dir)?.jobs.find((j) => j.id === s.job)?.params.find((p) => p.name === s.param)?.steps;
  return steps?.[s.stepIndex];
}

function params(): SpectrumParams | undefined {
  const sets: SpectrumCoefficientSet[] = setsOf(ui.sets);
  if (!sets.length) return undefined;
  const first = sets[0];
  const p: SpectrumParams = {
    rows: ui.rows,
    cols: ui.cols,
    shape: ui.shape,
    exponent: ui.exponent,
    condition: ui.condition,
    preset: first.preset as NsCoefficientPreset,
    coefficients: first.coefficients,
    steps: ui.steps,
    dtype: ui.dtype,
    seed: ui.seed,
    sets,
  };
  if (ui.shape === 'snapshot') {
    const step = snapshotStep();
    if (!ui.snapshot || step === undefined) return undefined;
    p.snapshot = { dir: ui.snapshot.dir, job: ui.snapshot.job, param: ui.snapshot.param, step };
  }
  return p;
}

let timer: number | undefined;
function requestCompute(): void {
  if (timer !== undefined) window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    timer = undefined;
    const p = params();
    const status = $('status');
    if (!p) {
      status.textContent = ui.shape === 'snapshot' ? snapshots.message ?? 'Pick a run, job, layer and step.' : 'Pick at least one coefficient set.';
      return;
    }
    status.textContent = 'computing…';
    latestCompute = send(ComputeSpectrumRequest, p);
  }, 150);
}

function onChange(): void {
  readControls();
  syncControls();
  setState(ui);
  requestCompute();
}

for (const id of ['shape', 'rows', 'cols', 'seed', 'exponent', 'condition', 'dtype', 'snapRun', 'snapJob', 'snapParam', 'set0', 'set1', 'set2', 'a0', 'b0', 'c0', 'a1', 'b1', 'c1', 'a2', 'b2', 'c2']) {
  $(id).addEventListener('change', onChange);
}
for (const id of ['steps', 'snapStep']) $(id).addEventListener('input', onChange);
$('snapRun').addEventListener('change', () => {
  if (ui.snapshot) ui.snapshot = { ...ui.snapshot, job: '', param: '', stepIndex: Number.MAX_SAFE_INTEGER };
});
$('refresh').addEventListener('click', () => {
  latestList = send(ListSpectrumSnapshotsRequest, {});
});

// ------------------------------------------------------------------------------------------- render
function render(): void {
  const t = theme();
  const status = $('status');
  const table = $<HTMLTableElement>('table');
  const r = result;
  if (!r) return;
  if (r.error) {
    status.innerHTML = `<span class="error">${escapeHtml(r.error)}</span>`;
    return;
  }
  const sets = r.sets ?? [];
  const shape = r.shape ? `${r.shape[0]}×${r.shape[1]}` : '';
  status.textContent = `${r.source ?? shape} · SVDs ${fmtNumber(r.svdMs ?? NaN, 3)} ms`;
  const before = r.before.map((y, i) => ({ x: i + 1, y: Math.max(y, 1e-12) }));
  sigmaChart.data.datasets = [
    { label: 'before (σ/‖A‖_F)', data: before, borderColor: t.muted, backgroundColor: t.muted, borderDash: [4, 3] },
    ...sets.map((s, i) => ({
      label: `after · ${s.label}`,
      data: s.after.map((y, j) => ({ x: j + 1, y: Math.max(y, 1e-12) })),
      borderColor: t.palette[i % t.palette.length],
      backgroundColor: t.palette[i % t.palette.length],
    })),
  ];
  sigmaChart.options.scales!.x!.min = 1;
  sigmaChart.options.scales!.x!.max = Math.max(2, r.before.length);
  setMarkers(sigmaChart, { vertical: [], horizontal: [{ y: 1, color: withAlpha(t.fg, 0.5), label: 'σ = 1' }] });
  applyTheme(sigmaChart, t);

  phiChart.data.datasets = sets.map((s, i) => ({
    label: `φ${superscript(ui.steps)} · ${s.label}`,
    data: s.phi.x.map((x, j) => ({ x, y: s.phi.y[j] })),
    borderColor: t.palette[i % t.palette.length],
    backgroundColor: t.palette[i % t.palette.length],
  }));
  const x = phiChart.options.scales!.x!;
  x.min = 0;
  x.max = 1.2;
  const y = phiChart.options.scales!.y!;
  y.min = 0;
  y.max = 1.5;
  const range = sets[0]?.inputRange;
  shade.lo = range ? range[0] : NaN;
  shade.hi = range ? range[1] : NaN;
  shade.color = withAlpha(t.palette[0], 0.12);
  setMarkers(phiChart, {
    vertical: range ? [{ x: range[0], color: withAlpha(t.muted, 0.8), label: 'σ min' }, { x: range[1], color: withAlpha(t.muted, 0.8), label: 'σ max' }] : [],
    horizontal: [{ y: 1, color: withAlpha(t.fg, 0.5) }],
  });
  applyTheme(phiChart, t);

  const raw = r.rawBefore ?? [];
  const cond = raw.length ? raw[0] / raw[raw.length - 1] : NaN;
  table.innerHTML = `<thead><tr><th>set</th><th>‖XᵀX − I‖_F/√n</th><th>min σ after</th><th>max σ after</th><th>NS time (ms)</th></tr></thead><tbody>${sets
    .map((s) => `<tr><td>${escapeHtml(s.label)}</td><td>${fmtNumber(s.orthogonalityError)}</td><td>${fmtNumber(s.minAfter)}</td><td>${fmtNumber(s.maxAfter)}</td><td>${fmtNumber(s.nsMs, 3)}</td></tr>`)
    .join('')}<tr><td class="desc">input ${escapeHtml(shape)}: σ₁ ${fmtNumber(raw[0])}, σ_min ${fmtNumber(raw[raw.length - 1])}, κ ${fmtNumber(cond)} · ${ui.dtype} · ${ui.steps} steps</td><td></td><td></td><td></td><td></td></tr></tbody>`;
}

function superscript(n: number): string {
  const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return String(n).split('').map((d) => digits[Number(d)] ?? d).join('');
}

onThemeChange(() => render());

connect((msg) => {
  if (ComputeSpectrumRequest.response.is(msg)) {
    if (msg.completionId !== latestCompute) return; // superseded by a newer request
    result = msg.params;
    render();
  } else if (ListSpectrumSnapshotsRequest.response.is(msg)) {
    if (msg.completionId !== latestList) return;
    snapshots = msg.params;
    syncControls();
    if (ui.shape === 'snapshot') requestCompute();
  }
});

syncControls();
latestList = send(ListSpectrumSnapshotsRequest, {});
requestCompute();
