/**
 * LR Schedule panel page: one chart with every run's LR curve per parameter group (curves computed by the
 * host from the core schedules module), phase markers, a log-y toggle and a crosshair tooltip. A run whose
 * schedule cycles the momentum (OneCycleLR, CyclicLR) adds its momentum / β₁ as a dotted series on a second
 * y axis at the right. An LR-free run (prodigy, dadapt_adam) whose experiment has finished also gets the step size
 * it applied, d·lr·λ (mean over its seeds), dash-dotted on the LR axis; its schedule is then only a multiplier of
 * d, drawn hidden until its legend entry is clicked. Redraws on every state the host sends (debounced edits of
 * the config, a finished experiment).
 */
import { DidChangeLrStateNotification, RevealRunCommand } from '../src/protocol';
import type { LrState } from '../src/protocol';
import { Chart, applyTheme, decimate, lineChartConfig, onThemeChange, setMarkers, theme, withAlpha } from './charts';
import { fmtNumber } from '../src/core/format';
import { escapeHtml } from '../src/escape';
import type { MarkerSpec } from './charts';
import { connect, getState, send, setState } from './vscodeApi';

interface UiState {
  logY: boolean;
  /** Config URI shown (handed back to the host when the panel is revived). */
  uri?: string;
  /** Dataset labels hidden by the user. */
  hidden: string[];
  /** Labels of datasets hidden by default (LR-free multipliers) that the user showed. */
  shown: string[];
}

const ui = getState<UiState>({ logY: false, hidden: [], shown: [] });
ui.shown ??= [];
let data: LrState | undefined;

const app = document.getElementById('app') as HTMLElement;
app.innerHTML = `
  <div class="toolbar">
    <span class="title" id="file"></span>
    <span class="spacer"></span>
    <label><input type="checkbox" id="logy"> log y</label>
  </div>
  <div class="errors" id="errors"></div>
  <div class="chart-box tall"><canvas id="chart" aria-label="LR curves"></canvas></div>
  <table class="summary" id="table"></table>`;

const logY = document.getElementById('logy') as HTMLInputElement;
logY.checked = ui.logY;
const cfg = lineChartConfig('step', 'learning rate', ui.logY);
const yTick = cfg.options?.scales?.y?.ticks;
if (yTick) (yTick as { callback?: (v: number | string) => string }).callback = (v) => fmtNumber(Number(v), 3);
cfg.options!.plugins!.tooltip!.callbacks = {
  title: (items) => (items.length ? `step ${Math.round(items[0].parsed.x ?? 0)}` : ''),
  label: (item) => `${item.dataset.label}: ${fmtNumber(item.parsed.y ?? NaN, 4)}`,
};
cfg.options!.plugins!.legend!.onClick = (_e, item, legend) => {
  const c = legend.chart;
  const i = item.datasetIndex ?? -1;
  if (i < 0) return;
  const label = String(c.data.datasets[i].label);
  const visible = c.isDatasetVisible(i);
  c.setDatasetVisibility(i, !visible);
  ui.hidden = visible ? [...ui.hidden, label] : ui.hidden.filter((h) => h !== label);
  ui.shown = visible ? ui.shown.filter((h) => h !== label) : [...ui.shown, label];
  setState(ui);
  c.update('none');
};
const chart = new Chart(document.getElementById('chart') as HTMLCanvasElement, cfg);

logY.addEventListener('change', () => {
  ui.logY = logY.checked;
  setState(ui);
  render();
});
onThemeChange(() => render());

