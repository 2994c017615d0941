/**
 * Pure helpers of the landscape page (no DOM): where a path is after s steps, the data → pixel map that keeps
 * the box's aspect ratio, and which contour band a value falls in. They only place the numbers of
 * the host's model on the canvas; nothing here evaluates f or changes a path.
 */
import type { LandscapeBox } from '../src/protocol';

/** Index of the path point "after s steps": the last point whose steps ≤ s (0 when s precedes every point). */
export function pointAtStep(steps: readonly number[], s: number): number {
  let lo = 0;
  let hi = steps.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (steps[mid] <= s) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Viewport {
  /** Plot area in pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
  px: (x: number) => number;
  py: (y: number) => number;
}

/** The box fitted into the area with one scale for both axes (contours keep their true shape), centred. */
export function fitBox(box: LandscapeBox, area: { left: number; top: number; width: number; height: number }): Viewport {
  const dx = box.xMax - box.xMin;
  const dy = box.yMax - box.yMin;
  const scale = Math.min(area.width / dx, area.height / dy);
  const width = dx * scale;
  const height = dy * scale;
  const left = area.left + (area.width - width) / 2;
  const top = area.top + (area.height - height) / 2;
  return { left, top, width, height, px: (x) => left + (x - box.xMin) * scale, py: (y) => top + (box.yMax - y) * scale };
}

/** Number of levels at or below v (0 … levels.length): the band a grid value is shaded with. */
export function bandOf(levels: readonly number[], v: number): number {
  let n = 0;
  while (n < levels.length && levels[n] <= v) n++;
  return n;
}
