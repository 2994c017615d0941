/**
 * Validation of `*.optlab.json` text into an `ExperimentConfig` plus positioned problems (SPEC §2). Three
 * layers, each pointing at the exact token:
 * 1. syntax (JSONC: comments and trailing commas allowed; duplicate keys are errors),
 * 2. the JSON Schema of `schema.ts`, run with ajv (every error, each mapped to the node it is about),
 * 3. semantic rules the schema cannot express (task/optimizer compatibility, schedules built by the real
 *    schedule factory against the run length, sweeps, names, files).
 * The same function feeds VS Code diagnostics, `optlab validate` and `optlab run`, so they always agree.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import type { ExperimentConfig } from './types';
import type { JsonNode, JsonPath, ParsedDocument, Range } from './parse';
import { formatPath, keyNodeOf, parseDocument, propertiesOf, propertyNode, valueOf } from './parse';
import type { JsonSchema } from './schema';
import { ALL_SWEEP_KEYS, OPTLAB_SCHEMA, SCHEMA_OPTIMIZER_TYPES, optimizerOptionKeys, optionSchema, sweepableOptions, optimizerBaseLrs } from './schema';
import { confinedRealPath } from '../paths';
import { MAX_CORPUS_BYTES, MIN_CORPUS_CHARS } from '../tasks/corpus';
import { RESOURCE_LIMITS, drivingKey, estimateTask } from './resources';
import { CHAR_LM_DEFAULTS } from '../tasks/defaults';
import { MUON_TYPES, OPTIMIZER_DEFAULTS } from '../optimizers/defaults';
import { fmtBytes } from '../format';
import { jobId } from '../experiment';
import { DEFAULT_SEEDS } from './resolve';
import { buildSchedule, configUsesTotalSteps, ScheduleConfigError } from '../schedules';
import { cyclesMomentum } from '../torchSchedules';
import { cycledMomentumProblem } from '../optimizers/momentumCycling';
import type { OptimizerConfig } from '../optimizers/types';
import { SCHEDULE_FREE_TYPES } from '../optimizers/scheduleFreeTypes';
import type { ScheduleConfig } from './types';
import { isObj } from '../../guards';
import { firstControlChar } from '../../escape';
import type { Obj } from '../../guards';
import { checkTune } from '../tuning';

type Severity = 'error' | 'warning';

export interface Problem {
  message: string;
  range: Range;
  severity: Severity;
  /** Stable identifier of the rule (see `PROBLEM_CODES`), for quick fixes and tests. */
  code: string;
}

/** Every problem code, in one place. */
export const PROBLEM_CODES = Object.freeze({
  syntax: 'syntax',
  empty: 'empty-document',
  duplicateKey: 'duplicate-key',
  schemaUnknownKey: 'schema-unknown-key',
  schemaRequired: 'schema-required',
  schemaType: 'schema-type',
  schemaEnum: 'schema-enum',
  schemaRange: 'schema-range',
  schema: 'schema',
  muonNeedsMatrices: 'muon-needs-matrices',
  muonclipNeedsAttention: 'muonclip-needs-attention',
  schedule: 'schedule-invalid',
  scheduleLongerThanRun: 'schedule-longer-than-run',
  sweepUnknownOption: 'sweep-unknown-option',
  sweepInvalidOption: 'sweep-invalid-option',
  sweepValue: 'sweep-value',
  duplicateRunName: 'duplicate-run-name',
  unknownBaseline: 'unknown-baseline',
  bgdDatasetTooBig: 'bgd-dataset-too-big',
  corpusOutsideWorkspace: 'corpus-outside-workspace',
  corpusMissing: 'corpus-missing',
  corpusSize: 'corpus-size',
  targetMetric: 'target-metric-unavailable',
  headsDivideDModel: 'heads-divide-dmodel',
  duplicateSeed: 'duplicate-seed',
  evalEvery: 'eval-every-exceeds-steps',
  nesterov: 'nesterov-needs-momentum',
  nameTooLong: 'name-too-long',
  nameControlChar: 'name-control-character',
  nameSeparator: 'name-job-id-separator',
  jobIdCollision: 'job-id-collision',
  duplicateSweepValue: 'duplicate-sweep-value',
  tooManySteps: 'too-many-steps',
  tooManyJobs: 'too-many-jobs',
  tooLarge: 'task-too-large',
  nestingTooDeep: 'nesting-too-deep',
  cycledMomentum: 'cycled-momentum-unsupported',
  scheduleFreeNeedsConstant: 'schedule-free-needs-constant',
});

interface ValidateOptions {
  /** Path of the config file (its folder stands in for a missing `workspaceRoot`). */
  file?: string;
  /** Relative `corpus.file` paths resolve against this folder and must stay inside it. */
  workspaceRoot?: string;
}

interface ValidationResult {
  /** Present when there is no error (warnings allowed). The parsed value, defaults not applied. */
  config?: ExperimentConfig;
  problems: Problem[];
}