function render(): void {
  const t = theme();
  const fileEl = document.getElementById('file') as HTMLElement;
  const errEl = document.getElementById('errors') as HTMLElement;
  const table = document.getElementById('table') as HTMLTableElement;
  if (!data) return;
  fileEl.textContent = data.file ?? 'no config';
  errEl.innerHTML = data.errors.map((e) => `<div class="error">${escapeHtml(e)}</div>`).join('');
  const datasets: typeof chart.data.datasets = [];
  const markers: MarkerSpec = { vertical: [], horizontal: [] };
  // Phase markers of every run, one line per step with every phase name there ("warmup end · decay start").
  const byStep = new Map<number, string[]>();
  data.runs.forEach((run, ri) => {
    const color = t.palette[ri % t.palette.length];
    const lrFree = !!run.effective?.length;
    run.groups.forEach((g, gi) => {
      const name = run.groups.length > 1 ? `${run.run} · ${g.name}` : run.run;
      // With d·lr known, the scheduled values are multipliers of d, not step sizes: listed, hidden by default.
      const label = lrFree ? `${name} · multiplier × λ` : name;
      const pts = g.steps.map((s, k) => ({ x: s, y: ui.logY ? Math.max(g.lr[k], g.baseLr * 1e-6) : g.lr[k] }));
      datasets.push({
        label,
        data: decimate(pts),
        borderColor: color,
        backgroundColor: color,
        borderDash: gi === 0 ? [] : [6, 3],
        hidden: lrFree ? !ui.shown.includes(label) : ui.hidden.includes(label),
      });
    });
    for (const e of run.effective ?? []) {
      const label = `${run.run}${run.groups.length > 1 ? ` · ${e.group}` : ''} · d·lr`;
      datasets.push({
        label,
        data: decimate(e.steps.map((s, k) => ({ x: s, y: e.values[k] }))),
        borderColor: color,
        backgroundColor: color,
        borderDash: [8, 3, 2, 3],
        hidden: ui.hidden.includes(label),
      });
    }
    if (run.momentum) {
      const label = `${run.run} · momentum`;
      datasets.push({
        label,
        data: decimate(run.momentum.steps.map((s, k) => ({ x: s, y: run.momentum!.values[k] }))),
        borderColor: withAlpha(color, 0.75),
        backgroundColor: color,
        borderDash: [2, 3],
        yAxisID: 'y2',
        hidden: ui.hidden.includes(label),
      });
    }
    for (const p of run.phases) {
      const names = byStep.get(p.step) ?? [];
      const name = p.kind.replace('_', ' ');
      if (!names.includes(name)) names.push(name);
      byStep.set(p.step, names);
    }
  });
  for (const [step, names] of byStep) markers.vertical.push({ x: step, color: withAlpha(t.muted, 0.9), label: names.join(' · ') });
  chart.data.datasets = datasets;
  // The momentum axis exists only while a run cycles it.
  const scales = chart.options.scales as Record<string, unknown>;
  if (data.runs.some((r) => r.momentum)) {
    scales.y2 = { type: 'linear', position: 'right', title: { display: true, text: 'momentum / β₁', color: t.fg }, ticks: { color: t.muted, maxTicksLimit: 6 }, grid: { drawOnChartArea: false } };
  } else {
    delete scales.y2;
  }
  const x = chart.options.scales!.x!;
  x.min = 0;
  x.max = Math.max(1, data.totalSteps);
  chart.options.scales!.y!.type = ui.logY ? 'logarithmic' : 'linear';
  // Headroom above the highest peak, so a curve at its peak is not drawn on the frame and labels stay readable.
  (chart.options.scales!.y as { grace?: string }).grace = '12%';
  chart.options.scales!.y!.min = ui.logY ? undefined : 0;
  setMarkers(chart, markers);
  applyTheme(chart, t);
  const rows = data.runs.flatMap((r) =>
    r.groups.map((g) => {
      let peak = 0;
      for (const v of g.lr) peak = Math.max(peak, v);
      const final = g.lr[g.lr.length - 1];
      return `<tr><td><a href="#" data-run="${escapeHtml(r.run)}">${escapeHtml(r.run)}</a></td><td>${escapeHtml(r.optimizer)}</td><td>${escapeHtml(g.name)}</td><td>${fmtNumber(g.baseLr)}</td><td>${fmtNumber(peak)}</td><td>${fmtNumber(final)}</td><td class="desc">${escapeHtml(r.schedule)}</td></tr>`;
    }),
  );
  // LR-free runs: the step size they applied, from the experiment named under the table.
  const effRows = data.runs.flatMap((r) =>
    (r.effective ?? []).map((e) => {
      let peak = 0;
      for (const v of e.values) peak = Math.max(peak, v);
      const desc = `d·lr·λ applied, mean of ${e.seeds} seed${e.seeds === 1 ? '' : 's'} of the run of ${e.startedAt}`;
      return `<tr><td><a href="#" data-run="${escapeHtml(r.run)}">${escapeHtml(r.run)}</a></td><td>${escapeHtml(r.optimizer)}</td><td>${escapeHtml(e.group)} · d·lr</td><td>–</td><td>${fmtNumber(peak)}</td><td>${fmtNumber(e.values[e.values.length - 1])}</td><td class="desc">${escapeHtml(desc)}</td></tr>`;
    }),
  );
  table.innerHTML = rows.length
    ? `<thead><tr><th>run</th><th>optimizer</th><th>group</th><th>base LR</th><th>peak</th><th>final</th><th>schedule</th></tr></thead><tbody>${[...rows, ...effRows].join('')}</tbody>`
    : '';
}

document.addEventListener('click', (e) => {
  const a = (e.target as HTMLElement).closest('a[data-run]');
  if (!a) return;
  e.preventDefault();
  send(RevealRunCommand, { run: a.getAttribute('data-run') ?? '' });
});

connect((msg) => {
  if (DidChangeLrStateNotification.is(msg)) {
    data = msg.params;
    if (data.uri && data.uri !== ui.uri) {
      ui.uri = data.uri;
      setState(ui);
    }
    render();
  }
});
