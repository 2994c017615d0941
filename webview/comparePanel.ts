/**
 * Comparison page, used by both the Activity Bar view (`data-mode="side"`, compact) and the full-size panel:
 * loss curves per run (x = step, tokens or wall time), EMA smoothing with the raw curve faint behind, log-y,
 * seed mean ± std band, target line with steps-to-target markers, divergence and QK-clip markers, a summary
 * table, PNG and CSV export, and for function2d experiments a button to the landscape panel. Imported runs (real runs brought back with "Import Runs") are drawn dashed in the
 * colour of the local run of the same name, with an "imported" badge in the run list and the table. The host sends the full state on `ready` and batched deltas while a run is live;
 * redraws are coalesced with requestAnimationFrame.
 */
import {
  CancelCommand,
  DidAppendMetricsNotification,
  DidChangeCompareStateNotification,
  ExportCsvCommand,
  ExportPngCommand,
  ImportRunsCommand,
  OpenFullPanelCommand,
  OpenLandscapeCommand,
  RunCommand,
  SelectExperimentCommand,
} from '../src/protocol';
import type { CompareDelta, CompareState, JobSeries, RunSummary } from '../src/protocol';
import { Chart, HIDDEN, applyTheme, decimate, lineChartConfig, onThemeChange, sensitivityChartConfig, setMarkers, theme, withAlpha, frameScheduler } from './charts';
import { fmtBytes, fmtNumber } from '../src/core/format';
import { escapeHtml } from '../src/escape';
import { sensitivityPlots } from '../src/core/sensitivity';
import { verdictText } from '../src/core/stats';
import type { VsBaseline } from '../src/core/events';
import type { MarkerSpec, Pt } from './charts';
import { X_TITLES, colorKey, colorsByKey, displayName, ema, groupByRun, jobPoints, meanBand, metricOf, xAtStep } from './compareModel';
import type { Metric, XAxis } from './compareModel';
import { connect, getState, send, setState } from './vscodeApi';

interface UiState {
  metric: Metric;
  xAxis: XAxis;
  /** EMA weight 0 … 0.99. */
  smoothing: number;
  logY: boolean;
  band: boolean;
  hidden: string[];
  /** Loss curves, or the LR-sensitivity view of tuned runs (SPEC §10). */
  tab?: 'curves' | 'sensitivity';
}

const side = document.body.dataset.mode === 'side';
const ui = getState<UiState>({ metric: 'loss', xAxis: 'step', smoothing: 0.6, logY: false, band: true, hidden: [] });
let state: CompareState | undefined;
const jobs = new Map<string, JobSeries>();

const METRICS: { value: Metric; label: string }[] = [
  { value: 'loss', label: 'train loss' },
  { value: 'valLoss', label: 'val loss' },
  { value: 'valPerplexity', label: 'val perplexity' },
  { value: 'valAccuracy', label: 'val accuracy' },
  { value: 'stepLr', label: 'step LR (d·lr for LR-free)' },
];

