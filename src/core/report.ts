/**
 * Standalone `report.html`: loss curves (train, smoothed, and validation) per run and the summary table, with
 * chart.js inlined so the file opens anywhere without network access; function2d experiments add a static
 * landscape picture (contours and every run's path, an inline SVG from landscapeSvg.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { createRequire } from 'module';
import type { LoadedExperiment } from './results';
import type { ExperimentSummary, RunSummary, TuningSummary } from './events';
import { escapeHtml } from '../escape';
import { fmtBytes, fmtNumber } from './format';
import { verdictText } from './stats';
import { sensitivityPlots } from './sensitivity';
import { landscapeModel } from './landscape';
import { REPORT_PALETTE, renderLandscapeSvg } from './landscapeSvg';

export { fmtBytes, fmtNumber };

function chartJsSource(assetsDir: string): string {
  const candidates = [path.join(assetsDir, 'chart.umd.min.js'), path.join(__dirname, 'chart.umd.min.js'), path.join(__dirname, '..', 'dist', 'chart.umd.min.js')];
  for (const c of candidates) if (fs.existsSync(c)) return fs.readFileSync(c, 'utf8');
  const pkgDir = path.dirname(createRequire(__filename).resolve('chart.js/package.json'));
  return fs.readFileSync(path.join(pkgDir, 'dist', 'chart.umd.min.js'), 'utf8');
}


/** Columns of the summary table, shared by the CLI, the report and the comparison panel. */
export const SUMMARY_COLUMNS: { title: string; cell: (r: RunSummary) => string }[] = [
  { title: 'run', cell: (r) => r.run + (r.sweepChoice ? ` (${r.sweepChoice.key}=${fmtNumber(r.sweepChoice.value)})` : '') },
  { title: 'optimizer', cell: (r) => r.optimizer },
  { title: 'final loss', cell: (r) => fmtNumber(r.finalLoss) + (r.finalLossStd !== undefined ? ` ±${fmtNumber(r.finalLossStd, 2)}` : '') },
  { title: 'best val loss', cell: (r) => fmtNumber(r.bestValLoss) },
  { title: 'val ppl', cell: (r) => fmtNumber(r.valPerplexity) },
  { title: 'val acc', cell: (r) => (r.valAccuracy === undefined ? '–' : (100 * r.valAccuracy).toFixed(1) + '%') },
  { title: 'steps→target', cell: (r) => (r.stepsToTarget === undefined ? '–' : String(Math.round(r.stepsToTarget))) },
  { title: 'time→target', cell: (r) => (r.timeToTargetSec === undefined || r.timeToTargetSec === null ? '–' : fmtNumber(r.timeToTargetSec, 3) + ' s') },
  { title: 'speedup steps', cell: (r) => (r.speedup === undefined ? '–' : r.speedup.toFixed(2) + '×') },
  { title: 'speedup time', cell: (r) => fmtSpeedup(r.vsBaseline ? r.vsBaseline.speedupTime : r.speedup === 1 && r.timeToTargetSec ? 1 : null) },
  { title: 'tokens/s', cell: (r) => (r.tokensPerSec ? Math.round(r.tokensPerSec).toLocaleString('en-US') : '–') },
  { title: 'opt state', cell: (r) => fmtBytes(r.stateBytes) },
  { title: 'peak mem', cell: (r) => fmtBytes(r.peakTensorBytes) },
  { title: 'diverged at', cell: (r) => (r.divergedAt === undefined ? '–' : String(r.divergedAt)) },
  { title: 'vs baseline', cell: (r) => (r.vsBaseline ? verdictText(r.vsBaseline, r.seeds.length) : '–') },
];

function fmtSpeedup(v: number | null | undefined): string {
  return v === undefined || v === null ? '–' : v.toFixed(2) + '×';
}

/** Tuned option values as `lr=0.003, betas[1]=0.95`. */
function fmtValues(values: Record<string, number>): string {
  return Object.entries(values).map(([k, v]) => `${k}=${fmtNumber(v, 3)}`).join(', ');
}

