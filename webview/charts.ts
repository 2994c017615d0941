/**
 * chart.js setup shared by the webviews: only the pieces we draw are registered (line charts on linear/log
 * axes, filler for seed bands, legend, tooltip, min-max decimation), theme colours read from VS Code's CSS
 * variables (dark, light, high contrast) and re-applied when the theme changes, a vertical/horizontal marker
 * plugin (phase markers, target line, QK-clip ticks) and a crosshair.
 */
import {
  Chart,
  Decimation,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { SensitivityPlot } from '../src/core/sensitivity';
import { fmtNumber } from '../src/core/format';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, Filler, Legend, Tooltip, Decimation);

export { Chart };

/** Most points handed to chart.js per series (SPEC: ≤ 2k drawn). */
const MAX_POINTS = 2000;

export interface Pt {
  x: number;
  y: number;
}

/** Bucketed min/max decimation keeping first/last points; input sorted by x. */
export function decimate(points: Pt[], max = MAX_POINTS): Pt[] {
  if (points.length <= max) return points;
  const buckets = Math.max(1, Math.floor((max - 2) / 2));
  const out: Pt[] = [points[0]];
  const per = (points.length - 2) / buckets;
  for (let b = 0; b < buckets; b++) {
    const s = 1 + Math.floor(b * per);
    const e = Math.min(points.length - 1, 1 + Math.floor((b + 1) * per));
    if (e <= s) continue;
    let lo = s;
    let hi = s;
    for (let i = s + 1; i < e; i++) {
      if (points[i].y < points[lo].y) lo = i;
      if (points[i].y > points[hi].y) hi = i;
    }
    const a = Math.min(lo, hi);
    const c = Math.max(lo, hi);
    out.push(points[a]);
    if (c !== a) out.push(points[c]);
  }
  out.push(points[points.length - 1]);
  return out;
}

function cssVar(name: string, fallback: string): string {
  const v = getComputedStyle(document.body).getPropertyValue(name).trim();
  return v || fallback;
}

export interface Theme {
  fg: string;
  muted: string;
  grid: string;
  bg: string;
  palette: string[];
}

/**
 * Series colours on light themes: VS Code's light chart colours (orange, yellow, green) are pale on white, so
 * lines and seed bands get darker, distinct tones there (≥ 3:1 against white).
 */
const LIGHT_PALETTE = ['#1f6fc5', '#d35400', '#2e8b3a', '#8e44ad', '#c0392b', '#8a7400', '#138d9c', '#b03a8c'];

/** Colours from the active VS Code theme. */
export function theme(): Theme {
  const hc = document.body.classList.contains('vscode-high-contrast') || document.body.classList.contains('vscode-high-contrast-light');
  const light = document.body.classList.contains('vscode-light');
  return {
    fg: cssVar('--vscode-foreground', '#cccccc'),
    muted: cssVar('--vscode-descriptionForeground', '#999999'),
    grid: hc ? cssVar('--vscode-contrastBorder', '#6fc3df') : cssVar('--vscode-editorWidget-border', 'rgba(128,128,128,0.35)'),
    bg: cssVar('--vscode-editor-background', '#1e1e1e'),
    palette: light && !hc ? LIGHT_PALETTE : [
      cssVar('--vscode-charts-blue', '#3794ff'),
      cssVar('--vscode-charts-orange', '#d18616'),
      cssVar('--vscode-charts-green', '#89d185'),
      cssVar('--vscode-charts-purple', '#b180d7'),
      cssVar('--vscode-charts-red', '#f14c4c'),
      cssVar('--vscode-charts-yellow', '#cca700'),
      cssVar('--vscode-terminal-ansiCyan', '#11a8cd'),
      cssVar('--vscode-terminal-ansiMagenta', '#bc3fbc'),
    ],
  };
}

/** `color` with an alpha (works for #rgb, #rrggbb and rgb()/rgba()). */
export function withAlpha(color: string, alpha: number): string {
  const c = color.trim();
  if (c.startsWith('#')) {
    const hex = c.length === 4 ? c.slice(1).split('').map((h) => h + h).join('') : c.slice(1, 7);
    const n = parseInt(hex, 16);
    return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
  }
  const m = /rgba?\(([^)]+)\)/.exec(c);
  if (m) {
    const [r, g, b] = m[1].split(',').map((s) => s.trim());
    return `rgba(${r},${g},${b},${alpha})`;
  }
  return c;
}

