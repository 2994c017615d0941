/**
 * One resolver (config/resolve.ts): for every optimizer type and every example and preset config, the hover's
 * LR model, the trainer's jobs and the optimizer it builds, and the exported script agree value for value on
 * the schedule, the steps, the evaluation interval, the seeds, the optimizer options and each group's base LR.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './helpers/paths';
import { initBackend } from '../../src/core/backend';
import { validateConfig } from '../../src/core/config/validate';
import type { ExperimentConfig } from '../../src/core/config/types';
import { resolveRuns } from '../../src/core/config/resolve';
import type { ResolvedRun } from '../../src/core/config/resolve';
import { SCHEMA_OPTIMIZER_TYPES } from '../../src/core/config/schema';
import { PRESETS } from '../../src/core/config/presets';
import { SCHEDULE_FREE_TYPES } from '../../src/core/optimizers/scheduleFreeTypes';
import { tuneOf } from '../../src/core/tuning';
import { expandJobs } from '../../src/core/experiment';
import { computeLrState } from '../../src/host/lrModel';
import { buildSchedule } from '../../src/core/schedules';
import { EXPORTABLE_OPTIMIZERS, exportRunAsPytorch } from '../../src/core/export/pytorchExport';
import { createTask } from '../../src/core/tasks';
import { createOptimizer } from '../../src/core/optimizers/registry';

const TINY_LM = { type: 'char_lm', layers: 1, dModel: 16, heads: 2, context: 8, batchSize: 2 };

/** Example and preset configs, plus one small config per optimizer type (defaults only, own schedule on one run). */
function cases(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const f of fs.readdirSync(path.join(ROOT, 'examples')).filter((x) => x.endsWith('.optlab.json')).sort()) {
    out.push({ name: `examples/${f}`, text: fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8') });
  }
  for (const p of PRESETS) out.push({ name: `preset ${p.id}`, text: p.text() });
  for (const type of SCHEMA_OPTIMIZER_TYPES) {
    const task = type === 'bgd' ? { type: 'mlp', dataset: 'moons', samples: 200 } : TINY_LM;
    // Schedule-free types schedule their own LR: the run's schedule must be constant.
    const scheduleFree = SCHEDULE_FREE_TYPES.includes(type);
    out.push({
      name: `type ${type}`,
      text: JSON.stringify({
        name: `t-${type}`, task, steps: 40, seeds: [3, 4], evalEvery: 7,
        schedule: scheduleFree ? { type: 'constant' } : { type: 'warmup_cosine', warmupSteps: 5, minLrRatio: 0.2 },
        runs: [
          { name: 'defaults', optimizer: { type } },
          { name: 'own-schedule', optimizer: { type }, schedule: scheduleFree ? { type: 'constant' } : { type: 'wsd', warmupSteps: 4, stableSteps: 20, decaySteps: 16 } },
        ],
      }),
    });
  }
  return out;
}

/** A settings line of an exported script (`NAME = literal`) as JSON. */
function pySetting(py: string, name: string): unknown {
  const m = new RegExp(`\\n${name} = ([\\s\\S]*?)(?:  #[^\\n]*)?\\n(?=[A-Z_]+ = |\\n)`).exec(py);
  assert.ok(m, `${name} not in script`);
  const json = m[1].replace(/\bTrue\b/g, 'true').replace(/\bFalse\b/g, 'false').replace(/\bNone\b/g, 'null').replace(/,(\s*[\]}])/g, '$1');
  return JSON.parse(json);
}

describe('one resolver: hover, trainer and export agree (property over types, examples, presets)', () => {
  before(async () => {
    await initBackend('cpu');
  });

  for (const c of cases()) {
    it(c.name, () => {
      const { config, problems } = validateConfig(c.text, { workspaceRoot: path.join(ROOT, 'examples') });
      assert.ok(config, problems.map((p) => p.message).join('; '));
      const resolved = resolveRuns(config);
      assert.ok(resolved.length >= config.runs.length);

      // Hover / LR panel: same groups and base LRs, same λ(t) at every step it draws.
      const lr = computeLrState(c.text, undefined, 100000);
      assert.deepStrictEqual(lr.errors, []);
      for (const r of resolved.filter((x) => !x.sweep || x.sweep.value === config.runs[x.index].sweep![x.sweep.key][0])) {
        const hover = lr.runs[r.index];
        const optimizerLrsChanged = r.sweep && r.sweep.key === 'lr';
        if (!optimizerLrsChanged) assert.deepStrictEqual(hover.groups.map((g) => [g.name, g.baseLr]), r.groups.map((g) => [g.name, g.baseLr]), r.run);
        const sched = buildSchedule(r.schedule, r.steps);
        const g = hover.groups[0];
        g.steps.forEach((t, i) => assert.ok(Math.abs(g.lr[i] - g.baseLr * sched.lambda(t)) <= 1e-12 * Math.max(1, g.baseLr), `${r.run} step ${t}`));
      }

      // Trainer: jobs carry exactly the resolved values, and the optimizer it builds has the resolved groups.
      const jobs = expandJobs(config);
      for (const r of resolved) {
        const mine = jobs.filter((j) => j.key.run === r.run && j.key.trial === undefined && j.key.sweep?.value === r.sweep?.value);
        assert.deepStrictEqual(mine.map((j) => j.key.seed), r.seeds);
        for (const j of mine) {
          assert.deepStrictEqual(j.schedule, r.schedule);
          assert.deepStrictEqual(j.optimizer, r.optimizer);
          assert.strictEqual(j.steps, r.steps);
          assert.strictEqual(j.evalEvery, r.evalEvery);
        }
      }
      checkBuiltGroups(config, resolved);

      // Export: the script's settings are the resolved values (first sweep value, as the script trains it).
      for (const run of config.runs) {
        const r: ResolvedRun = resolved.find((x) => x.index === config.runs.indexOf(run))!;
        if (!EXPORTABLE_OPTIMIZERS.includes(r.optimizer.type)) continue;
        // A tuned run exports the values tuning chose; here the resolved ones stand in for them.
        const py = exportRunAsPytorch(config, run.name, tuneOf(config, run) ? { tuned: { optimizer: r.optimizer, from: 'test' } } : {});
        assert.deepStrictEqual(pySetting(py, 'SCHEDULE'), r.schedule);
        assert.deepStrictEqual(pySetting(py, 'OPTIMIZER'), r.optimizer);
        assert.strictEqual(pySetting(py, 'STEPS'), r.steps);
        assert.strictEqual(pySetting(py, 'EVAL_EVERY'), r.evalEvery);
        assert.deepStrictEqual(pySetting(py, 'SEEDS'), r.seeds);
      }
    });
  }
});

/** Builds the task and each run's optimizer as the trainer does and compares its groups' base LRs. */
function checkBuiltGroups(config: ExperimentConfig, resolved: ResolvedRun[]): void {
  const task = createTask(config.task, 0, { workspaceRoot: path.join(ROOT, 'examples') });
  try {
    for (const r of resolved) {
      const opt = createOptimizer(task.params, r.optimizer);
      try {
        const built = opt.groups().map((g) => [g.name, g.baseLr]);
        assert.deepStrictEqual(built, r.groups.map((g) => [g.name, g.baseLr]), `${r.run}: trainer groups`);
      } finally {
        opt.dispose();
      }
    }
  } finally {
    task.dispose();
  }
}
