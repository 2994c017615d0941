/**
 * Views of a suite (suite.ts): the standalone `suite.html` (ρ(τ) per run as inline SVG, the score table, per-task
 * ratios, times and the fair-comparison verdicts) and the CLI's text tables. Everything taken from configs
 * (run, task and file names) goes through escapeHtml or terminal-safe text; the page carries a CSP whose only
 * script is nonce'd (legend highlighting), so nothing injected can run.
 */
import { randomBytes } from 'crypto';
import { escapeHtml } from '../escape';
import { fmtNumber } from './format';
import { textTable } from './report';
import { TAU_MAX, TAU_MIN } from './suite';
import type { SuiteProfile, SuiteResult, SuiteTask } from './suite';

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
/** Dash patterns per run, so runs whose steps coincide stay apart (colour and dash both differ). */
const DASHES = ['', '8 4', '3 3', '10 3 2 3', '1 3'];

function fmtRatio(r: number | null): string {
  return r === null ? '∞' : r.toFixed(2) + '×';
}

function fmtSec(s: number | null): string {
  return s === null ? '–' : fmtNumber(s, 3) + ' s';
}

function targetText(t: SuiteTask): string {
  return `${t.target.metric} ${t.target.metric === 'valAccuracy' ? '≥' : '≤'} ${fmtNumber(t.target.value)}`;
}

// ---------------------------------------------------------------------------------------------------------
// Text (CLI)

