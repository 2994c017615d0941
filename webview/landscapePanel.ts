/**
 * Landscape page (function2d): the contour of f over the host's box (shaded bands and contour lines), every
 * run's (x, y) path in the comparison panel's run colours (the lowest seed of a run bold, the other seeds
 * faint, imported runs dashed), start and global minimum marked, and a step scrubber that moves one marker
 * per path to its position after s steps (the part of a path beyond s is drawn fainter). While a run is
 * live the scrubber follows the newest step unless the user moved it. Everything drawn is the host's model
 * (src/core/landscape.ts); the page only maps it to pixels, with colours from the VS Code theme.
 */
import { DidChangeLandscapeStateNotification } from '../src/protocol';
import type { LandscapeModel, LandscapePath, LandscapeState } from '../src/protocol';
import { escapeHtml } from '../src/escape';
import { onThemeChange, theme, withAlpha, frameScheduler } from './charts';
import { fmtNumber, niceTicks } from '../src/core/format';
import type { Theme } from './charts';
import { colorKey, colorsByKey } from './compareModel';
import { bandOf, fitBox, pointAtStep } from './landscapeGeometry';
import type { Viewport } from './landscapeGeometry';
import { connect } from './vscodeApi';

let data: LandscapeState | undefined;
/** Scrubbed step; `follow` keeps it at the newest step while a run is live. */
const scrub = { step: 0, follow: true, playing: 0 };

const app = document.getElementById('app') as HTMLElement;
app.innerHTML = `
  <div class="toolbar">
    <span class="title" id="title"></span>
    <span class="muted" id="fn"></span>
    <span class="spacer"></span>
    <span class="status" id="status"></span>
  </div>
  <div class="runs" id="runs"></div>
  <div class="message" id="message"></div>
  <div class="landscape-box"><canvas id="landscape-canvas" aria-label="Landscape"></canvas></div>
  <div class="toolbar scrubber">
    <button id="play" class="secondary" title="Move the markers from the start to the last step">▶ Play</button>
    <input type="range" id="scrub" min="0" max="0" step="1" value="0" aria-label="step">
    <span id="stepv" class="muted"></span>
  </div>
  <div class="table-wrap"><table class="summary" id="table"></table></div>`;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const canvas = $<HTMLCanvasElement>('landscape-canvas');
const slider = $<HTMLInputElement>('scrub');

slider.addEventListener('input', () => {
  stopPlay();
  scrub.step = Number(slider.value);
  scrub.follow = scrub.step >= Number(slider.max);
  schedule();
});
$('play').addEventListener('click', () => (scrub.playing ? stopPlay() : play()));
onThemeChange(() => schedule());
new ResizeObserver(() => schedule()).observe(canvas);

function stopPlay(): void {
  if (scrub.playing) cancelAnimationFrame(scrub.playing);
  scrub.playing = 0;
  $('play').textContent = '▶ Play';
}

/** Sweeps the scrubber from 0 to the last step in about four seconds. */
function play(): void {
  const last = data?.model?.lastStep ?? 0;
  if (!last) return;
  const t0 = performance.now();
  $('play').textContent = '■ Stop';
  const tick = (now: number): void => {
    const f = Math.min(1, (now - t0) / 4000);
    scrub.step = Math.round(f * last);
    scrub.follow = f >= 1;
    render();
    scrub.playing = f < 1 ? requestAnimationFrame(tick) : 0;
    if (f >= 1) stopPlay();
  };
  scrub.playing = requestAnimationFrame(tick);
}

const schedule = frameScheduler(render);

/** Per path: its colour, and whether it is its run's bold seed (the lowest seed of the run). */
function pathStyles(paths: LandscapePath[], t: Theme): { color: string; bold: boolean }[] {
  const colors = colorsByKey(paths.map((p) => colorKey({ key: p })), t.palette);
  const boldSeed = new Map<string, number>();
  for (const p of paths) {
    const k = colorKey({ key: p }) + (p.imported ? ' imported' : '');
    boldSeed.set(k, Math.min(boldSeed.get(k) ?? Infinity, p.seed));
  }
  return paths.map((p) => ({ color: colors.get(colorKey({ key: p })) as string, bold: boldSeed.get(colorKey({ key: p }) + (p.imported ? ' imported' : '')) === p.seed }));
}

/**
 * Shaded bands under the contour lines in the theme's foreground (neutral: never a run's colour), lower values
 * stronger, so the valley shows; drawn at grid resolution and smoothed by the scaling.
 */
function drawBands(ctx: CanvasRenderingContext2D, m: LandscapeModel, v: Viewport, t: Theme): void {
  const { nx, ny, values } = m.grid;
  const img = new ImageData(nx, ny);
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) return;
  probe.fillStyle = t.fg;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
  const n = Math.max(1, m.levels.length);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const band = bandOf(m.levels, values[j * nx + i]);
      const k = ((ny - 1 - j) * nx + i) * 4;
      img.data[k] = r;
      img.data[k + 1] = g;
      img.data[k + 2] = b;
      img.data[k + 3] = Math.round(255 * 0.2 * Math.pow(1 - band / n, 1.2));
    }
  }
  const off = document.createElement('canvas');
  off.width = nx;
  off.height = ny;
  off.getContext('2d')?.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(off, v.left, v.top, v.width, v.height);
}

