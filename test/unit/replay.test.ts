import * as assert from 'assert';
import * as path from 'path';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import { compareTrajectory, replay } from '../../src/core/replay';
import { OPTIMIZER_TYPES } from '../../src/core/optimizers/registry';
import { GOLDEN, ROOT, jsonFiles, readJson } from './helpers/paths';
import { describeOnEachBackend } from './helpers/backends';

interface Case {
  name: string;
  input: { optimizer: { type: string } };
  expected: Record<string, number[]>[];
  tol: number;
}

const fixtureFiles = jsonFiles(path.join(ROOT, 'test', 'fixtures', 'optimizers'));
const goldenFiles = jsonFiles(GOLDEN);

describe('replay against PyTorch trajectories', () => {
  it('has PyTorch fixtures for every optimizer type', () => {
    const covered = new Set(fixtureFiles.map((f) => readJson<Case>(f).input.optimizer.type));
    const missing = OPTIMIZER_TYPES.filter((t) => !covered.has(t));
    assert.deepStrictEqual(missing, [], `no fixture for: ${missing.join(', ')}`);
  });

  describeOnEachBackend((label) => {
    const cases = [
      ...fixtureFiles.map((f) => ({ f, label: `fixture ${path.basename(f, '.json')}` })),
      ...goldenFiles.map((f) => ({ f, label: `golden ${path.basename(f, '.json')}` })),
    ];
    for (const { f, label } of cases) {
      it(label, () => {
        const c = readJson<Case>(f);
        const before = tf.memory().numTensors;
        const out = replay(c.input);
        assert.strictEqual(tf.memory().numTensors, before, 'replay leaked tensors');
        const err = compareTrajectory(out.params, c.expected, c.tol);
        assert.strictEqual(err, undefined, err);
      });
    }
  });
});

describe('replay: momentum cycled by the schedule (OneCycleLR, CyclicLR)', () => {
  before(async () => {
    await initBackend('cpu');
  });
  // Negative control: the same fixtures replayed without the cycling (cycleMomentum false) must not match,
  // or the fixtures could not tell whether the optimizer follows the cycle.
  for (const name of ['sched_sgd_momentum_onecycle', 'sched_adam_onecycle_beta1', 'sched_momentum_cyclic']) {
    it(`${name}: without the cycled momentum the trajectory leaves the tolerance`, () => {
      const c = readJson<Case & { input: { schedule: Record<string, unknown> } }>(path.join(ROOT, 'test', 'fixtures', 'optimizers', `${name}.json`));
      const off = replay({ ...c.input, schedule: { ...c.input.schedule, cycleMomentum: false } });
      assert.notStrictEqual(compareTrajectory(off.params, c.expected, c.tol), undefined);
      assert.strictEqual(compareTrajectory(replay(c.input).params, c.expected, c.tol), undefined);
    });
  }
});