const app = document.getElementById('app') as HTMLElement;
app.classList.toggle('side', side);
app.innerHTML = `
  <div class="toolbar">
    <select id="experiment" title="Experiment (results directory)"></select>
    <button id="run" title="Run the active config">▶ Run</button>
    <button id="cancel" class="secondary" title="Cancel the running experiment">Cancel</button>
    ${side ? '<button id="full" class="secondary" title="Open the full-size comparison">Expand</button>' : ''}
    <button id="landscape" class="secondary" title="Contour of f with every run's (x, y) path and a step scrubber" hidden>Landscape</button>
    <span class="spacer"></span>
    <span class="status" id="status"></span>
  </div>
  <div class="toolbar">
    <label>metric <select id="metric">${METRICS.map((m) => `<option value="${m.value}">${m.label}</option>`).join('')}</select></label>
    <label>x <select id="xaxis"><option value="step">step</option><option value="tokens">tokens</option><option value="time">wall time</option></select></label>
    <label title="EMA smoothing (raw curve drawn faint behind)">smooth <input type="range" id="smooth" min="0" max="0.99" step="0.01"><span id="smoothv"></span></label>
    <label><input type="checkbox" id="logy"> log y</label>
    <label title="Mean over seeds ± one standard deviation"><input type="checkbox" id="band"> seed band</label>
    <span class="spacer"></span>
    <button id="png" class="secondary" title="Save the chart as PNG">PNG</button>
    <button id="csv" class="secondary" title="Export all metrics as CSV">CSV</button>
    ${side ? '' : '<button id="import" class="secondary" title="Import runs (metrics.jsonl of an exported script, tracker CSV) to compare with these">Import…</button>'}
  </div>
  <div class="tabs" role="tablist">
    <button id="tab-curves" role="tab" class="tab">Curves</button>
    <button id="tab-sensitivity" role="tab" class="tab" title="Final metric of every tuning trial against each tuned option">LR sensitivity</button>
  </div>
  <div class="runs" id="runs"></div>
  <div class="message" id="message"></div>
  <div class="chart-box${side ? '' : ' tall'}" id="curves"><canvas id="chart" aria-label="Loss curves"></canvas></div>
  <div class="sensitivity" id="sensitivity" hidden></div>
  <div class="table-wrap"><table class="summary" id="table"></table></div>`;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const metricSel = $<HTMLSelectElement>('metric');
const xSel = $<HTMLSelectElement>('xaxis');
const smooth = $<HTMLInputElement>('smooth');
const logY = $<HTMLInputElement>('logy');
const band = $<HTMLInputElement>('band');
metricSel.value = ui.metric;
xSel.value = ui.xAxis;
smooth.value = String(ui.smoothing);
logY.checked = ui.logY;
band.checked = ui.band;

const cfg = lineChartConfig('step', 'train loss', ui.logY);
cfg.options!.plugins!.tooltip!.callbacks = {
  title: (items) => (items.length ? `${X_TITLES[ui.xAxis]} ${fmtNumber(items[0].parsed.x ?? NaN, 6)}` : ''),
  label: (item) => `${item.dataset.label}: ${fmtNumber(item.parsed.y ?? NaN, 5)}`,
};
cfg.options!.plugins!.legend!.display = false;
const chart = new Chart($<HTMLCanvasElement>('chart'), cfg);

function save(): void {
  setState(ui);
}

function bind(el: HTMLInputElement | HTMLSelectElement, fn: () => void): void {
  el.addEventListener(el instanceof HTMLInputElement && el.type === 'range' ? 'input' : 'change', () => {
    fn();
    save();
    schedule();
  });
}
bind(metricSel, () => (ui.metric = metricSel.value as Metric));
bind(xSel, () => (ui.xAxis = xSel.value as XAxis));
bind(smooth, () => (ui.smoothing = Number(smooth.value)));
bind(logY, () => (ui.logY = logY.checked));
bind(band, () => (ui.band = band.checked));

for (const tab of ['curves', 'sensitivity'] as const) {
  $(`tab-${tab}`).addEventListener('click', () => {
    ui.tab = tab;
    save();
    schedule();
  });
}
$('run').addEventListener('click', () => send(RunCommand, {}));
$('cancel').addEventListener('click', () => send(CancelCommand, {}));
$('csv').addEventListener('click', () => send(ExportCsvCommand, {}));
$('png').addEventListener('click', exportPng);
document.getElementById('full')?.addEventListener('click', () => send(OpenFullPanelCommand, {}));
$('landscape').addEventListener('click', () => send(OpenLandscapeCommand, {}));
document.getElementById('import')?.addEventListener('click', () => send(ImportRunsCommand, {}));
$<HTMLSelectElement>('experiment').addEventListener('change', (e) => {
  const dir = (e.target as HTMLSelectElement).value;
  if (dir) send(SelectExperimentCommand, { dir });
});
$('runs').addEventListener('change', (e) => {
  const cb = e.target as HTMLInputElement;
  const label = cb.dataset.run;
  if (!label) return;
  ui.hidden = cb.checked ? ui.hidden.filter((h) => h !== label) : [...ui.hidden, label];
  save();
  schedule();
});
onThemeChange(() => schedule());