/** `file:line:col: message` with 1-based line and column, as compilers print (warnings say so). */
export function formatProblem(file: string, problem: Problem): string {
  const { line, character } = problem.range.start;
  return `${file}:${line + 1}:${character + 1}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

/** Limits of the semantic rules (documented in the messages). */
const LIMITS = Object.freeze({ bgdMaxSamples: 20000 });

// ---------------------------------------------------------------------------------------------------------
// Small helpers

const isPosInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
const has = (o: Obj, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function snippet(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 40 ? s.slice(0, 37) + '…' : s;
}

/** Levenshtein distance, for "did you mean" hints on typos. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

function didYouMean(word: string, options: readonly string[]): string {
  let best = '';
  let bestD = Infinity;
  for (const o of options) {
    const d = distance(word, o);
    if (d < bestD) { bestD = d; best = o; }
  }
  return best && bestD <= Math.max(1, Math.floor(best.length / 3)) ? ` — did you mean "${best}"?` : '';
}

/** Collects problems against one parsed document; every range comes from a tree node or an offset. */
class Reporter {
  readonly problems: Problem[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly doc: ParsedDocument) {}

  at(startOffset: number, endOffset: number, message: string, code: string, severity: Severity = 'error'): void {
    const range = this.doc.lines.range(startOffset, endOffset);
    const key = `${code}|${range.startOffset}|${range.endOffset}|${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push({ message, range, severity, code });
  }

  node(node: JsonNode, message: string, code: string, severity: Severity = 'error'): void {
    this.at(node.offset, node.offset + node.length, message, code, severity);
  }

  /** The node's key when it is an object member (e.g. `"optimizer"`), else its opening token. */
  keyOrOpening(node: JsonNode, message: string, code: string): void {
    const key = keyNodeOf(node);
    if (key) this.node(key, message, code);
    else this.at(node.offset, node.offset + 1, message, code);
  }
}

/** Node at a path; for duplicate keys the last one (the one whose value counts, as in JSON.parse). */
function find(root: JsonNode | undefined, p: JsonPath): JsonNode | undefined {
  let n = root;
  for (const seg of p) {
    if (!n) return undefined;
    if (n.type === 'object') {
      n = propertyNode(n, String(seg))?.children?.[1];
    } else if (n.type === 'array') {
      const i = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      n = i >= 0 ? n.children?.[i] : undefined;
    } else {
      return undefined;
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------------
// Layer 1: syntax and duplicate keys

function checkDuplicateKeys(node: JsonNode | undefined, r: Reporter): void {
  if (!node) return;
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const p of propertiesOf(node)) {
      const k = p.children?.[0];
      if (k && typeof k.value === 'string') {
        if (seen.has(k.value)) r.node(k, `duplicate key "${k.value}" (the last one wins; remove one)`, PROBLEM_CODES.duplicateKey);
        seen.add(k.value);
      }
    }
  }
  for (const c of node.children ?? []) checkDuplicateKeys(c, r);
}

// ---------------------------------------------------------------------------------------------------------
// Layer 2: JSON Schema (ajv)

/**
 * The schema validator is ajv's standalone code for `OPTLAB_SCHEMA`, generated ahead of time (see
 * `generated/schemaValidator.d.ts`): compiling this schema at run time takes ~1 s, which would freeze the
 * extension host on the first diagnostics, while loading the generated function takes milliseconds. It is
 * required on the first validation, not at start-up: the build keeps it in a file of its own (esbuild.js), so
 * activating the extension or starting a worker does not parse half a megabyte of code nobody calls yet.
 */
let generated: ValidateFunction | undefined;
const schemaValidator = (): ValidateFunction =>
  (generated ??= (require('./generated/schemaValidator') as typeof import('./generated/schemaValidator')).validate);

/** The sub-schema at a local `$ref` (`#/definitions/run`). */
function schemaAt(pointer: string): JsonSchema | undefined {
  let s: unknown = OPTLAB_SCHEMA;
  for (const seg of pointerToPath(pointer.replace(/^#/, ''))) {
    if (s === null || typeof s !== 'object') return undefined;
    s = (s as Record<string, unknown>)[seg];
  }
  return s !== null && typeof s === 'object' ? (s as JsonSchema) : undefined;
}

function deref(s: JsonSchema): JsonSchema {
  let cur = s;
  for (let i = 0; cur.$ref && i < 8; i++) cur = schemaAt(cur.$ref) ?? {};
  return cur;
}

/**
 * The schemas that apply to the value at an instance path: the schema reached through `properties`/`items`
 * plus, for objects dispatching on `type`, the branch their `type` selects. (ajv's `schemaPath` is relative
 * to the referenced definition and its `parentSchema` needs a slower `verbose` build, so we walk ourselves.)
 */
function schemasAt(segs: string[], value: unknown): JsonSchema[] {
  const expand = (list: JsonSchema[], v: unknown): JsonSchema[] =>
    list.flatMap((s) => {
      const d = deref(s);
      const branches = (d.allOf ?? []).filter((b) => b.then && isObj(v) && v.type === b.if?.properties?.type?.const).map((b) => deref(b.then as JsonSchema));
      return [d, ...branches];
    });
  let here = expand([OPTLAB_SCHEMA], value);
  let v = value;
  for (const seg of segs) {
    const next: JsonSchema[] = [];
    for (const s of here) {
      if (Array.isArray(v)) {
        if (s.items) next.push(s.items);
      } else if (s.properties && has(s.properties, seg)) {
        next.push(s.properties[seg]);
      } else if (typeof s.additionalProperties === 'object') {
        next.push(s.additionalProperties);
      }
    }
    v = Array.isArray(v) ? v[Number(seg)] : isObj(v) ? v[seg] : undefined;
    here = expand(next, v);
  }
  return here;
}

function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describeType(t: unknown): string {
  const one = (x: string): string => (x === 'integer' ? 'an integer' : x === 'array' ? 'an array' : x === 'object' ? 'an object' : `a ${x}`);
  return Array.isArray(t) ? t.map((x) => one(String(x))).join(' or ') : one(String(t));
}

const COMPARISON: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };

/** "One triple [a, b, c]." → "one triple [a, b, c]" (anyOf alternatives read as one sentence). */
function alternative(s: JsonSchema): string {
  const d = s.description;
  return d ? d.charAt(0).toLowerCase() + d.slice(1).replace(/\.$/, '') : describeType(s.type);
}

function schemaMessage(e: ErrorObject, data: unknown, where: string, parent: JsonSchema | undefined): { message: string; code: string } {
  const p = e.params as Record<string, unknown>;
  const got = snippet(data);
  switch (e.keyword) {
    case 'type':
      return { message: `${where} must be ${describeType(p.type)} (got ${got})`, code: PROBLEM_CODES.schemaType };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => String(v));
      const hint = typeof data === 'string' ? didYouMean(data, allowed) : '';
      return { message: `${where} must be one of ${allowed.join(', ')} (got ${got})${hint}`, code: PROBLEM_CODES.schemaEnum };
    }
    case 'const':
      return { message: `${where} must be ${snippet(p.allowedValue)} (got ${got})`, code: PROBLEM_CODES.schemaEnum };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { message: `${where} must be ${COMPARISON[String(p.comparison)] ?? String(p.comparison)} ${String(p.limit)} (got ${got})`, code: PROBLEM_CODES.schemaRange };
    case 'minItems':
    case 'maxItems': {
      const lo = parent?.minItems;
      const hi = parent?.maxItems;
      const n = Array.isArray(data) ? data.length : 0;
      const need = lo !== undefined && lo === hi ? `exactly ${lo}` : e.keyword === 'minItems' ? `at least ${String(p.limit)}` : `at most ${String(p.limit)}`;
      return { message: `${where} must have ${need} item${need.endsWith(' 1') ? '' : 's'} (got ${n})`, code: PROBLEM_CODES.schemaRange };
    }
    case 'minLength':
      return { message: `${where} must not be empty`, code: PROBLEM_CODES.schemaRange };
    case 'anyOf':
      return {
        message: `${where} must be ${(parent?.anyOf ?? []).map(alternative).join(' or ')} (got ${got})`,
        code: PROBLEM_CODES.schema,
      };
    default:
      return { message: `${where} ${e.message ?? 'is not valid'}`, code: PROBLEM_CODES.schema };
  }
}

