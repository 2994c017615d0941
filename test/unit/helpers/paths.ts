import * as fs from 'fs';
import * as path from 'path';

/** Repository root (tests run from bundles in out/, or from the root itself). */
export const ROOT = fs.existsSync(path.join(__dirname, '..', 'package.json')) ? path.resolve(__dirname, '..') : process.cwd();
/** The shared reference folder beside the clone, when present. */
export const GOLDEN = path.resolve(ROOT, '..', 'shared', 'golden');

export function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