const schedule = frameScheduler(render);

function exportPng(): void {
  // Paint the theme background under the transparent chart so the image reads outside VS Code.
  const src = chart.canvas;
  const out = document.createElement('canvas');
  out.width = src.width;
  out.height = src.height;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = theme().bg;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(src, 0, 0);
  const name = `${state?.experiment?.name ?? 'comparison'}-${ui.metric}.png`;
  send(ExportPngCommand, { dataUrl: out.toDataURL('image/png'), suggestedName: name });
}

// ------------------------------------------------------------------------------------------- data
function applyFull(s: CompareState): void {
  state = s;
  jobs.clear();
  for (const j of s.jobs) jobs.set(j.key.id, { ...j, rows: [...j.rows], qkclip: [...j.qkclip] });
  schedule();
}

function applyDelta(d: CompareDelta): void {
  if (!state) return;
  for (const jd of d.jobs) {
    let j = jobs.get(jd.key.id);
    if (!j) {
      j = { key: jd.key, status: 'running', rows: [], qkclip: [] };
      jobs.set(jd.key.id, j);
    }
    if (jd.rows.length) j.rows.push(...jd.rows);
    if (jd.status) j.status = jd.status;
    if (jd.optimizer) j.optimizer = jd.optimizer;
    if (jd.result) j.result = jd.result;
    if (jd.qkclip) j.qkclip.push(...jd.qkclip);
  }
  state.running = d.running;
  if (d.summary) state.summary = d.summary;
  schedule();
}

// ----------------------------------------------------------------------------------------- render
function renderToolbar(): void {
  const s = state;
  const sel = $<HTMLSelectElement>('experiment');
  const items = s?.experiments ?? [];
  const cur = s?.experiment?.dir;
  const opts = items.map((e) => `<option value="${escapeHtml(e.dir)}"${e.dir === cur ? ' selected' : ''}>${escapeHtml(e.name)} · ${escapeHtml(e.startedAt)}${e.imported ? ' · imported' : ''}</option>`);
  if (cur && !items.some((e) => e.dir === cur)) opts.unshift(`<option value="${escapeHtml(cur)}" selected>${escapeHtml(s?.experiment?.name ?? cur)} (live)</option>`);
  if (!opts.length) opts.push('<option value="">no experiments yet</option>');
  sel.innerHTML = opts.join('');
  sel.disabled = !!s?.running;
  ($('run') as HTMLButtonElement).disabled = !!s?.running || s?.trusted === false;
  ($('run') as HTMLButtonElement).title = s?.trusted === false ? 'Running is disabled in an untrusted workspace' : 'Run the active config';
  ($('cancel') as HTMLButtonElement).disabled = !s?.running;
  // function2d experiments have a landscape (contour and paths) of their own.
  $('landscape').hidden = s?.experiment?.task?.type !== 'function2d';
  const all = [...jobs.values()];
  const done = all.filter((j) => j.status !== 'running').length;
  const trials = all.filter((j) => j.key.trial !== undefined);
  const trialsDone = trials.filter((j) => j.status !== 'running').length;
  $('status').textContent = s?.running
    ? `running · ${trials.length && trialsDone < trials.length ? `tuning ${trialsDone}/${trials.length} trial jobs · ` : ''}${done}/${all.length} jobs done${s.experiment?.backend ? ` · ${s.experiment.backend}` : ''}`
    : s?.experiment
      ? `${s.summary?.cancelled ? 'cancelled' : 'done'}${s.experiment.backend ? ` · ${s.experiment.backend}` : ''}`
      : '';
  $('message').textContent = s?.message ?? (all.length ? '' : 'No results yet: run an experiment (▶ Run), or import real runs (Import Runs), to compare optimizers here.');
}

