/**
 * The landscape of a `function2d` experiment (SPEC §10): f on a grid over a box that holds the start, the
 * global minimum and the runs' paths, contour lines at levels suited to the function's range, and every job's
 * path as logged by the trainer (MetricRow.xy, the position after each step). Pure numbers, no tfjs: the
 * landscape panel draws this model as it is sent, and report.html draws it as an SVG (landscapeSvg.ts).
 *
 * - f is the task's own plain-number f (function2dMath.ts), not a second copy of the formulas.
 * - Box: the bounding box of start and minimum, grown to the path points that lie within a few times that
 *   span (a diverging run leaves the frame instead of shrinking everything else to a dot), padded by a margin
 *   and kept at least half as tall as wide (and vice versa) so contours are not squashed.
 * - Levels: log-spaced when the values span orders of magnitude over the box (Rosenbrock, an ill-conditioned
 *   quadratic: the 95th percentile over 50× the 5th), else evenly spaced (Rastrigin); both between low and
 *   high quantiles of the grid so one steep corner does not take every level.
 * - Contours: marching squares on the grid cells, saddles resolved by the cell's mean.
 * - Paths: point 0 is the start (0 steps done), point k the position after step k−1 (`steps` holds the
 *   number of steps done, so the scrubber means "after s steps"); long paths are thinned to a stride,
 *   keeping the last point. Tuning trials are left out (they are in the sensitivity view).
 */
import type { Function2dTaskConfig } from './config/types';
import type { JobKey, JobStatus, MetricRow } from './events';
import { FUNCTION2D_DEFAULTS, function2dValue } from './tasks/function2dMath';

