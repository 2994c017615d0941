/**
 * The function2d test functions as plain numbers (no tfjs): f(x, y), the default start points and the global
 * minima. The task (function2d.ts) evaluates with these, and the landscape view (landscape.ts) draws its
 * contour grid with the same f, so the picture is the function the optimizers minimised.
 */
import type { Function2dTaskConfig } from '../config/types';
import { TaskConfigError } from './types';

export type Function2dName = Function2dTaskConfig['fn'];

export const FUNCTION2D_DEFAULTS = Object.freeze({
  condition: 100,
  start: Object.freeze({
    rosenbrock: [-1.5, 2],
    rastrigin: [-2, 3.5],
    beale: [1, 1.5],
    quadratic: [1, 1],
  }) as Readonly<Record<Function2dName, readonly [number, number]>>,
  minimum: Object.freeze({
    rosenbrock: [1, 1],
    rastrigin: [0, 0],
    beale: [3, 0.5],
    quadratic: [0, 0],
  }) as Readonly<Record<Function2dName, readonly [number, number]>>,
});

/** Plain-number f(x, y), for plots and contour grids. */
export function function2dValue(fn: Function2dName, x: number, y: number, condition: number = FUNCTION2D_DEFAULTS.condition): number {
  switch (fn) {
    case 'rosenbrock':
      return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
    case 'rastrigin':
      return 20 + x * x - 10 * Math.cos(2 * Math.PI * x) + y * y - 10 * Math.cos(2 * Math.PI * y);
    case 'beale':
      return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y * y * y) ** 2;
    case 'quadratic':
      return 0.5 * (x * x + condition * y * y);
    default:
      throw new TaskConfigError(`function2d: unknown fn "${String(fn)}"`);
  }
}