const isImported = (js: JobSeries[]) => js.length > 0 && js.every((j) => j.imported);

function importedBadge(js: JobSeries[]): string {
  const origin = js[0]?.origin;
  return `<span class="badge imported" title="Imported run${origin ? ` (${escapeHtml(origin)})` : ''}: drawn dashed">imported${origin ? ` ${escapeHtml(origin)}` : ''}</span>`;
}

function renderRuns(groups: Map<string, JobSeries[]>, colors: Map<string, string>): void {
  $('runs').innerHTML = [...groups.entries()]
    .map(([label, js]) => {
      const status = js.some((j) => j.status === 'running') ? 'running' : js.some((j) => j.status === 'diverged') ? 'diverged' : js.some((j) => j.status === 'error') ? 'error' : '';
      const imported = isImported(js);
      return `<label class="run"><input type="checkbox" data-run="${escapeHtml(label)}"${ui.hidden.includes(label) ? '' : ' checked'}>` +
        `<span class="swatch${imported ? ' dashed' : ''}" data-color="${escapeHtml(colors.get(label) ?? '')}"></span>${escapeHtml(displayName(label, imported))}` +
        `${imported ? ` ${importedBadge(js)}` : ''}` +
        `${js.length > 1 ? ` <span class="muted">×${js.length} seeds</span>` : ''}${status ? ` <span class="badge ${status}">${status}</span>` : ''}</label>`;
    })
    .join('');
  // Colours go through CSSOM (inline style attributes are blocked by the CSP).
  document.querySelectorAll<HTMLElement>('#runs .swatch').forEach((el) => {
    el.style.setProperty(el.classList.contains('dashed') ? 'border-top-color' : 'background-color', el.dataset.color ?? '');
  });
}

