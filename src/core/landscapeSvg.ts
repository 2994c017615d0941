/**
 * The static landscape picture of report.html (function2d experiments): contour lines of the core model
 * (landscape.ts), every run's path (the lowest seed of a run bold, other seeds faint), start and minimum
 * marked, axis ticks and a legend. Pure string building, every text escaped; colours are the report's series
 * palette (the same run → colour order as its loss charts) and the page's CSS variables (--fg, --muted), so
 * the picture follows the report's light and dark scheme.
 */
import { escapeHtml } from '../escape';
import { fmtNumber, niceTicks } from './format';
import type { LandscapeModel, LandscapePath } from './landscape';

/** Series colours of report.html (loss charts and this picture), by first-seen run. */
export const REPORT_PALETTE: readonly string[] = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

/** Most points per path in the picture (a stride keeps the last one). */
const MAX_SVG_POINTS = 400;

const r1 = (v: number): string => (Math.round(v * 10) / 10).toString();

function thinned(p: LandscapePath): number[] {
  const stride = Math.max(1, Math.ceil(p.x.length / MAX_SVG_POINTS));
  const idx: number[] = [];
  for (let k = 0; k < p.x.length; k += stride) idx.push(k);
  if (idx[idx.length - 1] !== p.x.length - 1) idx.push(p.x.length - 1);
  return idx;
}

/** The landscape as an inline <svg> (maxWidth × maxHeight at most, one scale for both axes). */
export function renderLandscapeSvg(m: LandscapeModel, maxWidth = 640, maxHeight = 460): string {
  const b = m.grid.box;
  const pad = { left: 48, right: 12, top: 10, bottom: 34 };
  const scale = Math.min((maxWidth - pad.left - pad.right) / (b.xMax - b.xMin), (maxHeight - pad.top - pad.bottom) / (b.yMax - b.yMin));
  const w = (b.xMax - b.xMin) * scale;
  const h = (b.yMax - b.yMin) * scale;
  const px = (x: number): number => pad.left + (x - b.xMin) * scale;
  const py = (y: number): number => pad.top + (b.yMax - y) * scale;
  const W = Math.ceil(pad.left + w + pad.right);
  const runs = [...new Set(m.paths.map((p) => p.run))];
  const color = (run: string): string => REPORT_PALETTE[runs.indexOf(run) % REPORT_PALETTE.length];
  const lowestSeed = new Map<string, number>();
  for (const p of m.paths) lowestSeed.set(p.run, Math.min(lowestSeed.get(p.run) ?? Infinity, p.seed));
  const legendRows = Math.ceil(runs.length / 4);
  const H = Math.ceil(pad.top + h + pad.bottom + legendRows * 18 + 10);

  const contours = m.contours.map((c, k) => {
    let d = '';
    for (let q = 0; q < c.segments.length; q += 4) d += `M${r1(px(c.segments[q]))} ${r1(py(c.segments[q + 1]))}L${r1(px(c.segments[q + 2]))} ${r1(py(c.segments[q + 3]))}`;
    const opacity = 0.3 + (0.5 * (m.contours.length - k)) / Math.max(1, m.contours.length);
    return d ? `<path class="lsc" d="${d}" stroke-opacity="${opacity.toFixed(2)}"/>` : '';
  });
  // Faint seeds under the bold ones.
  const ordered = [...m.paths].sort((p, q) => Number(lowestSeed.get(p.run) === p.seed) - Number(lowestSeed.get(q.run) === q.seed));
  const paths = ordered.map((p) => {
    const bold = lowestSeed.get(p.run) === p.seed;
    const pts = thinned(p).map((k) => `${r1(px(p.x[k]))},${r1(py(p.y[k]))}`).join(' ');
    const end = p.x.length - 1;
    return `<polyline points="${pts}" fill="none" stroke="${color(p.run)}" stroke-width="${bold ? 2.2 : 1.2}" stroke-opacity="${bold ? 1 : 0.4}"${p.imported ? ' stroke-dasharray="6 4"' : ''} stroke-linejoin="round"><title>${escapeHtml(p.id)} (${escapeHtml(p.status)}, ${p.steps[end]} steps)</title></polyline>` +
      `<circle cx="${r1(px(p.x[end]))}" cy="${r1(py(p.y[end]))}" r="${bold ? 4 : 2.5}" fill="${color(p.run)}"/>`;
  });
  const [sx, sy] = [px(m.start[0]), py(m.start[1])];
  const [mx, my] = [px(m.minimum[0]), py(m.minimum[1])];
  const star = Array.from({ length: 10 }, (_, k) => {
    const r = k % 2 ? 3.5 : 9;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    return `${r1(mx + r * Math.cos(a))},${r1(my + r * Math.sin(a))}`;
  }).join(' ');
  const xTicks = niceTicks(b.xMin, b.xMax).map((x) => `<text x="${r1(px(x))}" y="${r1(pad.top + h + 14)}" text-anchor="middle">${escapeHtml(fmtNumber(x, 3))}</text>`);
  const yTicks = niceTicks(b.yMin, b.yMax).map((y) => `<text x="${pad.left - 6}" y="${r1(py(y) + 4)}" text-anchor="end">${escapeHtml(fmtNumber(y, 3))}</text>`);
  const legend = runs.map((run, k) => {
    const x = pad.left + (k % 4) * ((W - pad.left) / 4);
    const y = pad.top + h + pad.bottom + 10 + Math.floor(k / 4) * 18;
    return `<rect x="${r1(x)}" y="${y - 8}" width="14" height="4" fill="${color(run)}"/><text x="${r1(x + 18)}" y="${y - 3}">${escapeHtml(run)}</text>`;
  });
  const title = `${m.fn}: ${m.paths.length} path${m.paths.length === 1 ? '' : 's'} over the contours of f (${m.scale === 'log' ? 'log-spaced' : 'evenly spaced'} levels)`;
  return `<svg class="landscape" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(title)}">
<title>${escapeHtml(title)}</title>
<style>.landscape text{font:11px system-ui,sans-serif;fill:var(--muted,#59636e)} .landscape .lsc{fill:none;stroke:var(--muted,#59636e);stroke-width:1} .landscape .ring{fill:none;stroke:var(--fg,#1f2328);stroke-width:2} .landscape .star{fill:var(--fg,#1f2328)} .landscape .label{fill:var(--fg,#1f2328);paint-order:stroke;stroke:var(--bg,#ffffff);stroke-width:3px}</style>
<defs><clipPath id="ls-clip"><rect x="${pad.left}" y="${pad.top}" width="${r1(w)}" height="${r1(h)}"/></clipPath></defs>
<rect x="${pad.left}" y="${pad.top}" width="${r1(w)}" height="${r1(h)}" fill="none" class="lsc"/>
<g clip-path="url(#ls-clip)">${contours.join('')}${paths.join('')}
<circle class="ring" cx="${r1(sx)}" cy="${r1(sy)}" r="7"/><polygon class="star" points="${star}"/>
<text class="label" x="${r1(sx + 9)}" y="${r1(sy - 8)}">start</text><text class="label" x="${r1(mx + 11)}" y="${r1(my - 8)}">minimum (${escapeHtml(fmtNumber(m.minimum[0], 3))}, ${escapeHtml(fmtNumber(m.minimum[1], 3))})</text></g>
${xTicks.join('')}${yTicks.join('')}
<text x="${r1(pad.left + w / 2)}" y="${r1(pad.top + h + 28)}" text-anchor="middle">x</text><text x="12" y="${r1(pad.top + h / 2)}">y</text>
${legend.join('')}
</svg>`;
}
