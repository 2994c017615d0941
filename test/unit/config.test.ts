import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LineIndex, parseDocument } from '../../src/core/config/parse';
import { listPresets, presetConfigText, PRESETS, scaledWsd } from '../../src/core/config/presets';
import type { Problem } from '../../src/core/config/validate';
import { formatProblem, PROBLEM_CODES, validateConfig } from '../../src/core/config/validate';
import { Prng } from '../../src/core/tasks/prng';

// ---------------------------------------------------------------------------------------------------------
// Helpers

const lines = (...l: string[]): string => l.join('\n') + '\n';

/** Asserts one problem with `code` whose range starts at (line, character) (0-based) and covers `token`. */
function expectAt(text: string, code: string, line: number, character: number, token: string, severity: 'error' | 'warning' = 'error'): Problem {
  const { problems } = validateConfig(text);
  const p = problems.find((q) => q.code === code && q.range.start.line === line && q.range.start.character === character);
  assert.ok(p, `no ${code} at ${line}:${character}; got:\n${problems.map((q) => `${q.code} ${q.range.start.line}:${q.range.start.character} ${q.message}`).join('\n')}`);
  assert.strictEqual(text.slice(p.range.startOffset, p.range.endOffset), token, `token of ${code}`);
  assert.strictEqual(p.severity, severity);
  assert.ok(p.message.length > 0);
  return p;
}

function codes(text: string, opts = {}): string[] {
  return validateConfig(text, opts).problems.map((p) => p.code);
}

function clean(text: string, opts = {}): void {
  const r = validateConfig(text, opts);
  assert.deepStrictEqual(r.problems.map((p) => `${p.code} ${p.range.start.line}:${p.range.start.character} ${p.message}`), []);
  assert.ok(r.config, 'config returned');
}

/** A valid experiment on `task` with the given runs (one run per line, for predictable positions). */
function experiment(task: string, runs: string[], extra: string[] = []): string {
  return lines(
    '{',
    '  "name": "t",',
    `  "task": ${task},`,
    '  "steps": 600,',
    ...extra,
    '  "runs": [',
    ...runs.map((r, i) => `    ${r}${i < runs.length - 1 ? ',' : ''}`),
    '  ]',
    '}',
  );
}

const CHAR_LM = '{ "type": "char_lm", "layers": 2, "dModel": 64, "heads": 4, "context": 64, "batchSize": 16 }';
const ADAMW = '{ "name": "adamw", "optimizer": { "type": "adamw", "lr": 3e-3 } }';

/** SPEC §2's example, verbatim (comments included). */
const SPEC_EXAMPLE = lines(
  '{',
  '  "name": "muon-vs-adamw",',
  '  "task": { "type": "char_lm", "layers": 2, "dModel": 64, "heads": 4, "context": 64, "batchSize": 16 },',
  '  "steps": 600, "seeds": [0, 1, 2], "evalEvery": 50,',
  '  "target": { "metric": "valLoss", "value": 2.0 },',
  '  "schedule": { "type": "warmup_cosine", "warmupSteps": 60, "minLrRatio": 0.1 },   // default for every run',
  '  "baseline": "adamw",',
  '  "runs": [',
  '    { "name": "adamw", "optimizer": { "type": "adamw", "lr": 3e-3, "betas": [0.9, 0.95], "weightDecay": 0.1 } },',
  '    { "name": "hybrid", "optimizer": { "type": "hybrid", "muon": { "lr": 0.02 }, "adamw": { "lr": 3e-3 } },',
  '      "schedule": { "type": "wsd", "warmupSteps": 60, "stableSteps": 420, "decaySteps": 120 } },',
  '    { "name": "lion", "optimizer": { "type": "lion", "lr": 3e-4 }, "sweep": { "lr": [1e-4, 3e-4, 1e-3] } }',
  '  ]',
  '}',
);

// ---------------------------------------------------------------------------------------------------------

