import * as assert from 'assert';
import { initBackend } from '../../src/core/backend';
import { trainJob } from '../../src/core/trainer';
import type { MetricRow } from '../../src/core/events';
import type { Function2dTaskConfig } from '../../src/core/config/types';
import { contourGrid, contourLevels, contourSegments, gridCoord, jobPath, landscapeBox, landscapeModel } from '../../src/core/landscape';
import { parseMetrics, metricsCsv } from '../../src/core/results';
import { parseCsvRuns, parseJsonlRun, ImportError } from '../../src/core/importRuns';
import fixtures from '../fixtures/tasks.json';
import { DidChangeLandscapeStateNotification, OpenLandscapeCommand, ipcMessage, isLandscapeModel } from '../../src/protocol';
import type { CompareState, JobSeries } from '../../src/protocol';
import { LandscapeTracker, previewOf } from '../../src/host/landscapeState';
import { bandOf, fitBox, pointAtStep } from '../../webview/landscapeGeometry';
import { niceTicks } from '../../src/core/format';
import * as path from 'path';
import { renderReport } from '../../src/core/report';
import { ROOT } from './helpers/paths';

/** The four functions written out here from their textbook definitions, independently of src/. */
function reference(fn: string, x: number, y: number, kappa = 100): number {
  if (fn === 'rosenbrock') return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
  if (fn === 'rastrigin') return 2 * 10 + (x * x - 10 * Math.cos(2 * Math.PI * x)) + (y * y - 10 * Math.cos(2 * Math.PI * y));
  if (fn === 'beale') return Math.pow(1.5 - x + x * y, 2) + Math.pow(2.25 - x + x * y ** 2, 2) + Math.pow(2.625 - x + x * y ** 3, 2);
  return (x * x + kappa * y * y) / 2;
}

const ROSEN: Function2dTaskConfig = { type: 'function2d', fn: 'rosenbrock' };