export interface LandscapeBox {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** f on an nx × ny grid over the box: values[j·nx + i] = f(x_i, y_j), x_i = xMin + i·(xMax − xMin)/(nx − 1). */
export interface LandscapeGrid {
  box: LandscapeBox;
  nx: number;
  ny: number;
  values: number[];
}

/** One contour level: line segments in data coordinates, flat [x1, y1, x2, y2, …]. */
export interface ContourLine {
  level: number;
  segments: number[];
}

export interface LandscapePath {
  /** Job id, run name and seed (the page colours by run as the comparison panel does). */
  id: string;
  run: string;
  seed: number;
  sweep?: { key: string; value: number };
  imported?: boolean;
  status: JobStatus;
  /** Steps done at each point (0 = the start), ascending. */
  steps: number[];
  x: number[];
  y: number[];
}

export interface LandscapeModel {
  fn: Function2dTaskConfig['fn'];
  condition: number;
  start: [number, number];
  minimum: [number, number];
  grid: LandscapeGrid;
  scale: 'log' | 'linear';
  levels: number[];
  contours: ContourLine[];
  paths: LandscapePath[];
  /** Largest `steps` over the paths (the scrubber's end). */
  lastStep: number;
}

/** What a job contributes: its key, status and logged rows (MetricRow.xy). */
export interface LandscapeJobInput {
  key: JobKey;
  rows: readonly MetricRow[];
  status?: JobStatus;
  imported?: boolean;
}

interface LandscapeOptions {
  /** Grid points per axis (default 96). */
  gridSize?: number;
  /** Contour levels (default 14). */
  levelCount?: number;
  /** Most points kept per path (default 1500). */
  maxPathPoints?: number;
  /** Padding around the content, as a fraction of its larger span (default 0.12). */
  margin?: number;
}

/** Path points farther than this many start–minimum spans from their box are left outside the frame. */
const PATH_REACH = 3;

/** The box around start, minimum and the path points within reach (see the module comment). */
export function landscapeBox(anchors: readonly (readonly [number, number])[], points: { x: readonly number[]; y: readonly number[] }[], margin = 0.12): LandscapeBox {
  let xMin = Math.min(...anchors.map((a) => a[0]));
  let xMax = Math.max(...anchors.map((a) => a[0]));
  let yMin = Math.min(...anchors.map((a) => a[1]));
  let yMax = Math.max(...anchors.map((a) => a[1]));
  const span = Math.max(xMax - xMin, yMax - yMin, 1e-3);
  const reach = { xMin: xMin - PATH_REACH * span, xMax: xMax + PATH_REACH * span, yMin: yMin - PATH_REACH * span, yMax: yMax + PATH_REACH * span };
  for (const p of points) {
    for (let k = 0; k < p.x.length; k++) {
      const x = p.x[k];
      const y = p.y[k];
      if (!(x >= reach.xMin && x <= reach.xMax && y >= reach.yMin && y <= reach.yMax)) continue;
      xMin = Math.min(xMin, x);
      xMax = Math.max(xMax, x);
      yMin = Math.min(yMin, y);
      yMax = Math.max(yMax, y);
    }
  }
  // Neither side under half the other, then the margin on all four sides.
  const grow = (lo: number, hi: number, min: number): [number, number] => {
    const d = hi - lo;
    return d >= min ? [lo, hi] : [lo - (min - d) / 2, hi + (min - d) / 2];
  };
  const dx = xMax - xMin;
  const dy = yMax - yMin;
  [xMin, xMax] = grow(xMin, xMax, Math.max(dy / 2, 1e-3));
  [yMin, yMax] = grow(yMin, yMax, Math.max(dx / 2, 1e-3));
  const pad = margin * Math.max(xMax - xMin, yMax - yMin);
  return { xMin: xMin - pad, xMax: xMax + pad, yMin: yMin - pad, yMax: yMax + pad };
}

/** f of the task on an n × n grid over the box. */
export function contourGrid(task: Function2dTaskConfig, box: LandscapeBox, n = 96): LandscapeGrid {
  const condition = task.condition ?? FUNCTION2D_DEFAULTS.condition;
  const values = new Array<number>(n * n);
  for (let j = 0; j < n; j++) {
    const y = gridCoord(box.yMin, box.yMax, j, n);
    for (let i = 0; i < n; i++) values[j * n + i] = function2dValue(task.fn, gridCoord(box.xMin, box.xMax, i, n), y, condition);
  }
  return { box, nx: n, ny: n, values };
}

/** The i-th of n evenly spaced coordinates from lo to hi (both included). */
export function gridCoord(lo: number, hi: number, i: number, n: number): number {
  return lo + ((hi - lo) * i) / (n - 1);
}

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Contour levels for the grid's values: log-spaced over orders of magnitude, else evenly spaced. */
export function contourLevels(values: readonly number[], count = 14): { scale: 'log' | 'linear'; levels: number[] } {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 2 || sorted[0] === sorted[sorted.length - 1]) return { scale: 'linear', levels: [] };
  const max = sorted[sorted.length - 1];
  const q05 = quantile(sorted, 0.05);
  const q95 = quantile(sorted, 0.95);
  const hi = quantile(sorted, 0.98);
  if (sorted[0] >= 0 && q95 / Math.max(q05, max * 1e-12) > 50) {
    const lo = Math.max(quantile(sorted, 0.002), max * 1e-6, Number.MIN_VALUE);
    const a = Math.log(lo);
    const b = Math.log(hi);
    return { scale: 'log', levels: Array.from({ length: count }, (_, k) => Math.exp(a + ((b - a) * k) / (count - 1))) };
  }
  const lo = quantile(sorted, 0.02);
  return { scale: 'linear', levels: Array.from({ length: count }, (_, k) => lo + ((hi - lo) * (k + 0.5)) / count) };
}

/**
 * Edge pairs crossed by a level in a cell, by corner case (bit 0: (i, j), 1: (i+1, j), 2: (i+1, j+1),
 * 3: (i, j+1) above the level). Edges: 0 bottom, 1 right, 2 top, 3 left. Saddles (5, 10) are handled apart.
 */
const CASES: readonly (readonly number[])[] = [
  [], [3, 0], [0, 1], [3, 1], [1, 2], [], [0, 2], [3, 2], [2, 3], [0, 2], [], [1, 2], [1, 3], [0, 1], [3, 0], [],
];