function checkSchema(value: unknown, root: JsonNode, r: Reporter): void {
  const validate = schemaValidator();
  if (validate(value)) return;
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames' && e.propertyName === undefined);
  // An anyOf that failed is reported once, not once per alternative.
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const insideAnyOf = (e: ErrorObject): boolean =>
    anyOfs.some((a) => e.schemaPath.startsWith(a.schemaPath + '/') && (e.instancePath + '/').startsWith(a.instancePath + '/'));
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && insideAnyOf(e)) continue;
    const segs = pointerToPath(e.instancePath);
    const node = find(root, segs) ?? root;
    const path = formatPath(segs.map((s, i) => (find(root, segs.slice(0, i))?.type === 'array' ? Number(s) : s)));
    const where = path === '(root)' ? 'the experiment' : path;
    const schemas = schemasAt(segs, value);
    const parent: JsonSchema = Object.assign({}, ...schemas);
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(schemas.find((x) => x.additionalProperties === false)?.properties ?? {});
      const prop = propertyNode(node, key);
      const target = prop?.children?.[0] ?? node;
      r.node(target, `unknown key "${key}" in ${where}${didYouMean(key, allowed) || ` (allowed: ${allowed.join(', ')})`}`, PROBLEM_CODES.schemaUnknownKey);
    } else if (e.keyword === 'required') {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const typeEnum = missing === 'type' ? schemas.find((x) => x.properties?.type?.enum)?.properties?.type?.enum : undefined;
      r.keyOrOpening(
        node,
        `${where} is missing required key "${missing}"${typeEnum ? ` (one of ${typeEnum.join(', ')})` : ''}`,
        PROBLEM_CODES.schemaRequired,
      );
    } else {
      const { message, code } = schemaMessage(e, valueOf(node), where, parent);
      r.node(node, message, code);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Layer 3: semantic rules

const TASKS_WITH_MATRICES = new Set(['matrix', 'mlp', 'char_lm']);
const METRIC_TASK: Record<string, string> = { valAccuracy: 'mlp', valPerplexity: 'char_lm' };
const MLP_DEFAULT_SAMPLES = 2000;
const ALL_OPTION_KEYS = new Set(SCHEMA_OPTIMIZER_TYPES.flatMap(optimizerOptionKeys));

interface Ctx {
  r: Reporter;
  root: JsonNode;
  v: Obj;
  opts: ValidateOptions;
  /** Offsets of nodes that already carry a schema error (semantic checks skip them). */
  schemaErrorAt: (node: JsonNode | undefined) => boolean;
}

function checkTaskRules(c: Ctx): void {
  const task = c.v.task;
  if (!isObj(task)) return;
  if (task.type === 'char_lm') {
    const dModel = task.dModel === undefined ? CHAR_LM_DEFAULTS.dModel : task.dModel;
    const heads = task.heads === undefined ? CHAR_LM_DEFAULTS.heads : task.heads;
    if (isPosInt(dModel) && isPosInt(heads) && dModel % heads !== 0) {
      const node = find(c.root, ['task', task.heads !== undefined ? 'heads' : 'dModel']) ?? find(c.root, ['task'])!;
      c.r.node(node, `heads (${heads}) must divide dModel (${dModel}): each head gets dModel / heads dimensions`, PROBLEM_CODES.headsDivideDModel);
    }
    checkCorpus(c, task);
  }
}

function checkCorpus(c: Ctx, task: Obj): void {
  const corpus = task.corpus;
  if (!isObj(corpus) || typeof corpus.file !== 'string' || corpus.file === '') return;
  const node = find(c.root, ['task', 'corpus', 'file']);
  if (!node) return;
  // Resolved as the char_lm corpus loader does: against the workspace root (else the config's folder).
  const root = c.opts.workspaceRoot ?? (c.opts.file ? path.dirname(path.resolve(c.opts.file)) : undefined);
  const abs = path.resolve(root ?? '.', corpus.file);
  if (root !== undefined && !confinedRealPath(root, abs)) {
    c.r.node(node, `corpus.file "${corpus.file}" is outside the workspace (${path.resolve(root)}); only files inside it can be read`, PROBLEM_CODES.corpusOutsideWorkspace);
    return;
  }
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(abs);
  } catch {
    stat = undefined;
  }
  if (!stat) c.r.node(node, `corpus.file "${corpus.file}" not found (looked for ${abs})`, PROBLEM_CODES.corpusMissing);
  else if (!stat.isFile()) c.r.node(node, `corpus.file "${corpus.file}" is not a file (${abs})`, PROBLEM_CODES.corpusMissing);
  else if (stat.size > MAX_CORPUS_BYTES) {
    c.r.node(node, `corpus.file "${corpus.file}" has ${stat.size.toLocaleString('en-US')} bytes, more than the limit of ${MAX_CORPUS_BYTES / 2 ** 20} MiB`, PROBLEM_CODES.corpusSize);
  } else if (stat.size < MIN_CORPUS_CHARS) {
    // UTF-8 has at least one byte per character: fewer bytes than the minimum means too few characters.
    c.r.node(node, `corpus.file "${corpus.file}" is too small: ${stat.size} byte${stat.size === 1 ? '' : 's'}; char_lm needs at least ${MIN_CORPUS_CHARS} characters of text`, PROBLEM_CODES.corpusSize);
  }
}