describe('landscape', () => {
  describe('contour grid', () => {
    it('values at grid points are the task function (known values, by hand)', () => {
      const unit = { xMin: 0, xMax: 1, yMin: 0, yMax: 1 };
      // values[j·nx + i] = f(x_i, y_j): (0,0), (1,0), (0,1), (1,1).
      assert.deepStrictEqual(contourGrid(ROSEN, unit, 2).values, [1, 100, 101, 0]);
      const beale = contourGrid({ type: 'function2d', fn: 'beale' }, { xMin: 0, xMax: 3, yMin: 0, yMax: 0.5 }, 2).values;
      assert.strictEqual(beale[0], 1.5 ** 2 + 2.25 ** 2 + 2.625 ** 2); // 14.203125
      assert.strictEqual(beale[3], 0, 'Beale minimum f(3, 0.5) = 0');
      const rast = contourGrid({ type: 'function2d', fn: 'rastrigin' }, unit, 3).values;
      assert.ok(Math.abs(rast[0]) < 1e-12, 'Rastrigin f(0,0) = 0');
      assert.ok(Math.abs(rast[4] - 40.5) < 1e-12, 'Rastrigin f(0.5,0.5) = 20 + 0.25 + 10 + 0.25 + 10');
      assert.ok(Math.abs(rast[8] - 2) < 1e-12, 'Rastrigin f(1,1) = 2');
      assert.strictEqual(contourGrid({ type: 'function2d', fn: 'quadratic', condition: 100 }, unit, 2).values[3], 50.5);
      assert.strictEqual(contourGrid({ type: 'function2d', fn: 'quadratic', condition: 10 }, unit, 2).values[3], 5.5, 'the config condition is used');
    });

    it('values equal PyTorch f at the fixture points and the reference formulas at every grid point', () => {
      for (const c of fixtures.function2d) {
        const task = { type: 'function2d', fn: c.fn, condition: c.condition } as Function2dTaskConfig;
        const box = { xMin: c.start[0], xMax: c.start[0] + 1.3, yMin: c.start[1], yMax: c.start[1] + 0.7 };
        const g = contourGrid(task, box, 5);
        assert.ok(Math.abs(g.values[0] - c.value) <= 1e-9 * Math.max(1, Math.abs(c.value)), `${c.fn} at ${c.start}: ${g.values[0]} vs torch ${c.value}`);
        for (let j = 0; j < 5; j++) {
          for (let i = 0; i < 5; i++) {
            const want = reference(c.fn, box.xMin + (1.3 * i) / 4, box.yMin + (0.7 * j) / 4, c.condition);
            assert.ok(Math.abs(g.values[j * 5 + i] - want) <= 1e-9 * Math.max(1, Math.abs(want)), `${c.fn} grid (${i}, ${j})`);
          }
        }
      }
    });

    it('levels are log-spaced for Rosenbrock and the ill-conditioned quadratic, even for Rastrigin', () => {
      const model = landscapeModel(ROSEN, []);
      assert.strictEqual(model.scale, 'log');
      const ratios = model.levels.slice(1).map((l, k) => l / model.levels[k]);
      for (const r of ratios) assert.ok(Math.abs(r - ratios[0]) < 1e-9 * ratios[0], 'constant ratio between levels');
      assert.strictEqual(landscapeModel({ type: 'function2d', fn: 'quadratic' }, []).scale, 'log');
      const rast = landscapeModel({ type: 'function2d', fn: 'rastrigin' }, []);
      assert.strictEqual(rast.scale, 'linear');
      const steps = rast.levels.slice(1).map((l, k) => l - rast.levels[k]);
      for (const s of steps) assert.ok(Math.abs(s - steps[0]) < 1e-9 * steps[0], 'constant step between levels');
      // Negative control: a constant grid has no levels.
      assert.deepStrictEqual(contourLevels([3, 3, 3, 3]).levels, []);
    });

    it('contour segments lie on their level (the function at each endpoint)', () => {
      const task: Function2dTaskConfig = { type: 'function2d', fn: 'quadratic', condition: 10 };
      const box = { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
      const grid = contourGrid(task, box, 201);
      for (const level of [0.05, 0.5, 2]) {
        const seg = contourSegments(grid, level);
        assert.ok(seg.length > 100, `level ${level} has segments`);
        for (let k = 0; k < seg.length; k += 2) {
          const f = reference('quadratic', seg[k], seg[k + 1], 10);
          assert.ok(Math.abs(f - level) < 0.02 * level, `f(${seg[k]}, ${seg[k + 1]}) = ${f} vs level ${level}`);
        }
      }
      // A level above every value crosses nothing.
      assert.deepStrictEqual(contourSegments(grid, 1e9), []);
      assert.strictEqual(gridCoord(-1, 1, 200, 201), 1);
    });
  });

  describe('box', () => {
    it('contains start, minimum and every path point within reach, with a margin', () => {
      const path = { x: [-1.5, -0.9, 0.2, 1.7], y: [2, 0.4, -0.3, 2.9] };
      const b = landscapeBox([[-1.5, 2], [1, 1]], [path]);
      for (const [x, y] of [[-1.5, 2], [1, 1], ...path.x.map((x, k) => [x, path.y[k]])]) {
        assert.ok(x > b.xMin && x < b.xMax && y > b.yMin && y < b.yMax, `(${x}, ${y}) inside ${JSON.stringify(b)}`);
      }
      assert.ok(b.xMin < -1.5 - 0.1 && b.yMax > 2.9 + 0.1, 'margin around the content');
    });

    it('a diverging run leaves the frame instead of blowing the box up', () => {
      const b = landscapeBox([[-1.5, 2], [1, 1]], [{ x: [-1.5, -40, 1e6], y: [2, 80, -1e6] }]);
      assert.ok(b.xMax - b.xMin < 20 && b.yMax - b.yMin < 20, JSON.stringify(b));
      assert.ok(b.xMin < -1.5 && b.xMax > 1, 'start and minimum stay inside');
    });
  });

  describe('paths from a real run', () => {
    let rows: MetricRow[] = [];
    before(async () => {
      await initBackend('wasm');
      rows = [];
      const result = await trainJob(
        { key: { id: 'adam__s0', run: 'adam', seed: 0 }, task: ROSEN, optimizer: { type: 'adam', lr: 0.05 }, steps: 40, evalEvery: 10 },
        { emit: (e) => void (e.kind === 'metrics' && rows.push(...e.rows)), isCancelled: () => false, flushMs: 0 },
      );
      assert.strictEqual(result.status, 'done');
    });

    it('the trainer logs (x, y) after every step, and f there is the next step\'s loss', () => {
      assert.strictEqual(rows.length, 40);
      assert.ok(rows.every((r) => r.xy && r.xy.length === 2 && r.xy.every(Number.isFinite)));
      // Step t+1's loss is f at the position step t left: the logged xy is the parameter itself.
      for (let t = 0; t + 1 < rows.length; t++) {
        const [x, y] = rows[t].xy!;
        const f = reference('rosenbrock', x, y);
        assert.ok(Math.abs(f - rows[t + 1].loss) <= 1e-4 * Math.max(1, f), `step ${t}: f(xy) ${f} vs loss ${rows[t + 1].loss}`);
      }
      // Step 0's loss is f at the start: the path starts there.
      assert.ok(Math.abs(rows[0].loss - 12.5) < 1e-4);
      const eval10 = rows.find((r) => r.valLoss !== undefined)!;
      assert.ok(Math.abs(eval10.valLoss! - reference('rosenbrock', eval10.xy![0], eval10.xy![1])) < 1e-4 * Math.max(1, eval10.valLoss!));
    });

    it('paths are the start followed by the logged (x, y), inside the box', () => {
      const m = landscapeModel(ROSEN, [{ key: { id: 'adam__s0', run: 'adam', seed: 0 }, rows, status: 'done' }, { key: { id: 'adam__trial1__s0', run: 'adam', seed: 0, trial: 1 }, rows }]);
      assert.strictEqual(m.paths.length, 1, 'tuning trials are left out');
      const p = m.paths[0];
      assert.deepStrictEqual(p.x, [-1.5, ...rows.map((r) => r.xy![0])]);
      assert.deepStrictEqual(p.y, [2, ...rows.map((r) => r.xy![1])]);
      assert.deepStrictEqual(p.steps, [0, ...rows.map((r) => r.step + 1)]);
      assert.strictEqual(m.lastStep, 40);
      assert.deepStrictEqual(m.start, [-1.5, 2]);
      assert.deepStrictEqual(m.minimum, [1, 1]);
      const b = m.grid.box;
      for (let k = 0; k < p.x.length; k++) assert.ok(p.x[k] > b.xMin && p.x[k] < b.xMax && p.y[k] > b.yMin && p.y[k] < b.yMax);
      assert.strictEqual(m.contours.length, m.levels.length);
      assert.ok(m.contours.every((c) => c.segments.length > 0));
    });

    it('long paths are thinned with the last point kept', () => {
      const many: MetricRow[] = Array.from({ length: 5000 }, (_, t) => ({ step: t, loss: 1, lr: {}, gradNorm: 0, updateRms: 0, tokens: t, timeMs: t, xy: [t, -t] }));
      const p = jobPath([0, 0], many, 1000);
      assert.ok(p.steps.length <= 1001);
      assert.strictEqual(p.steps[p.steps.length - 1], 5000);
      assert.strictEqual(p.x[p.x.length - 1], 4999);
      p.steps.forEach((s, k) => assert.strictEqual(p.x[k], s === 0 ? 0 : s - 1));
    });

    it('results files keep xy: metrics.jsonl, and the CSV export re-imports it', () => {
      const text = rows.map((r) => JSON.stringify(r)).join('\n') + '\n{"step": 99, "loss": 1, "xy": [1, "a"]}\n{"step": 100, "loss": 2}\n';
      const parsed = parseMetrics(text);
      assert.deepStrictEqual(parsed.slice(0, rows.length).map((r) => r.xy), rows.map((r) => r.xy));
      assert.strictEqual(parsed[rows.length].xy, undefined, 'a malformed xy is dropped, the row kept');
      assert.strictEqual(parsed.length, rows.length + 2, 'rows without xy (older files) still load');
      const csv = metricsCsv({ dir: '/x', config: { name: 'n', task: ROSEN, steps: 40, runs: [] }, jobs: [{ key: { id: 'adam__s0', run: 'adam', seed: 0 }, rows, qkclip: [] }] });
      assert.match(csv.split('\n')[0], /,x,y$/);
      const back = parseCsvRuns(csv, 'export.csv');
      assert.strictEqual(back.length, 1);
      assert.deepStrictEqual(back[0].rows.map((r) => r.xy), rows.map((r) => r.xy));
      const noXy = metricsCsv({ dir: '/x', config: { name: 'n', task: ROSEN, steps: 1, runs: [] }, jobs: [{ key: { id: 'a__s0', run: 'a', seed: 0 }, rows: [{ step: 0, loss: 1, lr: {}, gradNorm: 0, updateRms: 0, tokens: 1, timeMs: 0 }], qkclip: [] }] });
      assert.doesNotMatch(noXy.split('\n')[0], /,x,y/, 'no position columns for other tasks');
    });

    it('optlab import reads xy from metrics.jsonl and rejects a malformed one with its line', () => {
      const ok = parseJsonlRun('{"step": 0, "loss": 3, "xy": [0.5, -0.25]}\n{"step": 1, "loss": 2}\n', '/tmp/metrics.jsonl');
      assert.deepStrictEqual(ok.rows[0].xy, [0.5, -0.25]);
      assert.throws(() => parseJsonlRun('{"step": 0, "loss": 3}\n{"step": 1, "loss": 2, "xy": [1]}\n', '/tmp/metrics.jsonl'), (e: unknown) => e instanceof ImportError && /metrics\.jsonl:2: "xy"/.test((e as Error).message));
    });
  });

  describe('protocol', () => {
    const model = () => JSON.parse(JSON.stringify(landscapeModel(ROSEN, [{ key: { id: 'a__s0', run: 'a', seed: 0 }, rows: [{ step: 0, loss: 12.5, lr: {}, gradNorm: 1, updateRms: 0, tokens: 1, timeMs: 0, xy: [-1.4, 1.9] }] }], { gridSize: 12 })));

    it('accepts a real model and rejects malformed ones', () => {
      const ok = ipcMessage(DidChangeLandscapeStateNotification, { title: 't', source: 'experiment', model: model(), running: false });
      assert.ok(DidChangeLandscapeStateNotification.is(ok));
      assert.ok(DidChangeLandscapeStateNotification.is(ipcMessage(DidChangeLandscapeStateNotification, { running: true, message: 'nothing yet' })));
      const bad: [string, (m: Record<string, any>) => void][] = [
        ['grid shorter than nx·ny', (m) => m.grid.values.pop()],
        ['a string among grid values', (m) => (m.grid.values[3] = '1')],
        ['an empty box', (m) => (m.grid.box.xMax = m.grid.box.xMin)],
        ['nx not an integer', (m) => (m.grid.nx = 11.5)],
        ['unknown function', (m) => (m.fn = 'himmelblau')],
        ['start not a pair', (m) => (m.start = [1])],
        ['path x and steps of different lengths', (m) => m.paths[0].x.push(1)],
        ['unknown job status', (m) => (m.paths[0].status = 'exploded')],
        ['odd segment list', (m) => m.contours[0].segments.push(0)],
        ['scale neither log nor linear', (m) => (m.scale = 'sqrt')],
        ['paths not an array', (m) => (m.paths = {})],
      ];
      for (const [what, spoil] of bad) {
        const m = model();
        spoil(m);
        assert.ok(!isLandscapeModel(m), what);
        assert.ok(!DidChangeLandscapeStateNotification.is(ipcMessage(DidChangeLandscapeStateNotification, { running: false, model: m })), what);
      }
      assert.ok(!DidChangeLandscapeStateNotification.is({ id: 1, method: 'landscape/didChangeState', params: { model: model() } }), 'running missing');
      assert.ok(!DidChangeLandscapeStateNotification.is({ id: 1, method: 'landscape/didChangeState', params: { running: false, source: 'disk' } }), 'unknown source');
      assert.ok(OpenLandscapeCommand.is(ipcMessage(OpenLandscapeCommand, {})));
      assert.ok(!OpenLandscapeCommand.is({ id: 1, method: 'compare/openLandscape', params: 3 }));
    });
  });

  describe('host state (live folding and config preview)', () => {
    const key = (run: string, seed: number) => ({ id: `${run}__s${seed}`, run, seed });
    const row = (step: number, xy?: [number, number]): MetricRow => ({ step, loss: 1, lr: {}, gradNorm: 0, updateRms: 0, tokens: step + 1, timeMs: step, ...(xy ? { xy } : {}) });
    const full = (task: CompareState['experiment'] extends infer E ? E extends { task?: infer T } ? T : never : never, jobs: JobSeries[], running: boolean): CompareState => ({
      experiment: { name: 'lab', dir: '/r/lab/t', startedAt: 't', task }, jobs, running, trusted: true, experiments: [],
    });

    it('paths grow with live deltas, and only function2d experiments get a model', () => {
      const tr = new LandscapeTracker();
      tr.applyFull(full(ROSEN, [{ key: key('adam', 0), status: 'running', rows: [row(0, [-1.4, 1.9])], qkclip: [] }], true));
      assert.deepStrictEqual(tr.state().model?.paths[0].x, [-1.5, -1.4]);
      assert.strictEqual(tr.applyDelta({ jobs: [{ key: key('adam', 0), rows: [row(1, [-1.3, 1.8]), row(2, [-1.2, 1.7])] }], running: true }), true);
      const s = tr.state();
      assert.deepStrictEqual(s.model?.paths[0].x, [-1.5, -1.4, -1.3, -1.2]);
      assert.strictEqual(s.model?.lastStep, 3);
      assert.strictEqual(s.running, true);
      assert.strictEqual(s.source, 'experiment');
      tr.applyFull(full({ type: 'mlp', dataset: 'moons' }, [], false));
      assert.strictEqual(tr.state().model, undefined);
      assert.match(tr.state().message ?? '', /not a function2d experiment/);
      assert.strictEqual(tr.applyDelta({ jobs: [{ key: key('adam', 0), rows: [row(3, [0, 0])] }], running: false }), false, 'no redraw for other tasks');
    });

    it('previews a function2d config until its run is shown', () => {
      const text = '{ // lab\n "name": "lab", "task": { "type": "function2d", "fn": "quadratic", "condition": 10, "start": [2, 1] }, "steps": 5, "runs": [] }';
      const p = previewOf(text, 'lab.optlab.json');
      assert.deepStrictEqual(p, { name: 'lab', task: { type: 'function2d', fn: 'quadratic', condition: 10, start: [2, 1] } });
      assert.strictEqual(previewOf('{ "task": { "type": "mlp" } }', 'x'), undefined);
      assert.deepStrictEqual(previewOf('{ "task": { "type": "function2d", "fn": "beale", "condition": -1, "start": [1] } }', 'b.optlab.json'), { name: 'b.optlab.json', task: { type: 'function2d', fn: 'beale' } });
      const tr = new LandscapeTracker();
      tr.preview = p;
      const s = tr.state();
      assert.strictEqual(s.source, 'config');
      assert.deepStrictEqual(s.model?.start, [2, 1]);
      assert.strictEqual(s.model?.condition, 10);
      assert.deepStrictEqual(s.model?.paths, []);
      tr.applyFull(full({ type: 'function2d', fn: 'quadratic', condition: 10, start: [2, 1] }, [{ key: key('sgd', 0), status: 'running', rows: [], qkclip: [] }], true));
      assert.strictEqual(tr.state().source, 'experiment', 'the run of the previewed config replaces the preview');
    });
  });

  describe('page geometry', () => {
    it('pointAtStep finds the last point at or before a step', () => {
      const steps = [0, 1, 2, 5, 9];
      assert.deepStrictEqual([0, 1, 3, 5, 8, 9, 100].map((s) => pointAtStep(steps, s)), [0, 1, 2, 3, 3, 4, 4]);
      assert.strictEqual(pointAtStep([], 3), -1);
    });
    it('fitBox keeps one scale for both axes; ticks are round; bands count levels', () => {
      const v = fitBox({ xMin: -2, xMax: 2, yMin: 0, yMax: 1 }, { left: 0, top: 0, width: 400, height: 400 });
      assert.strictEqual(v.px(2) - v.px(-2), 400);
      assert.strictEqual(v.py(0) - v.py(1), 100);
      assert.strictEqual(v.py(0.5), 200, 'centred vertically');
      assert.deepStrictEqual(niceTicks(-1.875, 1.375, 5), [-1.5, -1, -0.5, 0, 0.5, 1]);
      assert.deepStrictEqual([0, 1, 5, 100].map((x) => bandOf([1, 10], x)), [0, 1, 1, 2]);
    });
  });

  describe('report.html', () => {
    const rowsOf = (pts: [number, number][]): MetricRow[] => pts.map((xy, t) => ({ step: t, loss: 1, lr: { default: 0.1 }, gradNorm: 1, updateRms: 0.1, tokens: t + 1, timeMs: t, xy }));
    const jobs = [
      { key: { id: 'adam__s0', run: 'adam', seed: 0 }, rows: rowsOf([[-1.2, 1.8], [-0.8, 1.2], [0.2, 0.3]]), qkclip: [] },
      { key: { id: 'adam__s1', run: 'adam', seed: 1 }, rows: rowsOf([[-1.3, 1.9], [-0.9, 1.3]]), qkclip: [] },
      { key: { id: '<script>x__s0', run: '<script>x', seed: 0 }, rows: rowsOf([[-1.4, 2.0]]), qkclip: [] },
    ];

    it('a function2d experiment gets the landscape SVG: one polyline per job, the logged points, names escaped', () => {
      const html = renderReport({ dir: '/r', config: { name: 'lab', task: ROSEN, steps: 3, runs: [] }, jobs }, path.join(ROOT, 'dist'));
      const svg = /<svg class="landscape"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
      assert.ok(svg, 'landscape svg present');
      assert.strictEqual((svg.match(/<polyline /g) ?? []).length, 3);
      assert.strictEqual((svg.match(/<path class="lsc"/g) ?? []).length, landscapeModel(ROSEN, jobs, { gridSize: 72 }).contours.filter((c) => c.segments.length).length);
      // Point counts: the start plus each logged position.
      const counts = [...svg.matchAll(/<polyline points="([^"]*)"/g)].map((m) => m[1].split(' ').length).sort();
      assert.deepStrictEqual(counts, [2, 3, 4]);
      assert.ok(!svg.includes('<script>x'), 'run names are escaped');
      assert.ok(svg.includes('&lt;script&gt;x'));
      assert.match(html, /<h2>Landscape<\/h2>/);
    });

    it('other tasks get no landscape', () => {
      const html = renderReport({ dir: '/r', config: { name: 'mlp', task: { type: 'mlp', dataset: 'moons' }, steps: 3, runs: [] }, jobs: jobs.map((j) => ({ ...j, rows: j.rows.map(({ xy: _xy, ...r }) => r) })) }, path.join(ROOT, 'dist'));
      assert.ok(!/<svg class="landscape"/.test(html));
      assert.ok(!html.includes('<h2>Landscape</h2>'));
    });
  });
});