/** Marching squares: the segments of one level over the grid. */
export function contourSegments(grid: LandscapeGrid, level: number): number[] {
  const { nx, ny, values, box } = grid;
  const out: number[] = [];
  const xs = Array.from({ length: nx }, (_, i) => gridCoord(box.xMin, box.xMax, i, nx));
  const ys = Array.from({ length: ny }, (_, j) => gridCoord(box.yMin, box.yMax, j, ny));
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const v = [values[j * nx + i], values[j * nx + i + 1], values[(j + 1) * nx + i + 1], values[(j + 1) * nx + i]];
      if (!v.every(Number.isFinite)) continue;
      const c = (v[0] > level ? 1 : 0) | (v[1] > level ? 2 : 0) | (v[2] > level ? 4 : 0) | (v[3] > level ? 8 : 0);
      if (c === 0 || c === 15) continue;
      // Where the level crosses edge e, by linear interpolation between its two corners.
      const at = (e: number): [number, number] => {
        const [a, b] = [[0, 1], [1, 2], [3, 2], [0, 3]][e];
        const t = (level - v[a]) / (v[b] - v[a]);
        const corner = (k: number): [number, number] => [xs[i + (k === 1 || k === 2 ? 1 : 0)], ys[j + (k >= 2 ? 1 : 0)]];
        const pa = corner(a);
        const pb = corner(b);
        return [pa[0] + t * (pb[0] - pa[0]), pa[1] + t * (pb[1] - pa[1])];
      };
      let pairs: readonly number[] = CASES[c];
      if (c === 5 || c === 10) {
        const centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4 > level;
        pairs = (c === 5) === centreAbove ? [0, 1, 2, 3] : [3, 0, 1, 2];
      }
      for (let k = 0; k < pairs.length; k += 2) out.push(...at(pairs[k]), ...at(pairs[k + 1]));
    }
  }
  return out;
}

/** A job's path: the start, then the logged position of every row that has one (thinned to maxPoints). */
export function jobPath(start: readonly [number, number], rows: readonly MetricRow[], maxPoints = 1500): { steps: number[]; x: number[]; y: number[] } {
  const steps = [0];
  const x = [start[0]];
  const y = [start[1]];
  for (const r of rows) {
    if (!r.xy) continue;
    steps.push(r.step + 1);
    x.push(r.xy[0]);
    y.push(r.xy[1]);
  }
  if (steps.length <= maxPoints) return { steps, x, y };
  const stride = Math.ceil((steps.length - 1) / (maxPoints - 1));
  const keep = (k: number): boolean => k % stride === 0 || k === steps.length - 1;
  return { steps: steps.filter((_, k) => keep(k)), x: x.filter((_, k) => keep(k)), y: y.filter((_, k) => keep(k)) };
}

/** The task's start and global minimum (the config's start when set, else the function's usual one). */
function landscapeAnchors(task: Function2dTaskConfig): { start: [number, number]; minimum: [number, number] } {
  const start = task.start ?? FUNCTION2D_DEFAULTS.start[task.fn];
  const minimum = FUNCTION2D_DEFAULTS.minimum[task.fn];
  return { start: [start[0], start[1]], minimum: [minimum[0], minimum[1]] };
}

/** The whole landscape of a function2d experiment: grid, levels, contours and paths. */
export function landscapeModel(task: Function2dTaskConfig, jobs: readonly LandscapeJobInput[], opts: LandscapeOptions = {}): LandscapeModel {
  const { start, minimum } = landscapeAnchors(task);
  const paths: LandscapePath[] = jobs
    .filter((j) => j.key.trial === undefined)
    .map((j) => ({
      id: j.key.id,
      run: j.key.run,
      seed: j.key.seed,
      ...(j.key.sweep ? { sweep: j.key.sweep } : {}),
      ...(j.imported ? { imported: true } : {}),
      status: j.status ?? 'done',
      ...jobPath(start, j.rows, opts.maxPathPoints),
    }));
  const box = landscapeBox([start, minimum], paths, opts.margin);
  const grid = contourGrid(task, box, opts.gridSize);
  const { scale, levels } = contourLevels(grid.values, opts.levelCount);
  return {
    fn: task.fn,
    condition: task.condition ?? FUNCTION2D_DEFAULTS.condition,
    start,
    minimum,
    grid,
    scale,
    levels,
    contours: levels.map((level) => ({ level, segments: contourSegments(grid, level) })),
    paths,
    lastStep: Math.max(0, ...paths.map((p) => p.steps[p.steps.length - 1] ?? 0)),
  };
}