function checkTopLevel(c: Ctx): void {
  const { v, r, root } = c;
  const steps = v.steps;
  if (isPosInt(steps) && isPosInt(v.evalEvery) && v.evalEvery > steps) {
    r.node(find(root, ['evalEvery'])!, `evalEvery (${v.evalEvery}) is larger than steps (${steps}): no evaluation would happen`, PROBLEM_CODES.evalEvery);
  }
  if (Array.isArray(v.seeds)) {
    const first = new Map<unknown, number>();
    v.seeds.forEach((s, i) => {
      if (typeof s !== 'number') return;
      if (first.has(s)) r.node(find(root, ['seeds', i])!, `duplicate seed ${s} (also seeds[${first.get(s)}]): it would repeat the same run`, PROBLEM_CODES.duplicateSeed);
      else first.set(s, i);
    });
  }
  const task = isObj(v.task) ? v.task : undefined;
  const taskType = typeof task?.type === 'string' ? task.type : undefined;
  const target = v.target;
  if (taskType && isObj(target) && typeof target.metric === 'string' && has(METRIC_TASK, target.metric) && METRIC_TASK[target.metric] !== taskType) {
    r.node(
      find(root, ['target', 'metric'])!,
      `target metric ${target.metric} is not produced by task ${taskType} (only ${METRIC_TASK[target.metric]} reports it)`,
      PROBLEM_CODES.targetMetric,
    );
  }
  const runs = Array.isArray(v.runs) ? v.runs : [];
  const names = runs.map((run) => (isObj(run) && typeof run.name === 'string' ? run.name : undefined));
  const firstIndex = new Map<string, number>();
  names.forEach((n, i) => {
    if (n === undefined) return;
    if (firstIndex.has(n)) r.node(find(root, ['runs', i, 'name'])!, `duplicate run name "${n}" (also runs[${firstIndex.get(n)}]); run names must be unique`, PROBLEM_CODES.duplicateRunName);
    else firstIndex.set(n, i);
  });
  if (typeof v.baseline === 'string' && v.baseline !== '' && !firstIndex.has(v.baseline)) {
    const known = [...firstIndex.keys()];
    r.node(
      find(root, ['baseline'])!,
      `baseline "${v.baseline}" names no run${didYouMean(v.baseline, known) || ` (runs: ${known.join(', ') || 'none'})`}`,
      PROBLEM_CODES.unknownBaseline,
    );
  }
}