/** Calls `fn` when the body's theme class changes. */
export function onThemeChange(fn: () => void): void {
  new MutationObserver(() => fn()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}

/** Vertical and horizontal reference lines drawn over the chart area. */
export interface MarkerSpec {
  vertical: { x: number; color: string; label?: string; dash?: number[]; /** 0..1 of the area height from the bottom; 1 = full */ height?: number }[];
  horizontal: { y: number; color: string; label?: string; dash?: number[] }[];
}

const markerStore = new WeakMap<Chart, MarkerSpec>();

export function setMarkers(chart: Chart, spec: MarkerSpec): void {
  markerStore.set(chart, spec);
}

const markersPlugin: Plugin = {
  id: 'optlabMarkers',
  afterDatasetsDraw(chart) {
    const spec = markerStore.get(chart as Chart);
    if (!spec) return;
    const { ctx, chartArea: a, scales } = chart;
    const xs = scales.x;
    const ys = scales.y;
    if (!xs || !ys) return;
    ctx.save();
    ctx.font = '10px sans-serif';
    const labels: { px: number; top: number; text: string; color: string }[] = [];
    for (const v of spec.vertical) {
      const px = xs.getPixelForValue(v.x);
      if (!Number.isFinite(px) || px < a.left - 0.5 || px > a.right + 0.5) continue;
      const top = a.bottom - (a.bottom - a.top) * (v.height ?? 1);
      ctx.strokeStyle = v.color;
      ctx.setLineDash(v.dash ?? [4, 4]);
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(px, top);
      ctx.lineTo(px, a.bottom);
      ctx.stroke();
      if (v.label) labels.push({ px, top, text: v.label, color: v.color });
    }
    // Labels never overlap: each takes the first row (from the top) where it clears the previous label by
    // 8 px; beside its line (left of it near the right edge); a label that fits in no row is left out.
    const rows: number[] = [];
    const maxRows = Math.max(1, Math.floor((a.bottom - a.top) / 3 / 12));
    for (const l of labels.sort((p, q) => p.px - q.px)) {
      const w = ctx.measureText(l.text).width;
      const right = l.px + 3 + w > a.right;
      const x0 = right ? l.px - 3 - w : l.px + 3;
      let row = rows.findIndex((end) => x0 >= end + 8);
      if (row < 0 && rows.length < maxRows) row = rows.push(-Infinity) - 1;
      if (row < 0) continue;
      rows[row] = x0 + w;
      ctx.fillStyle = l.color;
      ctx.textAlign = 'left';
      ctx.fillText(l.text, x0, l.top + 10 + row * 12);
    }
    for (const h of spec.horizontal) {
      const py = ys.getPixelForValue(h.y);
      if (!Number.isFinite(py) || py < a.top || py > a.bottom) continue;
      ctx.strokeStyle = h.color;
      ctx.setLineDash(h.dash ?? [6, 3]);
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(a.left, py);
      ctx.lineTo(a.right, py);
      ctx.stroke();
      if (h.label) {
        ctx.fillStyle = h.color;
        ctx.textAlign = 'right';
        ctx.fillText(h.label, a.right - 3, py - 3);
      }
    }
    ctx.restore();
  },
};

/** A vertical line under the mouse (the tooltip lists the values). */
const crosshairPlugin: Plugin = {
  id: 'optlabCrosshair',
  afterDraw(chart) {
    const active = chart.tooltip?.getActiveElements?.() ?? [];
    if (!active.length) return;
    const x = active[0].element.x;
    const { ctx, chartArea: a } = chart;
    ctx.save();
    ctx.strokeStyle = theme().muted;
    ctx.setLineDash([2, 2]);
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(x, a.top);
    ctx.lineTo(x, a.bottom);
    ctx.stroke();
    ctx.restore();
  },
};

/** Applies theme colours to scales, legend and tooltip of an existing chart. */
export function applyTheme(chart: Chart, t: Theme = theme()): void {
  const o = chart.options;
  for (const s of Object.values(o.scales ?? {})) {
    if (!s) continue;
    const sc = s as { ticks?: { color?: string }; grid?: { color?: string }; title?: { color?: string }; border?: { color?: string } };
    if (sc.ticks) sc.ticks.color = t.muted;
    if (sc.grid) sc.grid.color = withAlpha(t.grid.startsWith('#') || t.grid.startsWith('rgb') ? t.grid : '#808080', 0.35);
    if (sc.title) sc.title.color = t.fg;
    if (sc.border) sc.border.color = t.grid;
  }
  if (o.plugins?.legend?.labels) o.plugins.legend.labels.color = t.fg;
  chart.update('none');
}

/** Base options for a line chart on linear x with our plugins, theme and decimation. */
export function lineChartConfig(xTitle: string, yTitle: string, logY: boolean): ChartConfiguration<'line'> {
  const t = theme();
  return {
    type: 'line',
    data: { datasets: [] },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      elements: { point: { radius: 0, hitRadius: 4 }, line: { borderWidth: 1.5, tension: 0 } },
      scales: {
        x: { type: 'linear', title: { display: true, text: xTitle, color: t.fg }, ticks: { color: t.muted, maxTicksLimit: 8 }, grid: { color: withAlpha('#808080', 0.2) } },
        y: { type: logY ? 'logarithmic' : 'linear', title: { display: true, text: yTitle, color: t.fg }, ticks: { color: t.muted, maxTicksLimit: 8 }, grid: { color: withAlpha('#808080', 0.2) } },
      },
      plugins: {
        decimation: { enabled: true, algorithm: 'min-max' },
        legend: { position: 'bottom', labels: { color: t.fg, boxWidth: 12, boxHeight: 2, filter: (item) => !String(item.text).startsWith('\u200b') } },
        tooltip: {
          filter: (item) => !String(item.dataset.label ?? '').startsWith('\u200b'),
        },
      },
    },
    plugins: [markersPlugin, crosshairPlugin],
  };
}