describe('config: parsing', () => {
  it('maps offsets to 0-based lines and characters for \\n, \\r\\n and lone \\r', () => {
    const idx = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepStrictEqual(idx.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(idx.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(idx.positionAt(5), { line: 1, character: 2 });
    assert.deepStrictEqual(idx.positionAt(7), { line: 2, character: 0 });
    assert.deepStrictEqual(idx.positionAt(10), { line: 3, character: 0 });
    assert.deepStrictEqual(idx.positionAt(99), { line: 3, character: 2 });
    assert.strictEqual(idx.offsetAt({ line: 2, character: 1 }), 8);
    assert.strictEqual(idx.lineCount, 4);
  });

  it('accepts comments and trailing commas', () => {
    const text = lines(
      '// leading comment',
      '{',
      '  /* block',
      '     comment */ "name": "c",',
      '  "task": { "type": "matrix", "problem": "lowrank", }, // trailing comma in an object',
      '  "steps": 100,',
      '  "seeds": [0, 1,],',
      '  "runs": [ { "name": "a", "optimizer": { "type": "muon", }, }, ],',
      '}',
    );
    const doc = parseDocument(text);
    assert.deepStrictEqual(doc.syntaxErrors, []);
    clean(text);
  });

  it('accepts the SPEC §2 example as is', () => clean(SPEC_EXAMPLE));
});

describe('config: exact ranges of broken configs', () => {
  it('missing comma: at the next property', () => {
    const text = lines('{', '  "name": "x"', '  "steps": 10', '}');
    expectAt(text, PROBLEM_CODES.syntax, 2, 2, '"steps"');
  });

  it('missing closing brace: at the end of the document', () => {
    const text = '{\n  "name": "x",\n  "steps": 10\n';
    const p = validateConfig(text).problems.find((q) => q.code === PROBLEM_CODES.syntax);
    assert.ok(p);
    assert.deepStrictEqual(p.range.start, { line: 3, character: 0 });
    assert.ok(/closing brace/.test(p.message), p.message);
  });

  it('unterminated string', () => {
    const text = lines('{', '  "name": "x,', '}');
    const p = validateConfig(text).problems.find((q) => q.code === PROBLEM_CODES.syntax);
    assert.ok(p);
    assert.strictEqual(p.range.start.line, 1);
  });

  it('wrong type: at the value', () => {
    const text = experiment(CHAR_LM, [ADAMW]).replace('"steps": 600', '"steps": "600"');
    const p = expectAt(text, PROBLEM_CODES.schemaType, 3, 11, '"600"');
    assert.match(p.message, /steps must be an integer/);
  });

  it('unknown key: at the key, with a suggestion', () => {
    const text = experiment(CHAR_LM, ['{ "name": "a", "optimizer": { "type": "adamw", "lr": 1e-3, "weightDecy": 0.1 } }']);
    const p = expectAt(text, PROBLEM_CODES.schemaUnknownKey, 5, 63, '"weightDecy"');
    assert.match(p.message, /runs\[0\]\.optimizer/);
    assert.match(p.message, /did you mean "weightDecay"/);
  });

  it('unknown key at the top level and in a schedule', () => {
    const text = experiment(CHAR_LM, [ADAMW], ['  "schedule": { "type": "wsd", "numCycles": 1 },', '  "extra": true,']);
    expectAt(text, PROBLEM_CODES.schemaUnknownKey, 4, 31, '"numCycles"');
    expectAt(text, PROBLEM_CODES.schemaUnknownKey, 5, 2, '"extra"');
  });

  it('missing required key in a member object: at its key', () => {
    const text = experiment(CHAR_LM, [ADAMW], ['  "target": { "metric": "valLoss" },']);
    const p = expectAt(text, PROBLEM_CODES.schemaRequired, 4, 2, '"target"');
    assert.match(p.message, /"value"/);
  });

  it('missing required key at the root: at the opening brace', () => {
    const text = lines('// no runs', '{ "name": "x", "task": { "type": "mlp", "dataset": "moons" }, "steps": 5 }');
    const p = expectAt(text, PROBLEM_CODES.schemaRequired, 1, 0, '{');
    assert.match(p.message, /"runs"/);
  });

  it('missing required key in an array element: at the element\'s brace', () => {
    const text = experiment(CHAR_LM, [ADAMW, '{ "optimizer": { "type": "lion" } }']);
    const p = expectAt(text, PROBLEM_CODES.schemaRequired, 6, 4, '{');
    assert.match(p.message, /runs\[1\].*"name"/);
  });

  it('missing optimizer type: at the "optimizer" key, listing the types', () => {
    const text = experiment(CHAR_LM, ['{ "name": "a", "optimizer": { "lr": 1 } }']);
    const p = expectAt(text, PROBLEM_CODES.schemaRequired, 5, 19, '"optimizer"');
    assert.match(p.message, /sgd, bgd, momentum/);
  });

  it('unknown enum value: at the value, with a suggestion', () => {
    const text = experiment(CHAR_LM, ['{ "name": "a", "optimizer": { "type": "adamx" } }']);
    const p = expectAt(text, PROBLEM_CODES.schemaEnum, 5, 42, '"adamx"');
    assert.match(p.message, /did you mean "adam/);
  });

  it('out-of-range option and wrong tuple length', () => {
    const text = experiment(CHAR_LM, ['{ "name": "a", "optimizer": { "type": "adam", "lr": -1, "betas": [0.9] } }']);
    expectAt(text, PROBLEM_CODES.schemaRange, 5, 56, '-1');
    const p = expectAt(text, PROBLEM_CODES.schemaRange, 5, 69, '[0.9]');
    assert.match(p.message, /exactly 2 items/);
  });

  it('nsCoefficients that are neither a triple nor a list of triples: one problem', () => {
    const text = experiment(CHAR_LM, ['{ "name": "m", "optimizer": { "type": "muon", "nsCoefficients": [1, 2] } }']);
    const ps = validateConfig(text).problems;
    assert.strictEqual(ps.length, 1, ps.map((p) => p.message).join('\n'));
    expectAt(text, PROBLEM_CODES.schema, 5, 68, '[1, 2]');
  });

  it('duplicate key: at the second key', () => {
    const text = lines('{', '  "name": "a",', '  "name": "b",', '  "task": { "type": "matrix", "problem": "regression" }, "steps": 5,', `  "runs": [${ADAMW}]`, '}');
    expectAt(text, PROBLEM_CODES.duplicateKey, 2, 2, '"name"');
  });

  it('comments before an error do not shift positions; CRLF gives the same positions', () => {
    const base = experiment(CHAR_LM, ['{ "name": "a", "optimizer": { "type": "adam", "lr": -1 } }']);
    const withComment = base.replace('  "name": "t",', '  /* c */ "name": "t", // x');
    expectAt(withComment, PROBLEM_CODES.schemaRange, 5, 56, '-1');
    const crlf = base.replace(/\n/g, '\r\n');
    const p = expectAt(crlf, PROBLEM_CODES.schemaRange, 5, 56, '-1');
    assert.ok(p.range.startOffset > base.indexOf('-1'), 'offsets count the \\r characters');
  });

  it('empty document', () => {
    for (const text of ['', '  // nothing\n', '/* a */\n\n']) {
      const { problems, config } = validateConfig(text);
      assert.deepStrictEqual(problems.map((p) => [p.code, p.range.start.line, p.range.start.character]), [[PROBLEM_CODES.empty, 0, 0]]);
      assert.strictEqual(config, undefined);
    }
    const p = expectAt('[1]\n', PROBLEM_CODES.schemaType, 0, 0, '[1]');
    assert.match(p.message, /the experiment must be an object/);
  });

  it('formatProblem prints file:line:col (1-based)', () => {
    const text = experiment(CHAR_LM, ['{ "name": "a", "optimizer": { "type": "adam", "lr": -1 } }']);
    const p = validateConfig(text).problems[0];
    assert.strictEqual(formatProblem('exp.optlab.json', p), `exp.optlab.json:6:57: ${p.message}`);
    assert.strictEqual(formatProblem('f', { ...p, severity: 'warning' }), `f:6:57: warning: ${p.message}`);
  });
});

describe('config: semantic rules', () => {
  const F2D = '{ "type": "function2d", "fn": "rosenbrock" }';
  const MLP = '{ "type": "mlp", "dataset": "spirals" }';
  const MATRIX = '{ "type": "matrix", "problem": "lowrank" }';

  it('muon / muonclip / hybrid need hidden matrices (function2d has none)', () => {
    for (const t of ['muon', 'muonclip', 'hybrid']) {
      const text = experiment(F2D, [`{ "name": "a", "optimizer": { "type": "${t}" } }`]);
      const p = expectAt(text, PROBLEM_CODES.muonNeedsMatrices, 5, 42, `"${t}"`);
      assert.match(p.message, /function2d/);
    }
    for (const task of [MLP, MATRIX, CHAR_LM]) clean(experiment(task, ['{ "name": "a", "optimizer": { "type": "muon" } }']));
  });

  it('muonclip needs attention (only char_lm)', () => {
    for (const task of [MLP, MATRIX]) {
      expectAt(experiment(task, ['{ "name": "a", "optimizer": { "type": "muonclip" } }']), PROBLEM_CODES.muonclipNeedsAttention, 5, 42, '"muonclip"');
    }
    clean(experiment(CHAR_LM, ['{ "name": "a", "optimizer": { "type": "muonclip", "qkClipThreshold": 50 } }']));
  });

  it('warmupSteps ≥ steps is an error for schedules that use the total (from the schedule factory)', () => {
    const text = experiment(CHAR_LM, [ADAMW], ['  "schedule": { "type": "warmup_cosine", "warmupSteps": 600 },']);
    const p = expectAt(text, PROBLEM_CODES.schedule, 4, 56, '600');
    assert.match(p.message, /warmupSteps/);
    const runOverride = experiment(CHAR_LM, ['{ "name": "a", "optimizer": { "type": "sgd" }, "schedule": { "type": "linear", "warmupSteps": 900 } }']);
    expectAt(runOverride, PROBLEM_CODES.schedule, 5, 98, '900');
  });

  describe('PyTorch schedules (SPEC §12): errors at the offending token', () => {
    /** Column of `needle` on line `line` (0-based), plus `shift`. */
    const col = (text: string, line: number, needle: string, shift = 0): number => {
      const c = text.split('\n')[line].indexOf(needle);
      assert.ok(c >= 0, `${needle} not on line ${line}`);
      return c + shift;
    };
    const withSchedule = (sched: string, opt = ADAMW): string => experiment(CHAR_LM, [opt], [`  "schedule": ${sched},`]);

    it('milestones not increasing: at the entry that breaks the order', () => {
      const text = withSchedule('{ "type": "multistep", "milestones": [100, 300, 250] }');
      const p = expectAt(text, PROBLEM_CODES.schedule, 4, col(text, 4, '250'), '250');
      assert.match(p.message, /strictly increasing.*milestones\[2\]/);
      const zero = withSchedule('{ "type": "multistep", "milestones": [0, 10] }');
      expectAt(zero, PROBLEM_CODES.schemaRange, 4, col(zero, 4, '0,'), '0');
    });
    it('stepSizeUp 0 and a non-positive gamma: range errors at the value', () => {
      const text = withSchedule('{ "type": "cyclic", "baseLr": 1e-4, "maxLr": 1e-3, "stepSizeUp": 0 }', '{ "name": "m", "optimizer": { "type": "momentum" } }');
      expectAt(text, PROBLEM_CODES.schemaRange, 4, col(text, 4, '0 }'), '0');
      const g = withSchedule('{ "type": "exponential", "gamma": 0 }');
      expectAt(g, PROBLEM_CODES.schemaRange, 4, col(g, 4, '0 }'), '0');
    });
    it('cyclic: maxLr < baseLr at maxLr; a missing baseLr at the schedule key', () => {
      const text = withSchedule('{ "type": "cyclic", "baseLr": 1e-2, "maxLr": 1e-3, "cycleMomentum": false }');
      const p = expectAt(text, PROBLEM_CODES.schedule, 4, col(text, 4, '1e-3'), '1e-3');
      assert.match(p.message, /maxLr .* must be ≥ baseLr/);
      const missing = withSchedule('{ "type": "cyclic", "maxLr": 1e-3, "cycleMomentum": false }');
      const q = expectAt(missing, PROBLEM_CODES.schedule, 4, 2, '"schedule"');
      assert.match(q.message, /needs "baseLr"/);
      assert.strictEqual(validateConfig(missing).problems.length, 1, 'one message, not a schema duplicate');
    });
    it('required torch arguments: stepSize, gamma of exponential, t0', () => {
      for (const [sched, key] of [['{ "type": "step" }', 'stepSize'], ['{ "type": "exponential" }', 'gamma'], ['{ "type": "cosine_restarts", "tMult": 2 }', 't0']]) {
        const text = withSchedule(sched);
        const p = expectAt(text, PROBLEM_CODES.schedule, 4, 2, '"schedule"');
        assert.ok(p.message.includes(`"${key}"`), p.message);
      }
    });
    it('onecycle: pctStart × steps = 1 is an error at pctStart; a warmup as long as the run at warmupSteps', () => {
      // 600 steps − 596 warmup = 4 OneCycle steps; 0.25 × 4 = 1.
      const text = withSchedule('{ "type": "onecycle", "warmupSteps": 596, "pctStart": 0.25 }');
      expectAt(text, PROBLEM_CODES.schedule, 4, col(text, 4, '0.25'), '0.25');
      const long = withSchedule('{ "type": "onecycle", "warmupSteps": 600 }');
      expectAt(long, PROBLEM_CODES.schedule, 4, col(long, 4, '600'), '600');
      const tmax = withSchedule('{ "type": "cosine_annealing", "warmupSteps": 600 }');
      expectAt(tmax, PROBLEM_CODES.schedule, 4, col(tmax, 4, '600'), '600');
      clean(withSchedule('{ "type": "cosine_annealing", "tMax": 100, "warmupSteps": 500 }'));
    });
    it('a cycled momentum needs an optimizer that follows it: error at its type or its momentum', () => {
      const ada = experiment(CHAR_LM, ['{ "name": "a", "optimizer": { "type": "adagrad" } }'], ['  "schedule": { "type": "onecycle" },']);
      const p = expectAt(ada, PROBLEM_CODES.cycledMomentum, 6, col(ada, 6, '"adagrad"'), '"adagrad"');
      assert.match(p.message, /cycleMomentum/);
      const sgd0 = experiment(CHAR_LM, ['{ "name": "s", "optimizer": { "type": "sgd", "momentum": 0 }, "schedule": { "type": "onecycle" } }']);
      expectAt(sgd0, PROBLEM_CODES.cycledMomentum, 5, col(sgd0, 5, '0 }'), '0');
      const adamCyclic = experiment(CHAR_LM, ['{ "name": "c", "optimizer": { "type": "adam" }, "schedule": { "type": "cyclic", "baseLr": 1e-4, "maxLr": 1e-3 } }']);
      expectAt(adamCyclic, PROBLEM_CODES.cycledMomentum, 5, col(adamCyclic, 5, '"adam"'), '"adam"');
      // Negative controls: the same schedules with a follower, or with cycleMomentum false, are clean.
      clean(experiment(CHAR_LM, ['{ "name": "a", "optimizer": { "type": "adagrad" } }'], ['  "schedule": { "type": "onecycle", "cycleMomentum": false },']));
      clean(experiment(CHAR_LM, ['{ "name": "n", "optimizer": { "type": "nag", "lr": 0.1 }, "schedule": { "type": "cyclic", "baseLr": 1e-4, "maxLr": 1e-3 } }']));
      clean(experiment(CHAR_LM, [ADAMW], ['  "schedule": { "type": "onecycle", "warmupSteps": 30, "threePhase": true },']));
    });
  });

  it('wsd phases longer than the run: a warning at the phase that overflows; config still returned', () => {
    const text = experiment(CHAR_LM, [ADAMW], ['  "schedule": { "type": "wsd", "warmupSteps": 60, "stableSteps": 420, "decaySteps": 200 },']);
    const p = expectAt(text, PROBLEM_CODES.scheduleLongerThanRun, 4, 84, '200', 'warning');
    assert.match(p.message, /680/);
    assert.ok(validateConfig(text).config, 'warnings do not block');
    const noDecay = experiment(CHAR_LM, [ADAMW], ['  "schedule": { "type": "wsd", "warmupSteps": 60, "stableSteps": 600, "decaySteps": 10 },']);
    expectAt(noDecay, PROBLEM_CODES.scheduleLongerThanRun, 4, 65, '600', 'warning');
    clean(experiment(CHAR_LM, [ADAMW], ['  "schedule": { "type": "wsd", "warmupSteps": 60, "stableSteps": 420, "decaySteps": 120 },']));
  });

  it('sweep: unknown option, option of another optimizer, non-numeric option, out-of-range value', () => {
    const text = experiment(CHAR_LM, [
      '{ "name": "a", "optimizer": { "type": "adamw" }, "sweep": { "lrr": [1] } }',
      '{ "name": "b", "optimizer": { "type": "adamw" }, "sweep": { "momentum": [0.9] } }',
      '{ "name": "c", "optimizer": { "type": "adamw" }, "sweep": { "betas": [0.9] } }',
      '{ "name": "d", "optimizer": { "type": "hybrid" }, "sweep": { "lr": [0.01] } }',
      '{ "name": "e", "optimizer": { "type": "adamw" }, "sweep": { "lr": [1e-3, -1] } }',
    ]);
    assert.match(expectAt(text, PROBLEM_CODES.sweepUnknownOption, 5, 64, '"lrr"').message, /did you mean "lr"/);
    assert.match(expectAt(text, PROBLEM_CODES.sweepInvalidOption, 6, 64, '"momentum"').message, /not an option of adamw/);
    expectAt(text, PROBLEM_CODES.sweepInvalidOption, 7, 64, '"betas"');
    assert.match(expectAt(text, PROBLEM_CODES.sweepInvalidOption, 8, 65, '"lr"').message, /muon\.lr/);
    expectAt(text, PROBLEM_CODES.sweepValue, 9, 77, '-1');
    clean(experiment(CHAR_LM, ['{ "name": "h", "optimizer": { "type": "hybrid" }, "sweep": { "muon.lr": [0.01, 0.02], "adamw.weightDecay": [0, 0.1] } }']));
  });

  it('duplicate run names: at the second name', () => {
    const text = experiment(CHAR_LM, [ADAMW, '{ "name": "adamw", "optimizer": { "type": "lion" } }']);
    assert.match(expectAt(text, PROBLEM_CODES.duplicateRunName, 6, 14, '"adamw"').message, /runs\[0\]/);
  });

  it('baseline naming no run', () => {
    const text = experiment(CHAR_LM, [ADAMW], ['  "baseline": "adam",']);
    assert.match(expectAt(text, PROBLEM_CODES.unknownBaseline, 4, 14, '"adam"').message, /did you mean "adamw"/);
    clean(experiment(CHAR_LM, [ADAMW], ['  "baseline": "adamw",']));
  });

  it('bgd on a dataset too big: char_lm, or mlp with > 20000 samples', () => {
    const bgd = '{ "name": "b", "optimizer": { "type": "bgd", "lr": 0.1 } }';
    expectAt(experiment(CHAR_LM, [bgd]), PROBLEM_CODES.bgdDatasetTooBig, 5, 42, '"bgd"');
    expectAt(experiment('{ "type": "mlp", "dataset": "moons", "samples": 20001 }', [bgd]), PROBLEM_CODES.bgdDatasetTooBig, 5, 42, '"bgd"');
    clean(experiment('{ "type": "mlp", "dataset": "moons", "samples": 20000 }', [bgd]));
    clean(experiment(MLP, [bgd]));
    clean(experiment(F2D, [bgd]));
  });

  describe('corpus.file', () => {
    let root: string;
    before(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-cfg-'));
      fs.mkdirSync(path.join(root, 'data'));
      fs.writeFileSync(path.join(root, 'data', 'text.txt'), 'hello world\n'.repeat(100));
      fs.writeFileSync(path.join(os.tmpdir(), 'optlab-outside.txt'), 'x');
    });
    after(() => fs.rmSync(root, { recursive: true, force: true }));
    const task = (file: string): string => `{ "type": "char_lm", "corpus": { "file": ${JSON.stringify(file)} } }`;

    it('inside the workspace and present: fine', () => {
      clean(experiment(task('data/text.txt'), [ADAMW]), { workspaceRoot: root, file: path.join(root, 'a.optlab.json') });
    });
    it('outside the workspace: error at the path', () => {
      const text = experiment(task('../optlab-outside.txt'), [ADAMW]);
      expectAtOpts(text, { workspaceRoot: root }, PROBLEM_CODES.corpusOutsideWorkspace, 2, 51, '"../optlab-outside.txt"');
      const abs = experiment(task(path.join(os.tmpdir(), 'optlab-outside.txt')), [ADAMW]);
      assert.ok(codes(abs, { workspaceRoot: root }).includes(PROBLEM_CODES.corpusOutsideWorkspace));
    });
    it('missing, or a folder: error at the path', () => {
      expectAtOpts(experiment(task('data/nope.txt'), [ADAMW]), { workspaceRoot: root }, PROBLEM_CODES.corpusMissing, 2, 51, '"data/nope.txt"');
      assert.ok(codes(experiment(task('data'), [ADAMW]), { workspaceRoot: root }).includes(PROBLEM_CODES.corpusMissing));
    });
  });

  it('target metric must be produced by the task', () => {
    expectAt(experiment(CHAR_LM, [ADAMW], ['  "target": { "metric": "valAccuracy", "value": 0.9 },']), PROBLEM_CODES.targetMetric, 4, 24, '"valAccuracy"');
    expectAt(experiment(MLP, [ADAMW], ['  "target": { "metric": "valPerplexity", "value": 3 },']), PROBLEM_CODES.targetMetric, 4, 24, '"valPerplexity"');
    clean(experiment(MLP, [ADAMW], ['  "target": { "metric": "valAccuracy", "value": 0.9 },']));
    clean(experiment(CHAR_LM, [ADAMW], ['  "target": { "metric": "valPerplexity", "value": 3 },']));
  });

  it('heads must divide dModel (defaults 64 / 4 count)', () => {
    expectAt(experiment('{ "type": "char_lm", "dModel": 64, "heads": 5 }', [ADAMW]), PROBLEM_CODES.headsDivideDModel, 2, 54, '5');
    expectAt(experiment('{ "type": "char_lm", "heads": 3 }', [ADAMW]), PROBLEM_CODES.headsDivideDModel, 2, 40, '3');
    expectAt(experiment('{ "type": "char_lm", "dModel": 30 }', [ADAMW]), PROBLEM_CODES.headsDivideDModel, 2, 41, '30');
  });

  it('duplicate seeds: at the repeated seed', () => {
    expectAt(experiment(CHAR_LM, [ADAMW], ['  "seeds": [0, 1, 0],']), PROBLEM_CODES.duplicateSeed, 4, 18, '0');
  });

  it('evalEvery larger than steps', () => {
    expectAt(experiment(CHAR_LM, [ADAMW], ['  "evalEvery": 601,']), PROBLEM_CODES.evalEvery, 4, 15, '601');
    clean(experiment(CHAR_LM, [ADAMW], ['  "evalEvery": 600,']));
  });

  it('nesterov needs momentum and no dampening (torch.optim.SGD rule)', () => {
    expectAt(experiment(CHAR_LM, ['{ "name": "s", "optimizer": { "type": "sgd", "nesterov": true } }']), PROBLEM_CODES.nesterov, 5, 61, 'true');
    clean(experiment(CHAR_LM, ['{ "name": "s", "optimizer": { "type": "sgd", "nesterov": true, "momentum": 0.9 } }']));
    clean(experiment(CHAR_LM, ['{ "name": "s", "optimizer": { "type": "momentum", "nesterov": true } }']));
  });

  it('semantic errors withhold the config; a clean config is returned as parsed', () => {
    assert.strictEqual(validateConfig(experiment(CHAR_LM, [ADAMW], ['  "evalEvery": 601,'])).config, undefined);
    const r = validateConfig(SPEC_EXAMPLE);
    assert.strictEqual(r.config?.runs[1].schedule?.type, 'wsd');
    assert.deepStrictEqual(r.config?.seeds, [0, 1, 2]);
  });
});

function expectAtOpts(text: string, opts: object, code: string, line: number, character: number, token: string): void {
  const { problems } = validateConfig(text, opts);
  const p = problems.find((q) => q.code === code);
  assert.ok(p, `no ${code}: ${problems.map((q) => q.code + ' ' + q.message).join('; ')}`);
  assert.deepStrictEqual(p.range.start, { line, character });
  assert.strictEqual(text.slice(p.range.startOffset, p.range.endOffset), token);
}

describe('config: presets', () => {
  it('lists the four SPEC §7 presets with descriptions', () => {
    assert.deepStrictEqual(listPresets().map((p) => p.id), ['small', 'medium', 'large', 'finetune']);
    for (const p of listPresets()) assert.ok(p.label && p.description);
    assert.deepStrictEqual(PRESETS.map((p) => p.id), ['small', 'medium', 'large', 'finetune']);
  });

  for (const { id } of listPresets()) {
    it(`${id} validates cleanly (also at 1000 and 20 steps)`, () => {
      clean(presetConfigText(id));
      clean(presetConfigText(id, { steps: 1000, name: 'x' }));
      clean(presetConfigText(id, { steps: 20 }));
      assert.strictEqual(PRESETS.find((p) => p.id === id)?.text(), presetConfigText(id));
    });
  }

  it('keeps the study\'s hyper-parameters and scales phases in steps', () => {
    const cfg = (id: 'small' | 'medium' | 'large' | 'finetune'): NonNullable<ReturnType<typeof validateConfig>['config']> => {
      const c = validateConfig(presetConfigText(id)).config;
      assert.ok(c);
      return c;
    };
    const small = cfg('small');
    assert.strictEqual(small.task.type, 'char_lm');
    assert.deepStrictEqual(small.runs[0].optimizer, { type: 'adamw', lr: 3e-4, betas: [0.9, 0.95], weightDecay: 0.1 });
    assert.deepStrictEqual({ ...small.schedule, warmupSteps: undefined }, { type: 'warmup_cosine', minLrRatio: 0.1, warmupSteps: undefined });
    const medium = cfg('medium');
    assert.deepStrictEqual(medium.runs[0].optimizer, { type: 'hybrid', muon: { lr: 0.02, weightDecay: 0.01 }, adamw: { lr: 1e-3, weightDecay: 0.01 } });
    const large = cfg('large');
    assert.deepStrictEqual(large.runs[0].optimizer, { type: 'hybrid', muon: { lr: 0.03 }, adamw: { lr: 1.5e-3 } });
    assert.deepStrictEqual(large.schedule, { type: 'wsd', warmupSteps: 19, stableSteps: 465, decaySteps: 116 });
    assert.strictEqual(large.steps, 600);
    const w = scaledWsd(258_000);
    assert.deepStrictEqual(w, { warmupSteps: 8000, stableSteps: 200_000, decaySteps: 50_000 });
    const ft = cfg('finetune');
    assert.deepStrictEqual(ft.runs[0].optimizer, { type: 'adamw', lr: 5e-5, betas: [0.9, 0.999], weightDecay: 0.01 });
    assert.deepStrictEqual(ft.schedule, { type: 'linear', warmupSteps: 30 });
    assert.deepStrictEqual(validateConfig(presetConfigText('finetune', { steps: 10000 })).config?.schedule, { type: 'linear', warmupSteps: 500 });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Fuzz: mutated configs never throw and every problem is well-formed.

const WRONG_VALUES = ['"x"', '[]', '{}', 'null', '-1', 'true', '1e999', '0', '[1, "a"]', '{"type": 3}', '"__proto__"', '""', '-0.5', '1.5'];
const RANDOM_CHARS = '{}[],:"/*\n\r\t 0123456789-.eE\\atrue';
const RANDOM_KEYS = ['type', 'lr', '__proto__', 'constructor', 'weightDecy', 'sweep', 'schedule', 'name', 'warmupSteps', 'file', 'z'];

function mutate(text: string, rnd: () => number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const at = (): number => Math.floor(rnd() * (text.length + 1));
  switch (Math.floor(rnd() * 8)) {
    case 0: { // delete a span
      const i = at();
      return text.slice(0, i) + text.slice(i + 1 + Math.floor(rnd() * 3));
    }
    case 1: { // duplicate a span
      const i = at();
      const n = 1 + Math.floor(rnd() * 20);
      return text.slice(0, i + n) + text.slice(i, i + n) + text.slice(i + n);
    }
    case 2: { // swap two characters
      const i = Math.floor(rnd() * Math.max(1, text.length - 1));
      return text.slice(0, i) + text.charAt(i + 1) + text.charAt(i) + text.slice(i + 2);
    }
    case 3: { // replace a value with a wrong type
      const re = /:\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)/g;
      const ms = [...text.matchAll(re)];
      if (!ms.length) return text;
      const m = pick(ms);
      const start = (m.index ?? 0) + m[0].length - m[1].length;
      return text.slice(0, start) + pick(WRONG_VALUES) + text.slice(start + m[1].length);
    }
    case 4: { // random key in an object
      const opens = [...text.matchAll(/\{/g)];
      if (!opens.length) return text;
      const i = (pick(opens).index ?? 0) + 1;
      return text.slice(0, i) + ` "${pick(RANDOM_KEYS)}": ${pick(WRONG_VALUES)},` + text.slice(i);
    }
    case 5: // truncation
      return text.slice(0, at());
    case 6: { // random character
      const i = at();
      return text.slice(0, i) + pick(RANDOM_CHARS.split('')) + text.slice(i);
    }
    default: { // swap two lines
      const ls = text.split('\n');
      const a = Math.floor(rnd() * ls.length);
      const b = Math.floor(rnd() * ls.length);
      [ls[a], ls[b]] = [ls[b], ls[a]];
      return ls.join('\n');
    }
  }
}

describe('config: fuzz', () => {
  it('1500 mutated configs: no exception; every problem has a message and a range inside the document', function () {
    this.timeout(120000);
    const seeds = [SPEC_EXAMPLE, ...listPresets().map((p) => presetConfigText(p.id)), experiment('{ "type": "mlp", "dataset": "moons", "samples": 30000 }', [
      '{ "name": "b", "optimizer": { "type": "bgd" }, "sweep": { "lr": [0.1, 1] } }',
      '{ "name": "m", "optimizer": { "type": "muon", "nsCoefficients": [[3, -4, 2], [3, -4, 2]], "fallback": { "lr": 1e-3 } } }',
    ], ['  "seeds": [1, 1],', '  "target": { "metric": "valAccuracy", "value": 0.9 },', '  "schedule": { "type": "inverse_sqrt", "warmupSteps": 10 },'])];
    const prng = new Prng(20240607);
    const rnd = (): number => prng.next();
    let withProblems = 0;
    let withConfig = 0;
    const N = 1500;
    for (let i = 0; i < N; i++) {
      let text = seeds[i % seeds.length];
      const n = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < n; k++) text = mutate(text, rnd);
      if (i % 5 === 0) text = text.replace(/\n/g, '\r\n');
      let r: ReturnType<typeof validateConfig>;
      try {
        r = validateConfig(text);
      } catch (e) {
        assert.fail(`validateConfig threw on case ${i}: ${e instanceof Error ? e.stack : String(e)}\n--- text ---\n${text}`);
      }
      const idx = new LineIndex(text);
      for (const p of r.problems) {
        const ctx = `case ${i}: ${p.code} ${JSON.stringify(p.range)} ${p.message}\n--- text ---\n${text}`;
        assert.ok(typeof p.message === 'string' && p.message.trim().length > 0, ctx);
        assert.ok(typeof p.code === 'string' && p.code.length > 0, ctx);
        assert.ok(p.severity === 'error' || p.severity === 'warning', ctx);
        assert.ok(p.range.startOffset >= 0 && p.range.startOffset <= p.range.endOffset && p.range.endOffset <= text.length, ctx);
        assert.deepStrictEqual(p.range.start, idx.positionAt(p.range.startOffset), ctx);
        assert.deepStrictEqual(p.range.end, idx.positionAt(p.range.endOffset), ctx);
        assert.ok(p.range.end.line < idx.lineCount, ctx);
      }
      if (r.problems.length) withProblems++;
      if (r.config) {
        withConfig++;
        assert.ok(!r.problems.some((p) => p.severity === 'error'), 'config only without errors');
      }
    }
    // The mutations must actually break things (and sometimes not): a fuzz that never finds problems tests nothing.
    assert.ok(withProblems > N * 0.5, `${withProblems} of ${N} mutated configs had problems`);
    assert.ok(withConfig > 0, 'some mutations keep the config valid');
  });
});