function drawContours(ctx: CanvasRenderingContext2D, m: LandscapeModel, v: Viewport, t: Theme): void {
  ctx.lineWidth = 1;
  m.contours.forEach((c, k) => {
    ctx.strokeStyle = withAlpha(t.muted, 0.35 + (0.4 * (m.contours.length - k)) / Math.max(1, m.contours.length));
    ctx.beginPath();
    const s = c.segments;
    for (let q = 0; q < s.length; q += 4) {
      ctx.moveTo(v.px(s[q]), v.py(s[q + 1]));
      ctx.lineTo(v.px(s[q + 2]), v.py(s[q + 3]));
    }
    ctx.stroke();
  });
}

function drawAxes(ctx: CanvasRenderingContext2D, m: LandscapeModel, v: Viewport, t: Theme): void {
  const b = m.grid.box;
  ctx.strokeStyle = t.grid;
  ctx.lineWidth = 1;
  ctx.strokeRect(v.left + 0.5, v.top + 0.5, v.width - 1, v.height - 1);
  ctx.fillStyle = t.muted;
  ctx.font = '11px sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const x of niceTicks(b.xMin, b.xMax, Math.max(3, Math.round(v.width / 90)))) ctx.fillText(fmtNumber(x, 3), v.px(x), v.top + v.height + 4);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const y of niceTicks(b.yMin, b.yMax, Math.max(3, Math.round(v.height / 70)))) ctx.fillText(fmtNumber(y, 3), v.left - 6, v.py(y));
  ctx.fillStyle = t.fg;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText('x', v.left + v.width / 2, v.top + v.height + 18);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  ctx.fillText('y', v.left - 34, v.top + v.height / 2);
}

function polyline(ctx: CanvasRenderingContext2D, p: LandscapePath, v: Viewport, from: number, to: number): void {
  ctx.beginPath();
  for (let k = from; k <= to; k++) (k === from ? ctx.moveTo : ctx.lineTo).call(ctx, v.px(p.x[k]), v.py(p.y[k]));
  ctx.stroke();
}

function drawPaths(ctx: CanvasRenderingContext2D, m: LandscapeModel, v: Viewport, t: Theme, step: number): void {
  const styles = pathStyles(m.paths, t);
  // Faint seeds first, so the bold paths stay on top.
  const order = m.paths.map((_, k) => k).sort((a, b) => Number(styles[a].bold) - Number(styles[b].bold));
  for (const k of order) {
    const p = m.paths[k];
    const { color, bold } = styles[k];
    const at = pointAtStep(p.steps, step);
    ctx.setLineDash(p.imported ? [6, 4] : []);
    ctx.lineWidth = bold ? 2.25 : 1.25;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = withAlpha(color, bold ? 0.25 : 0.12);
    if (at < p.x.length - 1) polyline(ctx, p, v, Math.max(0, at), p.x.length - 1);
    ctx.strokeStyle = withAlpha(color, bold ? 1 : 0.45);
    if (at > 0) polyline(ctx, p, v, 0, at);
  }
  ctx.setLineDash([]);
  for (const k of order) {
    const p = m.paths[k];
    const at = pointAtStep(p.steps, step);
    if (at < 0) continue;
    ctx.beginPath();
    ctx.arc(v.px(p.x[at]), v.py(p.y[at]), styles[k].bold ? 5 : 3.5, 0, 2 * Math.PI);
    ctx.fillStyle = withAlpha(styles[k].color, styles[k].bold ? 1 : 0.7);
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = t.bg;
    ctx.stroke();
  }
}

function drawAnchors(ctx: CanvasRenderingContext2D, m: LandscapeModel, v: Viewport, t: Theme): void {
  const [sx, sy] = [v.px(m.start[0]), v.py(m.start[1])];
  const [mx, my] = [v.px(m.minimum[0]), v.py(m.minimum[1])];
  ctx.lineWidth = 2;
  ctx.strokeStyle = t.fg;
  ctx.beginPath();
  ctx.arc(sx, sy, 7, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const r = k % 2 ? 3.5 : 9;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    (k ? ctx.lineTo : ctx.moveTo).call(ctx, mx + r * Math.cos(a), my + r * Math.sin(a));
  }
  ctx.closePath();
  ctx.fillStyle = t.fg;
  ctx.fill();
  ctx.font = '12px sans-serif';
  ctx.textBaseline = 'bottom';
  label(ctx, v, t, 'start', sx, sy, 9);
  label(ctx, v, t, `minimum (${fmtNumber(m.minimum[0], 3)}, ${fmtNumber(m.minimum[1], 3)})`, mx, my, 11);
}

