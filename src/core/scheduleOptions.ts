/**
 * Reading schedule options (shared by the lab's own schedules and the PyTorch ones): each reader applies the
 * default, checks type and range, and throws `ScheduleConfigError` naming the key, so `validate` can put the
 * message on that key's token and a typo never silently falls back to a default.
 */

/** Bad schedule options; `field` is the offending key (`steps` for the run length), for positioned errors. */
export class ScheduleConfigError extends Error {
  constructor(message: string, readonly field: string) {
    super(message);
    this.name = 'ScheduleConfigError';
  }
}

export type RawOptions = Record<string, unknown>;

export function fmt(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'undefined' : JSON.stringify(v) ?? String(v);
}

/** An integer ≥ `min` (default 0). */
export function intField(raw: RawOptions, key: string, def: number, min = 0): number {
  const v = raw[key] === undefined ? def : raw[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new ScheduleConfigError(`invalid schedule.${key}: ${fmt(raw[key])} (expected an integer ≥ ${min})`, key);
  }
  return v;
}

export function ratioField(raw: RawOptions, key: string, def: number): number {
  const v = raw[key] === undefined ? def : raw[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) {
    throw new ScheduleConfigError(`invalid schedule.${key}: ${fmt(raw[key])} (expected a number in [0, 1])`, key);
  }
  return v;
}

export function positiveField(raw: RawOptions, key: string, def: number | undefined, allowZero: boolean): number | undefined {
  const v = raw[key] === undefined ? def : raw[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || (allowZero ? v < 0 : v <= 0)) {
    throw new ScheduleConfigError(`invalid schedule.${key}: ${fmt(raw[key])} (expected a finite number ${allowZero ? '≥' : '>'} 0)`, key);
  }
  return v;
}

/** A required option: absent is an error naming it. */
export function requireField(raw: RawOptions, key: string, type: string, why: string): void {
  if (raw[key] === undefined) throw new ScheduleConfigError(`schedule ${type} needs "${key}" (${why})`, key);
}

export function boolField(raw: RawOptions, key: string, def: boolean): boolean {
  const v = raw[key] === undefined ? def : raw[key];
  if (typeof v !== 'boolean') throw new ScheduleConfigError(`invalid schedule.${key}: ${fmt(raw[key])} (expected true or false)`, key);
  return v;
}

export function enumField<T extends string>(raw: RawOptions, key: string, def: T, values: readonly T[]): T {
  const v = raw[key] === undefined ? def : raw[key];
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
    throw new ScheduleConfigError(`invalid schedule.${key}: ${fmt(raw[key])} (expected one of ${values.join(', ')})`, key);
  }
  return v as T;
}