function checkOptimizer(c: Ctx, i: number, taskType: string | undefined, task: Obj | undefined): void {
  const run = (c.v.runs as unknown[])[i];
  if (!isObj(run) || !isObj(run.optimizer) || typeof run.optimizer.type !== 'string') return;
  const opt = run.optimizer;
  const type = opt.type as string;
  const typeNode = find(c.root, ['runs', i, 'optimizer', 'type']);
  if (!typeNode) return;
  if (taskType && MUON_TYPES.includes(type) && !TASKS_WITH_MATRICES.has(taskType)) {
    c.r.node(typeNode, `${type} orthogonalises hidden 2-D weight matrices, and task ${taskType} has none (use matrix, mlp or char_lm, or another optimizer)`, PROBLEM_CODES.muonNeedsMatrices);
  } else if (taskType && type === 'muonclip' && taskType !== 'char_lm') {
    c.r.node(typeNode, `muonclip clips attention logits, and task ${taskType} has no attention (only char_lm has; use muon)`, PROBLEM_CODES.muonclipNeedsAttention);
  }
  if (type === 'bgd' && task) {
    if (taskType === 'char_lm') {
      c.r.node(typeNode, 'bgd uses the full training set every step, which is not possible for char_lm (use sgd or another optimizer)', PROBLEM_CODES.bgdDatasetTooBig);
    } else if (taskType === 'mlp') {
      const samples = task.samples === undefined ? MLP_DEFAULT_SAMPLES : task.samples;
      if (typeof samples === 'number' && samples > LIMITS.bgdMaxSamples) {
        c.r.node(typeNode, `bgd uses the full training set every step; mlp samples (${samples}) exceed the limit of ${LIMITS.bgdMaxSamples}`, PROBLEM_CODES.bgdDatasetTooBig);
      }
    }
  }
  if (type === 'sgd' || type === 'bgd' || type === 'momentum') {
    const nesterov = opt.nesterov === true;
    const d = OPTIMIZER_DEFAULTS[type];
    const momentum = opt.momentum === undefined ? d.momentum : opt.momentum;
    const dampening = opt.dampening === undefined ? d.dampening : opt.dampening;
    if (nesterov && typeof momentum === 'number' && typeof dampening === 'number' && (momentum <= 0 || dampening !== 0)) {
      c.r.node(find(c.root, ['runs', i, 'optimizer', 'nesterov'])!, 'nesterov momentum requires momentum > 0 and dampening 0 (as torch.optim.SGD)', PROBLEM_CODES.nesterov);
    }
  }
  if (SCHEDULE_FREE_TYPES.includes(type)) checkScheduleFree(c, i, type);
  checkSweep(c, i, type);
}

/**
 * Schedule-free optimizers replace the LR schedule (SPEC §11): the run's schedule (its own or the top-level one)
 * must be `constant` without warmup; the optimizer's `warmupSteps` warms up instead. The problem sits on the
 * schedule that breaks the rule.
 */
function checkScheduleFree(c: Ctx, i: number, type: string): void {
  const run = (c.v.runs as unknown[])[i] as Obj;
  const path: JsonPath | undefined = run.schedule !== undefined ? ['runs', i, 'schedule'] : c.v.schedule !== undefined ? ['schedule'] : undefined;
  if (!path) return;
  const sched = (path.length === 1 ? c.v.schedule : run.schedule) as Obj;
  const node = find(c.root, path);
  if (!node || !isObj(sched) || c.schemaErrorAt(node)) return;
  const name = typeof run.name === 'string' ? `run "${run.name}"` : `run ${i + 1}`;
  if (sched.type !== 'constant') {
    const msg = `${type} (${name}) schedules its own LR: the run's schedule must be "constant", not ${JSON.stringify(sched.type)}; use the optimizer's warmupSteps for a warmup`;
    c.r.node(find(node, ['type']) ?? node, msg, PROBLEM_CODES.scheduleFreeNeedsConstant);
  } else if (typeof sched.warmupSteps === 'number' && sched.warmupSteps > 0) {
    const msg = `${type} (${name}) warms up on its own: set warmupSteps on the optimizer, not on the schedule`;
    c.r.node(find(node, ['warmupSteps']) ?? node, msg, PROBLEM_CODES.scheduleFreeNeedsConstant);
  }
}