function render(): void {
  renderToolbar();
  const t = theme();
  // Tuning trials are on disk and in the sensitivity view; the curves show the compared (evaluation) runs.
  const groups = groupByRun([...jobs.values()].filter((j) => j.key.trial === undefined));
  // One colour per run name: an imported run takes the colour of the local run it mirrors (and is dashed).
  const keyColor = colorsByKey([...groups.values()].map((js) => colorKey(js[0])), t.palette);
  const colors = new Map([...groups].map(([label, js]) => [label, keyColor.get(colorKey(js[0])) as string]));
  renderRuns(groups, colors);

  const datasets: typeof chart.data.datasets = [];
  const markers: MarkerSpec = { vertical: [], horizontal: [] };
  const target = state?.experiment?.target ?? state?.summary?.target;
  const w = ui.smoothing;
  const clampLog = (pts: Pt[]) => (ui.logY ? pts.filter((p) => p.y > 0) : pts);
  const line = (label: string, pts: Pt[], color: string, extra: Record<string, unknown> = {}) =>
    datasets.push({ label, data: decimate(clampLog(pts)), borderColor: color, backgroundColor: color, ...extra } as (typeof datasets)[number]);

  for (const [label, js] of groups) {
    if (ui.hidden.includes(label)) continue;
    const color = colors.get(label) as string;
    const dash = isImported(js) ? { borderDash: [7, 4] } : {};
    const series = js.map((j) => jobPoints(j, ui.metric, ui.xAxis)).filter((s) => s.pts.length);
    if (!series.length) continue;
    if (ui.band && series.length > 1) {
      const { mean, lo, hi } = meanBand(series);
      if (w > 0) line(HIDDEN + label + ' raw', mean, withAlpha(color, 0.22), { borderWidth: 1 });
      line(HIDDEN + label + ' −σ', ema(lo, w), 'transparent', { pointRadius: 0, fill: false });
      line(HIDDEN + label + ' +σ', ema(hi, w), 'transparent', { pointRadius: 0, fill: '-1', backgroundColor: withAlpha(color, 0.16) });
      line(`${label} (mean of ${series.length})`, ema(mean, w), color, { borderWidth: 2, ...dash });
    } else {
      series.forEach((s, i) => {
        const name = series.length > 1 ? `${label} · s${js[i].key.seed}` : label;
        if (w > 0) line(HIDDEN + name + ' raw', s.pts, withAlpha(color, 0.22), { borderWidth: 1, ...dash });
        line(name, ema(s.pts, w), color, { borderWidth: 2, ...dash });
      });
    }
    // Steps-to-target and divergence markers (points), QK-clip ticks (short vertical lines at the bottom).
    const hits: Pt[] = [];
    const div: Pt[] = [];
    for (const j of js) {
      const stt = j.result?.stepsToTarget;
      if (target && target.metric === ui.metric && stt !== undefined) {
        const x = xAtStep(j, stt, ui.xAxis);
        if (x !== undefined) hits.push({ x, y: target.value });
      }
      const dAt = j.result?.divergedAt;
      if (dAt !== undefined) {
        const last = [...j.rows].reverse().find((r) => metricOf(r, ui.metric) !== undefined);
        const x = xAtStep(j, dAt, ui.xAxis);
        if (x !== undefined && last) div.push({ x, y: metricOf(last, ui.metric) as number });
      }
      const seenSteps = new Set<number>();
      for (const ev of j.qkclip) {
        if (seenSteps.has(ev.step) || seenSteps.size > 200) continue;
        seenSteps.add(ev.step);
        const x = xAtStep(j, ev.step, ui.xAxis);
        if (x !== undefined) markers.vertical.push({ x, color, dash: [], height: 0.05 });
      }
    }
    hits.sort((a, b) => a.x - b.x);
    div.sort((a, b) => a.x - b.x);
    if (hits.length) line(HIDDEN + label + ' reached target', hits, color, { showLine: false, pointRadius: 5, pointStyle: 'circle', pointBorderColor: t.fg });
    if (div.length) line(HIDDEN + label + ' diverged', div, color, { showLine: false, pointRadius: 8, pointStyle: 'crossRot', borderWidth: 2.5 });
  }
  if (target && target.metric === ui.metric) markers.horizontal.push({ y: target.value, color: t.muted, label: `target ${fmtNumber(target.value)}` });

  chart.data.datasets = datasets;
  chart.options.scales!.x!.title!.text = X_TITLES[ui.xAxis];
  (chart.options.scales!.y as { title: { text: string } }).title.text = METRICS.find((m) => m.value === ui.metric)?.label ?? ui.metric;
  chart.options.scales!.y!.type = ui.logY ? 'logarithmic' : 'linear';
  setMarkers(chart, markers);
  applyTheme(chart, t);
  $('smoothv').textContent = ` ${ui.smoothing.toFixed(2)}`;
  renderTable(groups);
  renderTabs(colors);
}

let sensCharts: Chart[] = [];