/** Score table and per-task ratios as aligned text (the CLI prints it after the suite ran). */
export function suiteText(s: SuiteResult): string {
  const head = ['run', 'score', `tasks ≤ ${TAU_MAX}×`, ...s.tasks.map((t) => t.name)];
  const rows = s.runs.map((p) => [p.run, p.score.toFixed(3), `${p.within}/${s.tasks.length}`, ...p.ratios.map(fmtRatio)]);
  const targets = s.tasks.map((t) => `  ${t.name}: ${t.taskType}, target ${targetText(t)}, best ${t.bestRun ?? 'none reached it'}${t.bestSec !== null ? ` in ${fmtSec(t.bestSec)}` : ''}`);
  return [textTable(head, rows), '', 'ratio = time to target / best time on the task (∞: not reached or not run); score = area under ρ(τ) on [1, 4] / 3', s.timeToTarget, ...targets].join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// SVG

const W = 800;
const H = 360;
/** The right margin holds the legend. */
const M = { left: 52, right: 196, top: 16, bottom: 44 };
/** Vertical offset between runs' lines (px), so equal ρ values do not hide each other. */
const SPREAD = 4;

const xOf = (tau: number): number => M.left + ((tau - TAU_MIN) / (TAU_MAX - TAU_MIN)) * (W - M.left - M.right);
const yOf = (rho: number): number => M.top + (1 - rho) * (H - M.top - M.bottom);

/** Path of one run's step function over [1, 4]; each run is offset a little (SPREAD) so none hides another. */
function stepPath(p: SuiteProfile, k: number, n: number): string {
  const off = (k - (n - 1) / 2) * SPREAD;
  const pts = p.steps;
  let d = `M${xOf(TAU_MIN).toFixed(1)},${(yOf(pts[0].rho) + off).toFixed(1)}`;
  for (let i = 1; i < pts.length; i++) {
    d += ` H${xOf(pts[i].tau).toFixed(1)} V${(yOf(pts[i].rho) + off).toFixed(1)}`;
  }
  return d + ` H${xOf(TAU_MAX).toFixed(1)}`;
}

function axes(tasks: number): string {
  const out: string[] = [];
  for (let tau = TAU_MIN; tau <= TAU_MAX; tau += 0.5) {
    const x = xOf(tau).toFixed(1);
    out.push(`<line x1="${x}" x2="${x}" y1="${M.top}" y2="${H - M.bottom}" class="grid"/>`, `<text x="${x}" y="${H - M.bottom + 16}" text-anchor="middle">${tau}</text>`);
  }
  for (let i = 0; i <= tasks; i++) {
    const rho = i / tasks;
    const y = yOf(rho).toFixed(1);
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y}" y2="${y}" class="grid"/>`, `<text x="${M.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${fmtNumber(rho, 2)}</text>`);
  }
  out.push(
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 6}" text-anchor="middle">τ (time to target ÷ best time on the task)</text>`,
    `<text transform="translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">ρ(τ): fraction of tasks</text>`,
  );
  return out.join('');
}

function strokeOf(k: number): string {
  const dash = DASHES[k % DASHES.length];
  return `stroke="${PALETTE[k % PALETTE.length]}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
}

/** Legend in the right margin: line sample, run name and score, best first (the order of `runs`). */
function legend(s: SuiteResult): string {
  const x = W - M.right + 16;
  return s.runs.map((p, k) => {
    const y = M.top + 10 + k * 20;
    return `<g class="legend" data-run="${k}"><line x1="${x}" x2="${x + 28}" y1="${y}" y2="${y}" ${strokeOf(k)}/><text class="label" x="${x + 36}" y="${y}" dominant-baseline="middle">${escapeHtml(p.run)} · ${p.score.toFixed(3)}</text></g>`;
  }).join('');
}

/** The performance profile as an SVG element (colour and dash per run index, text in currentColor). */
function profileSvg(s: SuiteResult): string {
  const lines = s.runs.map((p, k) => `<path class="run" data-run="${k}" d="${stepPath(p, k, s.runs.length)}" fill="none" ${strokeOf(k)}><title>${escapeHtml(p.run)}: score ${p.score.toFixed(3)}</title></path>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Performance profile" font-size="12" font-family="system-ui, sans-serif" fill="currentColor">${axes(s.tasks.length)}${lines.join('')}${legend(s)}</svg>`;
}

// ---------------------------------------------------------------------------------------------------------
// HTML

function scoreTable(s: SuiteResult): string {
  const head = `<tr><th>run</th><th>score</th><th>tasks ≤ ${TAU_MAX}×</th>${s.tasks.map((t) => `<th>${escapeHtml(t.name)}</th>`).join('')}</tr>`;
  const rows = s.runs.map((p, k) => {
    const key = `<svg class="key" width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" ${strokeOf(k)}/></svg>`;
    return `<tr data-run="${k}"><td>${key}${escapeHtml(p.run)}</td><td>${p.score.toFixed(3)}</td><td>${p.within}/${s.tasks.length}</td>${p.ratios.map((r) => `<td>${fmtRatio(r)}</td>`).join('')}</tr>`;
  });
  return `<table class="scores"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

function taskSection(t: SuiteTask): string {
  const rows = t.runs.map((r) => `<tr><td>${escapeHtml(r.run)}${t.baseline === r.run ? ' <span class="meta">(baseline)</span>' : ''}</td><td>${fmtSec(r.timeToTargetSec)}</td><td>${fmtRatio(r.ratio)}</td><td>${escapeHtml(r.status)}</td><td class="left">${r.verdict === null ? '–' : escapeHtml(r.verdict)}</td></tr>`);
  return `<div class="card"><h3>${escapeHtml(t.name)}</h3><div class="meta">${escapeHtml(t.taskType)} · target ${escapeHtml(targetText(t))} · ${escapeHtml(t.seeds)} seed${t.seeds === 1 ? '' : 's'} · ${escapeHtml(t.file)}</div>
<table><thead><tr><th>run</th><th>time→target</th><th>ratio</th><th>status</th><th class="left">vs baseline (${escapeHtml(t.target.metric)}, Welch 95%)</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** Standalone suite.html (no network, no external script). */
export function renderSuiteHtml(s: SuiteResult): string {
  const nonce = randomBytes(16).toString('base64');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src data:">
<title>Performance profile — Optimizer Lab suite</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --grid: rgba(127,127,127,.25); }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; } }
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 24px; }
h1 { font-size: 20px; margin: 0 0 4px; } .meta { color: var(--muted); }
.top { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.card { border: 1px solid var(--grid); border-radius: 8px; padding: 12px; margin-top: 12px; }
svg { max-width: 100%; height: auto; color: var(--fg); } svg .grid { stroke: var(--grid); } svg text { fill: var(--muted); } svg text.label { fill: var(--fg); }
svg.dim path.run { opacity: .15; } svg.dim path.run.on { opacity: 1; stroke-width: 3.5; }
table { border-collapse: collapse; margin-top: 8px; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--grid); padding: 4px 10px; text-align: right; } th:first-child, td:first-child, .left { text-align: left; }
.key { display: inline-block; vertical-align: middle; margin-right: 6px; }
table.scores tbody tr { cursor: default; } table.scores tbody tr.on { background: var(--grid); }
.tasks { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 12px; }
</style></head><body>
<h1>Performance profile</h1>
<div class="meta">${s.tasks.length} tasks · ${s.runs.length} runs · ${escapeHtml(s.createdAt)}</div>
<div class="top"><div class="card">${profileSvg(s)}</div>
<div><h2>Scores</h2>${scoreTable(s)}
<p class="meta">Ratio per task = the run's time to target ÷ the best time on that task; ∞ when the run did not reach the
target or is not in that task's config. ρ(τ) = fraction of tasks with ratio ≤ τ; score = area under ρ on [${TAU_MIN}, ${TAU_MAX}] ÷ ${TAU_MAX - TAU_MIN}
(1 = fastest everywhere). ${escapeHtml(s.timeToTarget[0].toUpperCase() + s.timeToTarget.slice(1))}.</p></div></div>
<h2>Tasks</h2><div class="tasks">${s.tasks.map(taskSection).join('')}</div>
<script nonce="${nonce}">
(function () {
  var svg = document.querySelector('svg[aria-label="Performance profile"]'), rows = document.querySelectorAll('table.scores tbody tr');
  rows.forEach(function (tr) {
    tr.addEventListener('mouseenter', function () {
      svg.classList.add('dim'); tr.classList.add('on');
      svg.querySelectorAll('path.run').forEach(function (p) { p.classList.toggle('on', p.getAttribute('data-run') === tr.getAttribute('data-run')); });
    });
    tr.addEventListener('mouseleave', function () { svg.classList.remove('dim'); tr.classList.remove('on'); });
  });
})();
</script></body></html>
`;
}