function checkSweep(c: Ctx, i: number, type: string): void {
  const run = (c.v.runs as unknown[])[i] as Obj;
  const sweepNode = find(c.root, ['runs', i, 'sweep']);
  if (!isObj(run.sweep) || !sweepNode || optimizerOptionKeys(type).length === 0) return;
  const sweepable = sweepableOptions(type);
  for (const prop of propertiesOf(sweepNode)) {
    const keyNode = prop.children?.[0];
    const key = keyNode?.value;
    if (!keyNode || typeof key !== 'string') continue;
    const s = optionSchema(type, key);
    if (!s) {
      const known = ALL_SWEEP_KEYS.includes(key) || ALL_OPTION_KEYS.has(key);
      c.r.node(
        keyNode,
        known
          ? `sweep option "${key}" is not an option of ${type} (sweepable: ${sweepable.join(', ')})`
          : `unknown sweep option "${key}"${didYouMean(key, sweepable) || ` (sweepable options of ${type}: ${sweepable.join(', ')})`}`,
        known ? PROBLEM_CODES.sweepInvalidOption : PROBLEM_CODES.sweepUnknownOption,
      );
      continue;
    }
    if (!sweepable.includes(key)) {
      c.r.node(keyNode, `option "${key}" of ${type} cannot be swept: only numeric options can (${sweepable.join(', ')})`, PROBLEM_CODES.sweepInvalidOption);
      continue;
    }
    const values = prop.children?.[1];
    if (values?.type !== 'array') continue;
    (values.children ?? []).forEach((vn) => {
      if (vn.type !== 'number' || typeof vn.value !== 'number') return;
      const bad = outOfRange(vn.value, s);
      if (bad) c.r.node(vn, `sweep value ${vn.value} for ${key} ${bad}`, PROBLEM_CODES.sweepValue);
    });
  }
}

function outOfRange(x: number, s: JsonSchema): string | undefined {
  if (s.type === 'integer' && !Number.isInteger(x)) return 'must be an integer';
  if (s.minimum !== undefined && x < s.minimum) return `must be ≥ ${s.minimum}`;
  if (s.maximum !== undefined && x > s.maximum) return `must be ≤ ${s.maximum}`;
  if (s.exclusiveMinimum !== undefined && x <= s.exclusiveMinimum) return `must be > ${s.exclusiveMinimum}`;
  if (s.exclusiveMaximum !== undefined && x >= s.exclusiveMaximum) return `must be < ${s.exclusiveMaximum}`;
  return undefined;
}

/** Builds each distinct schedule (top-level default and per-run overrides) with the real factory. */
function checkSchedules(c: Ctx): void {
  const steps = c.v.steps;
  if (!isPosInt(steps)) return;
  const paths: JsonPath[] = [];
  if (c.v.schedule !== undefined) paths.push(['schedule']);
  if (Array.isArray(c.v.runs)) c.v.runs.forEach((run, i) => { if (isObj(run) && run.schedule !== undefined) paths.push(['runs', i, 'schedule']); });
  for (const p of paths) {
    const node = find(c.root, p);
    if (!node || node.type !== 'object' || c.schemaErrorAt(node)) continue;
    const cfg = c.v.schedule;
    const sched = (p.length === 1 ? cfg : ((c.v.runs as unknown[])[p[1] as number] as Obj).schedule) as ScheduleConfig;
    try {
      buildSchedule(sched, steps, scheduleBaseLr(c, p));
    } catch (e) {
      if (!(e instanceof ScheduleConfigError)) throw e;
      // A field may name a list entry ("milestones/2"): the message goes on that entry's token.
      const fieldPath = e.field.split('/').map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
      const target = e.field === 'steps' ? find(c.root, ['steps']) : find(node, fieldPath) ?? find(node, [fieldPath[0]]) ?? keyNodeOf(node) ?? node;
      c.r.node(target ?? node, e.message, PROBLEM_CODES.schedule);
      continue;
    }
    lengthWarnings(c, node, sched, steps);
  }
  checkCycledMomentum(c);
}

/** Base LR for building a schedule at `p`: the run's lr (first group), or 1 for the default schedule. */
function scheduleBaseLr(c: Ctx, p: JsonPath): number {
  if (p.length === 1 || !Array.isArray(c.v.runs)) return 1;
  const run = c.v.runs[p[1] as number];
  const opt =
    isObj(run) && isObj(run.optimizer) && typeof run.optimizer.type === 'string' && SCHEMA_OPTIMIZER_TYPES.includes(run.optimizer.type)
      ? (run.optimizer as OptimizerConfig)
      : undefined;
  const lr = opt ? optimizerBaseLrs(opt)[0]?.lr : undefined;
  return typeof lr === 'number' && Number.isFinite(lr) && lr >= 0 ? lr : 1;
}

/**
 * A OneCycleLR / CyclicLR schedule that cycles the momentum needs an optimizer that follows it
 * (optimizers/momentumCycling.ts): the error goes on the run's optimizer type (or its momentum).
 */
function checkCycledMomentum(c: Ctx): void {
  if (!Array.isArray(c.v.runs)) return;
  c.v.runs.forEach((run, i) => {
    if (!isObj(run) || !isObj(run.optimizer) || typeof run.optimizer.type !== 'string') return;
    const sched = (isObj(run.schedule) ? run.schedule : c.v.schedule) as ScheduleConfig | undefined;
    if (!isObj(sched) || !cyclesMomentum(sched)) return;
    const problem = cycledMomentumProblem(run.optimizer as OptimizerConfig, sched.type);
    if (!problem) return;
    const opt = find(c.root, ['runs', i, 'optimizer']);
    const where = isObj(run.schedule) ? 'its schedule' : 'the default schedule';
    c.r.node(find(opt, [problem.key]) ?? find(opt, ['type']) ?? opt ?? c.root, `run ${JSON.stringify(run.name ?? i)}: ${where}: ${problem.message}`, PROBLEM_CODES.cycledMomentum);
  });
}

