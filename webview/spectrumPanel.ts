/**
 * Newton–Schulz Spectrum page (first version): controls for the test matrix and the iteration, singular
 * values before/after (from `optlab spectrum`, computed by the host off its thread) and the scalar map
 * φᴺ(σ) on [0, 1.2] with the target σ = 1.
 */
import { ComputeSpectrumRequest } from '../src/protocol';
import type { SpectrumParams } from '../src/protocol';
import { Chart, applyTheme, esc, fmt, lineChartConfig, onThemeChange, setMarkers, theme } from './charts';
import { connect, getState, send, setState } from './vscodeApi';

const defaults: SpectrumParams = {
  rows: 128, cols: 64, shape: 'powerlaw', exponent: 1, condition: 1000, preset: 'jordan',
  coefficients: [3.4445, -4.775, 2.0315], steps: 5, dtype: 'float32', seed: 0,
};
const params = getState<SpectrumParams>(defaults);

const app = document.getElementById('app') as HTMLElement;
app.innerHTML = `
  <div class="toolbar wrap">
    <label>rows <input type="number" id="rows" min="2" max="256"></label>
    <label>cols <input type="number" id="cols" min="2" max="256"></label>
    <label>spectrum <select id="shape"><option value="powerlaw">power law σᵢ ∝ i^−α</option><option value="condition">condition number</option></select></label>
    <label id="expl">α <input type="number" id="exponent" step="0.1" min="0"></label>
    <label id="condl">κ <input type="number" id="condition" min="1"></label>
    <label>seed <input type="number" id="seed" min="0"></label>
  </div>
  <div class="toolbar wrap">
    <label>coefficients <select id="preset"><option value="jordan">Jordan NS5 (3.4445, −4.7750, 2.0315)</option><option value="custom">custom</option></select></label>
    <span id="custom"><input type="number" id="ca" step="0.0001"> <input type="number" id="cb" step="0.0001"> <input type="number" id="cc" step="0.0001"></span>
    <label>steps <input type="range" id="steps" min="1" max="10" step="1"><span id="stepsv"></span></label>
    <label>dtype <select id="dtype"><option value="float32">float32</option><option value="bfloat16">bfloat16 (emulated)</option></select></label>
    <span class="spacer"></span><span class="status" id="status"></span>
  </div>
  <div class="grid2">
    <div class="chart-box"><canvas id="sv" aria-label="Singular values"></canvas></div>
    <div class="chart-box"><canvas id="phi" aria-label="Scalar map"></canvas></div>
  </div>`;

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const num = (id: string) => Number(el<HTMLInputElement>(id).value);
function fill(): void {
  el<HTMLInputElement>('rows').value = String(params.rows);
  el<HTMLInputElement>('cols').value = String(params.cols);
  el<HTMLSelectElement>('shape').value = params.shape;
  el<HTMLInputElement>('exponent').value = String(params.exponent);
  el<HTMLInputElement>('condition').value = String(params.condition);
  el<HTMLInputElement>('seed').value = String(params.seed);
  el<HTMLSelectElement>('preset').value = params.preset === 'custom' ? 'custom' : 'jordan';
  el<HTMLInputElement>('ca').value = String(params.coefficients[0]);
  el<HTMLInputElement>('cb').value = String(params.coefficients[1]);
  el<HTMLInputElement>('cc').value = String(params.coefficients[2]);
  el<HTMLInputElement>('steps').value = String(params.steps);
  el<HTMLSelectElement>('dtype').value = params.dtype;
  visibility();
}
function visibility(): void {
  el('expl').hidden = params.shape !== 'powerlaw';
  el('condl').hidden = params.shape !== 'condition';
  el('custom').hidden = params.preset !== 'custom';
  el('stepsv').textContent = ` ${params.steps}`;
}
function read(): void {
  params.rows = Math.min(256, Math.max(2, Math.round(num('rows')) || 2));
  params.cols = Math.min(256, Math.max(2, Math.round(num('cols')) || 2));
  params.shape = el<HTMLSelectElement>('shape').value === 'condition' ? 'condition' : 'powerlaw';
  params.exponent = Math.max(0, num('exponent') || 0);
  params.condition = Math.max(1, num('condition') || 1);
  params.seed = Math.max(0, Math.round(num('seed')) || 0);
  params.preset = el<HTMLSelectElement>('preset').value === 'custom' ? 'custom' : 'jordan';
  params.coefficients = [num('ca'), num('cb'), num('cc')];
  params.steps = Math.min(10, Math.max(1, Math.round(num('steps'))));
  params.dtype = el<HTMLSelectElement>('dtype').value === 'bfloat16' ? 'bfloat16' : 'float32';
}

const svCfg = lineChartConfig('index i', 'σᵢ', false);
const phiCfg = lineChartConfig('σ (input, normalised)', 'φᴺ(σ)', false);
const sv = new Chart(el<HTMLCanvasElement>('sv'), svCfg);
const phi = new Chart(el<HTMLCanvasElement>('phi'), phiCfg);

let pending = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
function request(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    el('status').textContent = 'computing…';
    pending = send(ComputeSpectrumRequest, { ...params });
  }, 250);
}

app.addEventListener('input', () => {
  read();
  visibility();
  setState(params);
  request();
});

function draw(before: number[], after: number[], orth: number, phiX: number[], phiY: number[], error?: string): void {
  const t = theme();
  sv.data.datasets = [
    { label: 'before NS', data: before.map((y, i) => ({ x: i, y })), borderColor: t.palette[0], backgroundColor: t.palette[0] },
    { label: 'after NS', data: after.map((y, i) => ({ x: i, y })), borderColor: t.palette[1], backgroundColor: t.palette[1] },
  ];
  phi.data.datasets = [{ label: `φ^${params.steps}(σ)`, data: phiX.map((x, i) => ({ x, y: phiY[i] })), borderColor: t.palette[2], backgroundColor: t.palette[2] }];
  setMarkers(phi, { vertical: [], horizontal: [{ y: 1, color: t.muted, label: 'σ = 1' }] });
  setMarkers(sv, { vertical: [], horizontal: [{ y: 1, color: t.muted }] });
  applyTheme(sv, t);
  applyTheme(phi, t);
  el('status').innerHTML = error ? `<span class="error">${esc(error)}</span>` : `‖XᵀX − I‖ = ${esc(fmt(orth))}`;
}
onThemeChange(() => {
  applyTheme(sv);
  applyTheme(phi);
});

connect((msg) => {
  if (ComputeSpectrumRequest.response.is(msg) && msg.completionId === pending) {
    const r = msg.params;
    draw(r.before, r.after, r.orthogonalityError, r.phi.x, r.phi.y, r.error);
  }
});
fill();
request();