/** Columns of the compact trials table (CLI and report): one row per trial, the chosen one marked. */
function trialRows(t: TuningSummary): { head: string[]; rows: string[][] } {
  const keys = Object.keys(t.trials[0]?.values ?? t.chosen?.values ?? {});
  const head = ['#', ...keys, 'score', 'steps→target', 'final', 'diverged'];
  const rows = t.trials.map((tr) => [
    (t.chosen?.index === tr.index ? '* ' : '') + String(tr.index),
    ...keys.map((k) => fmtNumber(tr.values[k], 3)),
    fmtNumber(tr.score ?? undefined),
    tr.stepsToTarget === null ? '–' : String(Math.round(tr.stepsToTarget)),
    fmtNumber(tr.finalMetric ?? undefined),
    tr.diverged ? 'yes' : '',
  ]);
  return { head, rows };
}

/** Aligned text table (first column left, the rest right). */
export function textTable(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The CLI's tuning section: per tuned run a heading and its trials table ('*' = chosen). */
export function tuningText(summary: ExperimentSummary): string {
  const out: string[] = [];
  for (const r of summary.runs) {
    const t = r.tuning;
    if (!t) continue;
    const { head, rows } = trialRows(t);
    out.push(
      `${r.run}: ${t.method}, ${t.trials.length} trial${t.trials.length === 1 ? '' : 's'} on tuning seed${t.seeds.length === 1 ? '' : 's'} ${t.seeds.join(', ')}, select ${t.select}` +
        (t.chosen ? ` → #${t.chosen.index} (${fmtValues(t.chosen.values)}), compared on seeds ${r.seeds.join(', ')}` : ' → nothing chosen'),
      textTable(head, rows),
    );
  }
  return out.join('\n\n');
}

/** The landscape section of a function2d experiment (empty for other tasks). */
function landscapeSection(exp: LoadedExperiment): string {
  const task = exp.config.task;
  if (task?.type !== 'function2d') return '';
  const model = landscapeModel(task, exp.jobs.map((j) => ({ key: j.key, rows: j.rows, status: j.result?.status ?? 'running' })), { gridSize: 72 });
  const logged = model.paths.some((p) => p.steps.length > 1);
  return `<h2>Landscape</h2><p class="meta">f = ${escapeHtml(task.fn)} over a box around the start (○), the global minimum (★) and the paths; the lowest seed of each run is bold, other seeds faint, dots at the last step.${logged ? '' : ' These runs logged no (x, y) positions.'}</p>
<div class="card landscape-card">${renderLandscapeSvg(model)}</div>`;
}

export function renderReport(exp: LoadedExperiment, assetsDir: string): string {
  // Tuning trials are listed in the sensitivity section; the curves are the compared (evaluation) runs.
  const series = exp.jobs.filter((j) => j.key.trial === undefined).map((j) => ({
    label: j.key.id,
    run: j.key.run,
    train: j.rows.map((r) => [r.step, r.loss] as [number, number]),
    val: j.rows.filter((r) => r.valLoss !== undefined).map((r) => [r.step, r.valLoss!] as [number, number]),
    status: j.result?.status ?? 'running',
    // Steps where MuonClip clipped a head (one marker per step, however many heads).
    clips: [...new Set(j.qkclip.map((e) => e.step))].sort((a, b) => a - b),
  }));
  const runs = exp.summary?.runs ?? [];
  const table = runs.length
    ? `<table><thead><tr>${SUMMARY_COLUMNS.map((c) => `<th>${escapeHtml(c.title)}</th>`).join('')}</tr></thead><tbody>${runs
        .map((r) => `<tr>${SUMMARY_COLUMNS.map((c) => `<td>${escapeHtml(c.cell(r))}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '<p>No summary yet: the experiment did not finish.</p>';
  const meta = exp.summary
    ? `backend ${escapeHtml(exp.summary.backend)} · ${escapeHtml(exp.summary.steps)} steps · started ${escapeHtml(exp.summary.startedAt)}${exp.summary.cancelled ? ' · <b>cancelled</b> (partial results)' : ''}`
    : '';
  const target = exp.summary?.target ?? exp.config.target;
  const sens = sensitivityPlots(runs);
  const tuned = runs.filter((r) => r.tuning);
  const tuningHtml = tuned.length
    ? `<h2>Tuning and LR sensitivity</h2><p class="meta">Each run was tuned on its tuning seeds; the chosen values (*) were then trained on the evaluation seeds, which are the runs compared above. Points: final ${escapeHtml(target?.metric ?? 'train loss')} per trial, mean ± one SD over tuning seeds; ring = chosen; × at the top = diverged.</p>
<div class="charts">${sens.map((p, i) => `<div class="card"><h3>${escapeHtml(p.run)} · ${escapeHtml(p.key)}</h3><canvas id="sens-${i}"></canvas></div>`).join('')}</div>
${tuned.map((r) => {
        const t = r.tuning!;
        const { head, rows } = trialRows(t);
        return `<h3>${escapeHtml(r.run)}: ${escapeHtml(t.method)}, ${t.trials.length} trials on seeds ${escapeHtml(t.seeds.join(', '))}, select ${escapeHtml(t.select)}${t.chosen ? ` → #${t.chosen.index} (${escapeHtml(fmtValues(t.chosen.values))})` : ''}</h3>
<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
      }).join('')}`
    : '';
  // JSON inside <script> must not be able to close the tag.
  const data = JSON.stringify({ series, target: target ?? null, sens, sensMetric: target?.metric ?? 'train loss' }).replace(/</g, '\\u003c');
  // The report opens from disk in any browser: a CSP allows only its own two scripts (nonce), so text that
  // slipped past escaping still could not run.
  const nonce = randomBytes(16).toString('base64');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(exp.config.name)} — Optimizer Lab report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --grid: rgba(127,127,127,.25); }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; } }
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 24px; }
h1 { font-size: 20px; margin: 0 0 4px; } .meta { color: var(--muted); margin-bottom: 16px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
.card { border: 1px solid var(--grid); border-radius: 8px; padding: 12px; } .landscape-card { display: inline-block; } canvas { width: 100% !important; height: 320px !important; }
table { border-collapse: collapse; margin-top: 16px; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--grid); padding: 4px 10px; text-align: right; } th:first-child, td:first-child { text-align: left; }
</style></head><body>
<h1>${escapeHtml(exp.config.name)}</h1><div class="meta">${meta}</div>
<div class="charts"><div class="card"><h2>Training loss (EMA 0.9)</h2><canvas id="train"></canvas></div>
<div class="card"><h2>Validation loss</h2><canvas id="val"></canvas></div></div>
<h2>Summary</h2>${table}
${landscapeSection(exp)}
${tuningHtml}
<script nonce="${nonce}">${chartJsSource(assetsDir)}</script>
<script id="data" type="application/json">${data}</script>
<script nonce="${nonce}">
(function () {
  var d = JSON.parse(document.getElementById('data').textContent);
  var css = getComputedStyle(document.documentElement);
  var fg = css.getPropertyValue('--fg').trim(), grid = css.getPropertyValue('--grid').trim();
  var palette = ${JSON.stringify(REPORT_PALETTE)};
  var runs = []; d.series.forEach(function (s) { if (runs.indexOf(s.run) < 0) runs.push(s.run); });
  function ema(points, a) { var m, out = []; points.forEach(function (p) { m = m === undefined ? p[1] : a * m + (1 - a) * p[1]; out.push({ x: p[0], y: m }); }); return out; }
  function chart(id, key, smooth) {
    var sets = d.series.filter(function (s) { return s[key].length; }).map(function (s) {
      var c = palette[runs.indexOf(s.run) % palette.length];
      return { label: s.label + (s.status !== 'done' ? ' (' + s.status + ')' : ''), data: smooth ? ema(s[key], 0.9) : s[key].map(function (p) { return { x: p[0], y: p[1] }; }),
        borderColor: c, backgroundColor: c, borderWidth: 1.5, pointRadius: key === 'val' ? 2 : 0 };
    });
    if (key === 'train') d.series.forEach(function (s) {
      if (!s.clips.length) return;
      var line = ema(s.train, 0.9), at = {}; line.forEach(function (p) { at[p.x] = p.y; });
      var c = palette[runs.indexOf(s.run) % palette.length];
      sets.push({ type: 'scatter', label: 'QK-clip ' + s.label, data: s.clips.filter(function (t) { return at[t] !== undefined; }).map(function (t) { return { x: t, y: at[t] }; }),
        borderColor: c, backgroundColor: c, pointStyle: 'triangle', pointRadius: 4 });
    });
    if (d.target && (d.target.metric === 'valLoss' || d.target.metric === 'loss')) {
      var xs = d.series.flatMap(function (s) { return s[key].map(function (p) { return p[0]; }); });
      if (xs.length) sets.push({ label: 'target ' + d.target.value, data: [{ x: Math.min.apply(null, xs), y: d.target.value }, { x: Math.max.apply(null, xs), y: d.target.value }], borderColor: fg, borderDash: [6, 4], borderWidth: 1, pointRadius: 0 });
    }
    new Chart(document.getElementById(id), { type: 'line', data: { datasets: sets }, options: { animation: false, parsing: false, normalized: true,
      plugins: { legend: { labels: { color: fg, boxWidth: 12 } }, decimation: { enabled: true, algorithm: 'min-max' } },
      scales: { x: { type: 'linear', title: { display: true, text: 'step', color: fg }, ticks: { color: fg }, grid: { color: grid } },
                y: { type: 'logarithmic', title: { display: true, text: 'loss', color: fg }, ticks: { color: fg }, grid: { color: grid } } } } });
  }
  chart('train', 'train', true); chart('val', 'val', false);
  d.sens.forEach(function (p, i) {
    var c = palette[Math.max(0, runs.indexOf(p.run)) % palette.length];
    var top = -Infinity, bottom = Infinity;
    p.points.forEach(function (q) { top = Math.max(top, q.hi); bottom = Math.min(bottom, q.lo); });
    if (!isFinite(top)) { top = 1; bottom = 0; }
    var yTop = top + 0.08 * Math.max(top - bottom, Math.abs(top) * 0.05, 1e-9);
    var xy = function (k) { return p.points.map(function (q) { return { x: q.x, y: q[k] }; }); };
    var sets = [
      { label: '', data: xy('lo'), borderColor: 'transparent', pointRadius: 0, fill: false },
      { label: '', data: xy('hi'), borderColor: 'transparent', backgroundColor: c + '33', pointRadius: 0, fill: '-1' },
      { label: 'trials (mean of ' + p.seeds + ' tuning seed' + (p.seeds === 1 ? '' : 's') + ')', data: xy('mean'), borderColor: c, backgroundColor: c, pointRadius: 3, borderWidth: 1.5 }
    ];
    if (p.chosen) sets.push({ label: 'chosen (#' + p.chosen.index + ')', data: [{ x: p.chosen.x, y: p.chosen.y }], showLine: false, pointRadius: 9, borderColor: fg, backgroundColor: 'transparent', borderWidth: 2 });
    if (p.diverged.length) sets.push({ label: 'diverged (' + p.diverged.length + ')', data: p.diverged.map(function (q) { return { x: q.x, y: yTop }; }), showLine: false, pointRadius: 7, pointStyle: 'crossRot', borderColor: '#e15759', backgroundColor: '#e15759', borderWidth: 2 });
    new Chart(document.getElementById('sens-' + i), { type: 'line', data: { datasets: sets }, options: { animation: false, parsing: false,
      plugins: { legend: { labels: { color: fg, boxWidth: 12, filter: function (it) { return it.text !== ''; } } } },
      scales: { x: { type: p.log ? 'logarithmic' : 'linear', title: { display: true, text: p.key, color: fg }, grid: { color: grid },
                     ticks: { color: fg, autoSkip: !p.log, callback: function (v) { var l = Math.log10(v); return !p.log || Math.abs(l - Math.round(l)) < 1e-9 ? String(Number(Number(v).toPrecision(4))) : ''; } } },
                y: { type: 'linear', title: { display: true, text: 'final ' + d.sensMetric + ' (tuning seeds)', color: fg }, ticks: { color: fg }, grid: { color: grid } } } } });
  });
})();
</script></body></html>
`;
}