function lengthWarnings(c: Ctx, node: JsonNode, s: ScheduleConfig, steps: number): void {
  const w = s.warmupSteps ?? 0;
  const warn = (field: string, message: string): void => {
    c.r.node(find(node, [field]) ?? keyNodeOf(node) ?? node, message, PROBLEM_CODES.scheduleLongerThanRun, 'warning');
  };
  if (s.type === 'wsd') {
    const st = s.stableSteps ?? 0;
    const d = s.decaySteps ?? 0;
    const total = w + st + d;
    if (total > steps) {
      const field = w >= steps ? 'warmupSteps' : w + st >= steps ? 'stableSteps' : 'decaySteps';
      warn(
        has(s as unknown as Obj, field) ? field : 'type',
        `wsd phases (warmup ${w} + stable ${st} + decay ${d} = ${total} steps) are longer than the run (${steps} steps): ${
          field === 'decaySteps' ? 'the decay never finishes' : field === 'stableSteps' ? 'the decay never starts' : 'the run never leaves warmup'
        }`,
      );
    }
  } else if (!configUsesTotalSteps(s) && w >= steps) {
    warn('warmupSteps', `warmupSteps (${w}) ≥ steps (${steps}): the run never leaves warmup`);
  }
}

const codePoint = (ch: string): string => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

/**
 * Names and job ids (SPEC §13): names are bounded (they name files), and every job (run × sweep value × seed)
 * gets an id — its metrics file name — that no other job shares, compared case-insensitively since macOS and
 * Windows file systems are. Ids come from the same `jobId` the experiment uses, so this is exact.
 */
function checkNamesAndJobs(c: Ctx): void {
  const { v, root } = c;
  const limit = RESOURCE_LIMITS.nameLength;
  const expControl = typeof v.name === 'string' ? firstControlChar(v.name) : undefined;
  if (expControl) {
    c.r.node(find(root, ['name'])!, `experiment name contains the control character U+${codePoint(expControl)}; names are shown in tables and files`, PROBLEM_CODES.nameControlChar);
  } else if (typeof v.name === 'string' && v.name.length > limit) {
    c.r.node(find(root, ['name'])!, `experiment name is ${v.name.length} characters; the limit is ${limit} (it names the results folder)`, PROBLEM_CODES.nameTooLong);
  }
  const runs = Array.isArray(v.runs) ? v.runs : [];
  const seeds = Array.isArray(v.seeds) && v.seeds.length ? v.seeds.filter((s): s is number => typeof s === 'number') : DEFAULT_SEEDS;
  /** Run index owning each job id (for one seed; see below). */
  const owner = new Map<string, number>();
  let jobs = 0;
  runs.forEach((run, i) => {
    if (!isObj(run) || typeof run.name !== 'string') return;
    const control = firstControlChar(run.name);
    if (control) {
      c.r.node(find(root, ['runs', i, 'name'])!, `run name contains the control character U+${codePoint(control)}; names are shown in tables and files`, PROBLEM_CODES.nameControlChar);
      return;
    }
    if (run.name.includes('__')) {
      // "__" separates the parts of a job id (run, sweep value, tuning trial, seed): a name holding it could
      // spell another job's id.
      c.r.node(find(root, ['runs', i, 'name'])!, `run name "${run.name}" contains "__", which separates the parts of job ids (run__lr=…__trial…__s0); use another separator`, PROBLEM_CODES.nameSeparator);
      return;
    }
    if (run.name.length > limit) {
      c.r.node(find(root, ['runs', i, 'name'])!, `run name is ${run.name.length} characters; the limit is ${limit} (it names the run's metrics files)`, PROBLEM_CODES.nameTooLong);
      return;
    }
    const sweepEntry = isObj(run.sweep) ? Object.entries(run.sweep)[0] : undefined;
    const values = sweepEntry && Array.isArray(sweepEntry[1]) ? sweepEntry[1] : undefined;
    const variants: ({ key: string; value: number; index: number } | undefined)[] = values
      ? values.flatMap((x, k) => (typeof x === 'number' ? [{ key: sweepEntry![0], value: x, index: k }] : []))
      : [undefined];
    const seenValue = new Map<number, number>();
    for (const variant of variants) {
      if (variant) {
        const node = find(root, ['runs', i, 'sweep', variant.key, variant.index])!;
        if (seenValue.has(variant.value)) {
          c.r.node(node, `duplicate sweep value ${variant.value} (also at index ${seenValue.get(variant.value)}): it would repeat the same jobs`, PROBLEM_CODES.duplicateSweepValue);
          continue;
        }
        seenValue.set(variant.value, variant.index);
      }
      // Seeds are distinct (checked below) and only add "__s<seed>" to an id: two runs' jobs collide exactly
      // when their ids for one seed do, so one id per run × sweep value decides, and the job count is a product.
      jobs += seeds.length;
      const shown = jobId(run.name, seeds[0] ?? 0, variant);
      const prev = owner.get(shown.toLowerCase());
      if (prev !== undefined && prev !== i) {
        c.r.node(
          find(root, ['runs', i, 'name'])!,
          `run "${run.name}" would write the same files as runs[${prev}] ("${shown}"): names may differ only in letters, digits, '_', '.', '-' and not by case alone`,
          PROBLEM_CODES.jobIdCollision,
        );
        return;
      }
      owner.set(shown.toLowerCase(), i);
    }
  });
  if (jobs > RESOURCE_LIMITS.jobs) {
    c.r.node(find(root, ['runs'])!, `the experiment has ${jobs} jobs (runs × sweep values × seeds); the limit is ${RESOURCE_LIMITS.jobs}`, PROBLEM_CODES.tooManyJobs);
  }
}