/**
 * LR-sensitivity chart (SPEC §10): final metric on the tuning seeds against one tuned option — mean line with
 * points, ± one SD band, the chosen trial ringed, diverged trials as crosses along the top edge. Log x for
 * `log` ranges.
 */
export function sensitivityChartConfig(plot: SensitivityPlot, yTitle: string, color: string, t: Theme = theme()): ChartConfiguration<'line'> {
  const cfg = lineChartConfig(plot.key, yTitle, false);
  cfg.options!.interaction = { mode: 'nearest', intersect: true };
  const x = cfg.options!.scales!.x!;
  x.type = plot.log ? 'logarithmic' : 'linear';
  // Log axes label powers of ten only (chart.js's default log ticks crowd into each other).
  if (plot.log) x.ticks = { ...x.ticks, autoSkip: false, callback: (v) => (Math.abs(Math.log10(Number(v)) - Math.round(Math.log10(Number(v)))) < 1e-9 ? fmtNumber(Number(v)) : '') };
  const pts = plot.points;
  const top = pts.length ? Math.max(...pts.map((p) => p.hi)) : 1;
  const bottom = pts.length ? Math.min(...pts.map((p) => p.lo)) : 0;
  const yTop = top + 0.08 * Math.max(top - bottom, Math.abs(top) * 0.05, 1e-9);
  const danger = t.palette[4] ?? '#f14c4c';
  cfg.data.datasets = [
    { label: HIDDEN + 'lo', data: pts.map((p) => ({ x: p.x, y: p.lo })), borderColor: 'transparent', pointRadius: 0, fill: false },
    { label: HIDDEN + 'hi', data: pts.map((p) => ({ x: p.x, y: p.hi })), borderColor: 'transparent', backgroundColor: withAlpha(color, 0.18), pointRadius: 0, fill: '-1' },
    { label: `trials (mean of ${plot.seeds} tuning seed${plot.seeds === 1 ? '' : 's'})`, data: pts.map((p) => ({ x: p.x, y: p.mean })), borderColor: color, backgroundColor: color, pointRadius: 3, borderWidth: 1.5 },
    ...(plot.chosen ? [{ label: `chosen (#${plot.chosen.index})`, data: [{ x: plot.chosen.x, y: plot.chosen.y }], showLine: false, pointRadius: 9, pointStyle: 'circle' as const, borderColor: t.fg, backgroundColor: 'transparent', borderWidth: 2 }] : []),
    ...(plot.diverged.length ? [{ label: `diverged (${plot.diverged.length})`, data: plot.diverged.map((d) => ({ x: d.x, y: yTop })).sort((a, b) => a.x - b.x), showLine: false, pointRadius: 7, pointStyle: 'crossRot' as const, borderColor: danger, backgroundColor: danger, borderWidth: 2 }] : []),
  ];
  return cfg;
}

/** A redraw request that coalesces into one `render` per animation frame, however often it is called. */
export function frameScheduler(render: () => void): () => void {
  let frame = 0;
  return () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  };
}

/** Label prefix that hides a helper dataset (raw curve, band edges, markers) from legend and tooltip. */
export const HIDDEN = '\u200b';