/** The LR-sensitivity tab: one chart per tuned run and option, from the experiment summary. */
function renderTabs(colors: Map<string, string>): void {
  const tab = ui.tab ?? 'curves';
  $('tab-curves').classList.toggle('active', tab === 'curves');
  $('tab-sensitivity').classList.toggle('active', tab === 'sensitivity');
  $('tab-curves').setAttribute('aria-selected', String(tab === 'curves'));
  $('tab-sensitivity').setAttribute('aria-selected', String(tab === 'sensitivity'));
  $('curves').hidden = tab !== 'curves';
  const box = $('sensitivity');
  box.hidden = tab !== 'sensitivity';
  for (const c of sensCharts) c.destroy();
  sensCharts = [];
  if (tab !== 'sensitivity') return;
  const summary = state?.summary;
  const plots = summary ? sensitivityPlots(summary.runs) : [];
  if (!plots.length) {
    box.innerHTML = `<p class="muted">${state?.running ? 'The sensitivity view appears when the experiment ends.' : 'No tuned runs in this experiment: add a "tune" to a run or to the config (SPEC §10) to see how the final metric depends on each tuned option.'}</p>`;
    return;
  }
  const metric = summary?.target?.metric ?? 'train loss';
  const t = theme();
  box.innerHTML = plots
    .map((p, i) => `<div class="sens-card"><div class="sens-title">${escapeHtml(p.run)} · ${escapeHtml(p.key)}${p.chosen ? ` <span class="muted">chosen #${p.chosen.index} = ${fmtNumber(p.chosen.x)}</span>` : ''}</div><div class="chart-box"><canvas id="sens-${i}" aria-label="${escapeHtml(p.run)} sensitivity to ${escapeHtml(p.key)}"></canvas></div></div>`)
    .join('');
  plots.forEach((p, i) => {
    const color = colors.get(p.run) ?? t.palette[i % t.palette.length];
    const chart = new Chart($<HTMLCanvasElement>(`sens-${i}`), sensitivityChartConfig(p, `final ${metric} (tuning seeds)`, color, t));
    applyTheme(chart, t);
    sensCharts.push(chart);
  });
}

/** The verdict in the CLI's words ("better by 0.031 [0.012, 0.050]"), coloured by verdict. */
function verdictCell(v: VsBaseline | undefined, seeds: number): string {
  if (!v) return '–';
  return `<span class="verdict ${v.verdict}">${escapeHtml(verdictText(v, seeds))}</span>`;
}

/** Summary rows: the experiment summary when it exists, else a live view from the rows so far. */
function liveSummary(groups: Map<string, JobSeries[]>): RunSummary[] {
  const mean = (xs: (number | undefined)[]) => {
    const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : undefined;
  };
  return [...groups.entries()].map(([label, js]) => {
    const lastOf = (j: JobSeries, k: 'loss' | 'valPerplexity' | 'valAccuracy') => [...j.rows].reverse().find((r) => typeof r[k] === 'number')?.[k];
    const bestVal = (j: JobSeries) => j.rows.reduce<number | undefined>((b, r) => (typeof r.valLoss === 'number' && (b === undefined || r.valLoss < b) ? r.valLoss : b), undefined);
    const divs = js.map((j) => j.result?.divergedAt).filter((d): d is number => d !== undefined);
    return {
      run: label,
      optimizer: js[0].optimizer ?? '',
      seeds: js.map((j) => j.key.seed),
      finalLoss: mean(js.map((j) => j.result?.finalLoss ?? lastOf(j, 'loss'))),
      bestValLoss: mean(js.map((j) => j.result?.bestValLoss ?? bestVal(j))),
      valPerplexity: mean(js.map((j) => j.result?.finalValPerplexity ?? lastOf(j, 'valPerplexity'))),
      valAccuracy: mean(js.map((j) => j.result?.finalValAccuracy ?? lastOf(j, 'valAccuracy'))),
      stepsToTarget: mean(js.map((j) => j.result?.stepsToTarget)),
      tokensPerSec: mean(js.map((j) => j.result?.tokensPerSec)) ?? NaN,
      // An imported run's source does not report optimizer state or tensor memory (stored as 0): show "–".
      stateBytes: isImported(js) ? NaN : mean(js.map((j) => j.result?.stateBytes)) ?? NaN,
      peakTensorBytes: isImported(js) ? NaN : mean(js.map((j) => j.result?.peakTensorBytes)) ?? NaN,
      ...(divs.length ? { divergedAt: Math.min(...divs) } : {}),
      status: js.some((j) => j.status === 'running') ? 'cancelled' : 'done',
    };
  });
}

function renderTable(groups: Map<string, JobSeries[]>): void {
  // The experiment's own summary (speedups, sweep choices) for its runs; live rows for runs shown next to it.
  const importedGroups = new Map([...groups].filter(([, js]) => isImported(js)));
  const mainImported = state?.experiment?.backend === 'imported';
  const rows = state?.summary && !state.running && !mainImported ? [...state.summary.runs, ...liveSummary(importedGroups)] : liveSummary(groups);
  const baseline = state?.experiment?.baseline ?? state?.summary?.baseline;
  const runCell = (r: RunSummary): string => {
    const js = importedGroups.get(r.run);
    const name = js ? escapeHtml(displayName(r.run, true)) + ' ' + importedBadge(js) : escapeHtml(r.run);
    const tuned = r.tuning?.chosen ? ` <span class="muted" title="tuned (${escapeHtml(r.tuning.method)}, ${r.tuning.trials.length} trials)">${Object.entries(r.tuning.chosen.values).map(([k, v]) => `${escapeHtml(k)}=${fmtNumber(v, 3)}`).join(', ')}</span>` : '';
    return name + (r.run === baseline ? ' <span class="muted">(baseline)</span>' : '') + (r.sweepChoice ? ` <span class="muted">${escapeHtml(r.sweepChoice.key)}=${fmtNumber(r.sweepChoice.value)}</span>` : '') + tuned;
  };
  const cols: { h: string; v: (r: RunSummary) => string; side?: boolean }[] = [
    { h: 'run', v: runCell, side: true },
    { h: 'optimizer', v: (r) => escapeHtml(r.optimizer) },
    { h: 'final loss', v: (r) => fmtNumber(r.finalLoss) + (r.finalLossStd ? ` <span class="muted std">± ${fmtNumber(r.finalLossStd, 2)}</span>` : ''), side: true },
    { h: 'best val loss', v: (r) => fmtNumber(r.bestValLoss) },
    { h: 'val ppl', v: (r) => fmtNumber(r.valPerplexity) },
    { h: 'steps to target', v: (r) => (r.stepsToTarget === undefined ? '–' : String(Math.round(r.stepsToTarget))) },
    { h: 'time to target', v: (r) => (r.timeToTargetSec === undefined || r.timeToTargetSec === null ? '–' : `${fmtNumber(r.timeToTargetSec, 3)} s`) },
    { h: 'speedup steps', v: (r) => (r.speedup === undefined ? '–' : `${fmtNumber(r.speedup, 3)}×`), side: true },
    { h: 'speedup time', v: (r) => { const x = r.vsBaseline ? r.vsBaseline.speedupTime : r.speedup === 1 && r.timeToTargetSec ? 1 : null; return x === null || x === undefined ? '–' : `${fmtNumber(x, 3)}×`; }, side: true },
    { h: 'vs baseline', v: (r) => verdictCell(r.vsBaseline, r.seeds.length) },
    { h: 'tokens/s', v: (r) => fmtNumber(r.tokensPerSec, 4) },
    { h: 'state', v: (r) => fmtBytes(r.stateBytes) },
    { h: 'peak memory', v: (r) => fmtBytes(r.peakTensorBytes) },
    { h: 'diverged at', v: (r) => (r.divergedAt === undefined ? '–' : `<span class="badge diverged">${escapeHtml(r.divergedAt)}</span>`) },
  ];
  const shown = side ? cols.filter((c) => c.side) : cols;
  $<HTMLTableElement>('table').innerHTML = rows.length
    ? `<thead><tr>${shown.map((c) => `<th>${c.h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${shown.map((c) => `<td>${c.v(r)}</td>`).join('')}</tr>`).join('')}</tbody>`
    : '';
}

connect((msg) => {
  if (DidChangeCompareStateNotification.is(msg)) applyFull(msg.params);
  else if (DidAppendMetricsNotification.is(msg)) applyDelta(msg.params);
});