/** Sizes that cannot fit are refused before anything is allocated (SPEC §13, README "Limits"). */
function checkResources(c: Ctx): void {
  const { v, root } = c;
  if (typeof v.steps === 'number' && v.steps > RESOURCE_LIMITS.steps && !c.schemaErrorAt(find(root, ['steps']))) {
    c.r.node(find(root, ['steps'])!, `steps ${v.steps} is above the limit of ${RESOURCE_LIMITS.steps.toLocaleString('en-US')}`, PROBLEM_CODES.tooManySteps);
  }
  const task = v.task;
  if (!isObj(task) || c.schemaErrorAt(find(root, ['task']))) return;
  const est = estimateTask(task);
  if (!est || est.totalBytes <= RESOURCE_LIMITS.jobBytes) return;
  const key = drivingKey(task);
  const node = (key && find(root, ['task', key])) || find(root, ['task', 'type']) || find(root, ['task'])!;
  c.r.node(
    node,
    `task too large: one job would need ≈ ${fmtBytes(est.totalBytes)} (parameters, gradients and optimizer state ${fmtBytes(est.paramBytes + est.stateBytes)}, activations ${fmtBytes(est.activationBytes)}, data ${fmtBytes(est.dataBytes)}); the limit is ${fmtBytes(RESOURCE_LIMITS.jobBytes)}${key ? ` — reduce ${key}` : ''}`,
    PROBLEM_CODES.tooLarge,
  );
}

function checkSemantics(c: Ctx): void {
  checkNamesAndJobs(c);
  checkResources(c);
  checkTopLevel(c);
  checkTaskRules(c);
  const task = isObj(c.v.task) ? c.v.task : undefined;
  const taskType = typeof task?.type === 'string' && ['function2d', 'matrix', 'mlp', 'char_lm'].includes(task.type) ? task.type : undefined;
  if (Array.isArray(c.v.runs)) for (let i = 0; i < c.v.runs.length; i++) checkOptimizer(c, i, taskType, task);
  checkSchedules(c);
  for (const t of checkTune(c.v)) {
    const node = find(c.root, t.path);
    if (!node || c.schemaErrorAt(node)) continue;
    c.r.node((t.key ? keyNodeOf(node) : undefined) ?? node, t.message, t.code);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Entry point

const VALUE_EXPECTED = parseDocument('').syntaxErrors[0]?.message;

/** Parses and validates a config text; problems are sorted by position. */
export function validateConfig(text: string, opts: ValidateOptions = {}): ValidationResult {
  const doc = parseDocument(text);
  const r = new Reporter(doc);
  const root = doc.root;
  const onlyComments = !root && doc.syntaxErrors.every((e) => e.message === VALUE_EXPECTED);
  if (onlyComments) {
    r.at(0, 0, 'empty document: expected an experiment object { "name", "task", "steps", "runs" }', PROBLEM_CODES.empty);
    return { problems: r.problems };
  }
  for (const e of doc.syntaxErrors) r.at(e.startOffset, e.endOffset, e.message, PROBLEM_CODES.syntax);
  if (!root) return { problems: sortProblems(r.problems) };
  checkDuplicateKeys(root, r);
  const value = valueOfTree(root);
  const before = r.problems.length;
  checkSchema(value, root, r);
  const schemaProblems = r.problems.slice(before);
  const schemaErrorAt = (node: JsonNode | undefined): boolean =>
    !!node && schemaProblems.some((p) => p.range.startOffset >= node.offset && p.range.endOffset <= node.offset + node.length);
  if (isObj(value)) checkSemantics({ r, root, v: value, opts, schemaErrorAt });
  const problems = sortProblems(r.problems);
  const ok = !problems.some((p) => p.severity === 'error');
  return ok ? { config: value as unknown as ExperimentConfig, problems } : { problems };
}

function valueOfTree(root: JsonNode): unknown {
  const conv = (n: JsonNode): unknown => {
    switch (n.type) {
      case 'object': {
        const o: Obj = {};
        for (const p of propertiesOf(n)) {
          const k = p.children?.[0];
          const val = p.children?.[1];
          // defineProperty: a "__proto__" key is data, not a prototype change.
          if (k && typeof k.value === 'string' && val) {
            Object.defineProperty(o, k.value, { value: conv(val), enumerable: true, writable: true, configurable: true });
          }
        }
        return o;
      }
      case 'array':
        return (n.children ?? []).map(conv);
      default:
        return n.value;
    }
  };
  return conv(root);
}

function sortProblems(p: Problem[]): Problem[] {
  return p.sort((a, b) => a.range.startOffset - b.range.startOffset || a.range.endOffset - b.range.endOffset);
}
