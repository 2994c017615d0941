/**
 * Runtime type guards for untrusted values (webview and worker messages, JSON from disk, configs). Pure and
 * import-free, shared by the core, the runner, the host and the webviews: one definition of each.
 */

export type Obj = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A number that is not NaN (±Infinity allowed: a diverged loss is a value). */
export const isNum = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);
export const isStr = (v: unknown): v is string => typeof v === 'string';
export const isArr = Array.isArray as (v: unknown) => v is unknown[];
export const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
/** `v` is undefined or passes `g`. */
export const optional = <T>(g: (v: unknown) => v is T) => (v: unknown): v is T | undefined => v === undefined || g(v);
/** An array whose every element passes `g`. */
export const arrayOf = <T>(g: (v: unknown) => v is T) => (v: unknown): v is T[] => isArr(v) && v.every(g);
export const isStrArr = arrayOf(isStr);
/** Two finite numbers, e.g. a logged (x, y) position. */
export const isFinitePair = (v: unknown): v is [number, number] =>
  isArr(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number' && Number.isFinite(v[0]) && Number.isFinite(v[1]);