/** A label beside a marker (left of it near the right edge), on a halo of the background so paths under it do not hide it. */
function label(ctx: CanvasRenderingContext2D, v: Viewport, t: Theme, text: string, x: number, y: number, gap: number): void {
  const right = x + gap + ctx.measureText(text).width > v.left + v.width - 2;
  ctx.textAlign = right ? 'right' : 'left';
  const lx = right ? x - gap : x + gap;
  const ly = Math.max(v.top + 14, y - 6);
  ctx.lineWidth = 3;
  ctx.strokeStyle = t.bg;
  ctx.strokeText(text, lx, ly);
  ctx.fillStyle = t.fg;
  ctx.fillText(text, lx, ly);
}

function drawCanvas(m: LandscapeModel, step: number): number {
  const t = theme();
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  canvas.width = Math.max(1, Math.round(w * dpr));
  canvas.height = Math.max(1, Math.round(h * dpr));
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  const v = fitBox(m.grid.box, { left: 52, top: 8, width: Math.max(10, w - 64), height: Math.max(10, h - 44) });
  drawBands(ctx, m, v, t);
  drawContours(ctx, m, v, t);
  drawAxes(ctx, m, v, t);
  ctx.save();
  ctx.beginPath();
  ctx.rect(v.left, v.top, v.width, v.height);
  ctx.clip();
  drawPaths(ctx, m, v, t, step);
  drawAnchors(ctx, m, v, t);
  ctx.restore();
  return m.paths.filter((p) => p.steps.length > 1).length;
}

function renderRuns(m: LandscapeModel | undefined): void {
  const t = theme();
  const paths = m?.paths ?? [];
  const colors = colorsByKey(paths.map((p) => colorKey({ key: p })), t.palette);
  const seeds = new Map<string, number>();
  for (const p of paths) seeds.set(colorKey({ key: p }), (seeds.get(colorKey({ key: p })) ?? 0) + 1);
  $('runs').innerHTML = [...colors].map(([label, color]) =>
    `<span class="run"><span class="swatch" data-color="${escapeHtml(color)}"></span>${escapeHtml(label)}${(seeds.get(label) ?? 0) > 1 ? ` <span class="muted">×${seeds.get(label)} seeds (lowest bold)</span>` : ''}</span>`,
  ).join('') + (m ? '<span class="run"><span class="muted">○ start · ★ global minimum</span></span>' : '');
  document.querySelectorAll<HTMLElement>('#runs .swatch').forEach((el) => el.style.setProperty('background-color', el.dataset.color ?? ''));
}

function renderTable(m: LandscapeModel | undefined, step: number): void {
  const rows = (m?.paths ?? []).map((p) => {
    const at = pointAtStep(p.steps, step);
    const x = p.x[at];
    const y = p.y[at];
    const dist = Math.hypot(x - (m as LandscapeModel).minimum[0], y - (m as LandscapeModel).minimum[1]);
    return `<tr><td>${escapeHtml(colorKey({ key: p }))}</td><td>${p.seed}</td><td>${escapeHtml(p.status)}</td><td>${p.steps[at] ?? 0}</td><td>${fmtNumber(x, 5)}</td><td>${fmtNumber(y, 5)}</td><td>${fmtNumber(dist, 4)}</td></tr>`;
  });
  $<HTMLTableElement>('table').innerHTML = rows.length
    ? `<thead><tr><th>run</th><th>seed</th><th>status</th><th>step</th><th>x</th><th>y</th><th>distance to minimum</th></tr></thead><tbody>${rows.join('')}</tbody>`
    : '';
}

function render(): void {
  const m = data?.model;
  $('title').textContent = data?.title ?? '';
  $('fn').textContent = m
    ? `${m.fn}${m.fn === 'quadratic' ? ` (κ = ${fmtNumber(m.condition)})` : ''} · ${m.scale === 'log' ? 'log-spaced' : 'evenly spaced'} contours ${fmtNumber(m.levels[0], 3)} … ${fmtNumber(m.levels[m.levels.length - 1], 3)}`
    : '';
  $('status').textContent = data?.source === 'config' ? 'preview of the config' : data?.running ? 'running' : m ? 'done' : '';
  $('message').textContent = data?.message ?? '';
  const last = m?.lastStep ?? 0;
  slider.max = String(last);
  if (scrub.follow && !scrub.playing) scrub.step = last;
  scrub.step = Math.min(scrub.step, last);
  slider.value = String(scrub.step);
  slider.disabled = !last;
  ($('play') as HTMLButtonElement).disabled = !last;
  $('stepv').textContent = m ? `after ${scrub.step} / ${last} steps` : '';
  renderRuns(m);
  renderTable(m, scrub.step);
  canvas.hidden = !m;
  // The number of paths drawn, for tests that look into the page.
  canvas.dataset.paths = String(m ? drawCanvas(m, scrub.step) : 0);
}

connect((msg) => {
  if (DidChangeLandscapeStateNotification.is(msg)) {
    data = msg.params;
    schedule();
  }
});
