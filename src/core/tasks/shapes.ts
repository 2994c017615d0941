/**
 * A task's parameter list (name, PyTorch [out, in] shape, role) from its config alone — no tensors, no corpus, no
 * tfjs — for views that need shapes before anything trains (the Muon LR hint in the hover). It lists what the
 * task classes create (charLm.ts, mlp.ts, matrix.ts, function2d.ts), defaults from ./defaults; a unit test
 * builds each task and checks that both lists agree, so they cannot drift apart.
 *
 * char_lm's vocabulary comes from the corpus, which is not read here: embeddings and the head use `vocab`
 * (default the corpus bound, 65). Hidden matrices never depend on it.
 */
import type { ParamRole } from '../optimizers/types';
import { CHAR_LM_DEFAULTS, MATRIX_DEFAULTS, MLP_DEFAULTS } from './defaults';

export interface ParamShape {
  name: string;
  shape: number[];
  role: ParamRole;
}

/** Largest char_lm vocabulary (corpus.ts MAX_VOCAB). */
const VOCAB_BOUND = 65;
/**
 * Most char_lm layers listed: the hover calls this on unsaved text, where `"layers": 1e9` must not build a
 * billion entries (validation reports such a config through the resource estimate instead).
 */
const MAX_LISTED_LAYERS = 4096;

type TaskLike = Record<string, unknown>;

const posInt = (v: unknown, def: number): number => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : def);

function charLmParams(task: TaskLike, vocab: number): ParamShape[] | undefined {
  const L = posInt(task.layers, CHAR_LM_DEFAULTS.layers);
  if (L > MAX_LISTED_LAYERS) return undefined;
  const d = posInt(task.dModel, CHAR_LM_DEFAULTS.dModel);
  const T = posInt(task.context, CHAR_LM_DEFAULTS.context);
  const out: ParamShape[] = [{ name: 'tokEmb', shape: [vocab, d], role: 'embedding' }, { name: 'posEmb', shape: [T, d], role: 'embedding' }];
  for (let l = 0; l < L; l++) {
    const p = `blocks.${l}`;
    out.push(
      { name: `${p}.ln1.weight`, shape: [d], role: 'norm' }, { name: `${p}.ln1.bias`, shape: [d], role: 'bias' },
      { name: `${p}.attn.qkv`, shape: [3 * d, d], role: 'hidden' }, { name: `${p}.attn.qkv.bias`, shape: [3 * d], role: 'bias' },
      { name: `${p}.attn.proj`, shape: [d, d], role: 'hidden' }, { name: `${p}.attn.proj.bias`, shape: [d], role: 'bias' },
      { name: `${p}.ln2.weight`, shape: [d], role: 'norm' }, { name: `${p}.ln2.bias`, shape: [d], role: 'bias' },
      { name: `${p}.mlp.fc`, shape: [4 * d, d], role: 'hidden' }, { name: `${p}.mlp.fc.bias`, shape: [4 * d], role: 'bias' },
      { name: `${p}.mlp.proj`, shape: [d, 4 * d], role: 'hidden' }, { name: `${p}.mlp.proj.bias`, shape: [d], role: 'bias' },
    );
  }
  out.push({ name: 'lnF.weight', shape: [d], role: 'norm' }, { name: 'lnF.bias', shape: [d], role: 'bias' });
  if (task.tiedHead !== true) out.push({ name: 'head', shape: [vocab, d], role: 'head' });
  return out;
}

function mlpParams(task: TaskLike): ParamShape[] {
  const hidden = Array.isArray(task.hidden) ? task.hidden.map((h) => posInt(h, 1)) : [...MLP_DEFAULTS.hidden];
  // moons has two classes whatever `classes` says (mlp.ts makeDataset).
  const widths = [2, ...hidden, task.dataset === 'moons' ? 2 : posInt(task.classes, MLP_DEFAULTS.classes)];
  const out: ParamShape[] = [];
  for (let l = 0; l + 1 < widths.length; l++) {
    const isHead = l + 2 === widths.length;
    out.push({ name: `layers.${l}.weight`, shape: [widths[l + 1], widths[l]], role: isHead ? 'head' : 'hidden' }, { name: `layers.${l}.bias`, shape: [widths[l + 1]], role: 'bias' });
  }
  return out;
}

function matrixParams(task: TaskLike): ParamShape[] {
  const rows = posInt(task.rows, MATRIX_DEFAULTS.rows);
  const cols = posInt(task.cols, MATRIX_DEFAULTS.cols);
  if (task.problem === 'lowrank') {
    const r = posInt(task.rank, MATRIX_DEFAULTS.rank);
    return [{ name: 'U', shape: [rows, r], role: 'hidden' }, { name: 'V', shape: [r, cols], role: 'hidden' }];
  }
  return [{ name: 'W', shape: [rows, cols], role: 'hidden' }];
}

/** Every parameter of the task a config describes, in the task's order; undefined for an unknown type or a char_lm deeper than MAX_LISTED_LAYERS. */
export function taskParamShapes(task: unknown, opts: { vocab?: number } = {}): ParamShape[] | undefined {
  if (typeof task !== 'object' || task === null || Array.isArray(task)) return undefined;
  const t = task as TaskLike;
  switch (t.type) {
    case 'function2d':
      return [{ name: 'xy', shape: [2], role: 'bias' }];
    case 'matrix':
      return matrixParams(t);
    case 'mlp':
      return mlpParams(t);
    case 'char_lm':
      return charLmParams(t, opts.vocab ?? VOCAB_BOUND);
    default:
      return undefined;
  }
}

/** The hidden ≥ 2-D matrices (what Muon orthogonalises), grouped by shape in order of first appearance. */
export function hiddenMatrixShapes(task: unknown): Array<{ shape: [number, number]; names: string[] }> {
  const out: Array<{ shape: [number, number]; names: string[] }> = [];
  for (const p of taskParamShapes(task) ?? []) {
    if (p.role !== 'hidden' || p.shape.length < 2) continue;
    const shape: [number, number] = [p.shape[0], p.shape.slice(1).reduce((a, b) => a * b, 1)];
    const same = out.find((g) => g.shape[0] === shape[0] && g.shape[1] === shape[1]);
    if (same) same.names.push(p.name);
    else out.push({ shape, names: [p.name] });
  }
  return out;
}
