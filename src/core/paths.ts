/**
 * Path confinement by real path (SPEC §13): a path from a config or a webview message is accepted only when
 * the file it names *now* — symlinks resolved — lies inside the allowed root. Checked at the moment of use
 * (reading a corpus, opening a results directory), not only at validation, so a symlink swapped in between
 * cannot redirect a read.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Real path of `p`, or of its nearest existing ancestor joined with the rest (for files not created yet). */
function realPath(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync.native(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realPath(parent), path.basename(abs));
  }
}

/** Whether `child` is `root` itself or lies below it (plain path arithmetic; `..name` is a valid child name). */
function isWithin(root: string, child: string, allowRoot = false): boolean {
  const rel = path.relative(root, child);
  if (rel === '') return allowRoot;
  return rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel);
}

/**
 * The real path of `p` (relative paths resolve against `root`) when it lies strictly inside `root`'s real
 * path, else undefined. Read the returned path, not `p`.
 */
export function confinedRealPath(root: string, p: string, opts: { allowRoot?: boolean } = {}): string | undefined {
  const realRoot = realPath(root);
  const real = realPath(path.resolve(root, p));
  return isWithin(realRoot, real, opts.allowRoot) ? real : undefined;
}
