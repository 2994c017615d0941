import * as assert from 'assert';
import { FONT_SIZE, decimateMinMax, formatLr, lrSvgLayout, mergePhases, placePhaseLabels, renderLrSvg, svgDataUri, textWidth, xOfStep } from '../../src/core/lrSvg';
import { buildSchedule, scheduleCurve } from '../../src/core/schedules';
import type { ScheduleConfig } from '../../src/core/config/types';
import { computeLrState, optimizerGroups, runCurves } from '../../src/host/lrModel';
import { hoverTargetOf, lrHoverMarkdown } from '../../src/host/hoverMarkdown';

/** Minimal XML well-formedness: balanced tags, quoted attributes, no stray '<' or unescaped '&'. */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml))) {
    const between = xml.slice(last, m.index);
    assert.ok(!between.includes('<') && !between.includes('>'), `stray markup before offset ${m.index}: ${between.slice(0, 40)}`);
    assert.ok(!/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(between), `unescaped & in text: ${between.slice(0, 40)}`);
    last = tag.lastIndex;
    const [, close, name, , selfClose] = m;
    if (close) assert.strictEqual(stack.pop(), name, `</${name}> closes the wrong element`);
    else if (!selfClose) stack.push(name);
  }
  assert.strictEqual(xml.slice(last).trim(), '', 'trailing text after the root element');
  assert.deepStrictEqual(stack, [], `unclosed: ${stack.join(', ')}`);
  assert.ok(xml.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
}

/** (step, x) of every phase marker line in the SVG. */
function phaseLines(svg: string): { step: number; x: number }[] {
  return [...svg.matchAll(/<line class="phase" data-step="(\d+)" x1="([\d.]+)"/g)].map((m) => ({ step: Number(m[1]), x: Number(m[2]) }));
}

function render(cfg: ScheduleConfig, total: number, baseLrs: number[]): string {
  const sched = buildSchedule(cfg, total);
  const series = baseLrs.map((lr, i) => {
    const pts = scheduleCurve(cfg, total, lr, 600);
    return { label: `g${i}`, steps: pts.map((p) => p.step), values: pts.map((p) => p.lr) };
  });
  return renderLrSvg({ totalSteps: total, series, phases: sched.phases });
}

describe('lrSvg', () => {
  it('puts WSD phase markers at warmup end 60, stable end / decay start 480, decay end 600 (SPEC §4)', () => {
    const svg = render({ type: 'wsd', warmupSteps: 60, stableSteps: 420, decaySteps: 120 }, 600, [0.02, 1e-3]);
    assertWellFormed(svg);
    const L = lrSvgLayout(2);
    const lines = phaseLines(svg);
    assert.deepStrictEqual([...new Set(lines.map((l) => l.step))].sort((a, b) => a - b), [60, 480, 600]);
    const plotW = L.right - L.left;
    for (const l of lines) {
      // Independent of xOfStep: the fraction of the plot width must be step / total.
      assert.ok(Math.abs((l.x - L.left) / plotW - l.step / 600) < 0.001, `step ${l.step} drawn at x=${l.x}`);
    }
    assert.strictEqual((svg.match(/<path class="curve"/g) ?? []).length, 2, 'one curve per group');
  });

  it('puts warmup_cosine markers at the warmup end and the run end', () => {
    const svg = render({ type: 'warmup_cosine', warmupSteps: 100 }, 1000, [3e-4]);
    assertWellFormed(svg);
    const L = lrSvgLayout(1);
    const steps = [...new Set(phaseLines(svg).map((l) => l.step))].sort((a, b) => a - b);
    assert.deepStrictEqual(steps, [100, 1000]);
    const x100 = phaseLines(svg).find((l) => l.step === 100)!.x;
    assert.ok(Math.abs(x100 - (L.left + 0.1 * (L.right - L.left))) < 0.06);
  });

  it('draws the curve peak at the top grid line and the warmup start on the baseline', () => {
    const svg = render({ type: 'constant', warmupSteps: 50 }, 500, [0.1]);
    const L = lrSvgLayout(1);
    const d = /<path class="curve" d="([^"]+)"/.exec(svg)![1];
    const pts = [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    const { top, bottom } = L.strips[0];
    assert.strictEqual(pts[0].x, L.left);
    assert.strictEqual(pts[0].y, bottom, 'λ(0) = 0 after warmup start');
    const minY = Math.min(...pts.map((p) => p.y));
    // Peak 0.1 with 8 % headroom: y = bottom − (bottom − top)/1.08.
    assert.ok(Math.abs(minY - (bottom - (bottom - top) / 1.08)) < 0.11, `peak at y=${minY}`);
    assert.match(svg, />0\.1</, 'peak label');
  });

  /** Text boxes (x extent from the anchor and the measured width, y band from the baseline) of a class. */
  function textBoxes(svg: string, cls: string): { text: string; x0: number; x1: number; y0: number; y1: number }[] {
    const re = new RegExp(`<text class="${cls}"[^>]*? x="([\\d.]+)" y="([\\d.]+)"(?:[^>]*?text-anchor="(start|middle|end)")?[^>]*>([^<]*)</text>`, 'g');
    return [...svg.matchAll(re)].map((m) => {
      const x = Number(m[1]);
      const y = Number(m[2]);
      const text = m[4].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
      const w = textWidth(text);
      const x0 = m[3] === 'end' ? x - w : m[3] === 'middle' ? x - w / 2 : x;
      return { text, x0, x1: x0 + w, y0: y - FONT_SIZE, y1: y + 2 };
    });
  }
  const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  it('labels of nearby phase markers and the legend never overlap, stay inside the image and merge at one step', () => {
    // The e2e quick config: warmup 10 of 60 steps, so "warmup end" and "decay start" share step 10 and the
    // "decay end" label sits at the right edge, where the legend used to be.
    const cases: [ScheduleConfig, number][] = [
      [{ type: 'warmup_cosine', warmupSteps: 10, minLrRatio: 0.1 }, 60],
      [{ type: 'wsd', warmupSteps: 5, stableSteps: 50, decaySteps: 5 }, 60],
      [{ type: 'wsd', warmupSteps: 60, stableSteps: 420, decaySteps: 120 }, 600],
      [{ type: 'linear', warmupSteps: 1 }, 1000],
    ];
    for (const [cfg, total] of cases) {
      for (const lrs of [[1], [0.02, 1e-3]]) {
        const svg = render(cfg, total, lrs);
        assertWellFormed(svg);
        const labels = textBoxes(svg, 'phase-label');
        const legend = textBoxes(svg, 'legend');
        assert.strictEqual(legend.length, lrs.length, 'one legend entry per series');
        const merged = mergePhases(buildSchedule(cfg, total).phases, total);
        assert.ok(labels.length >= Math.min(2, merged.length), `${cfg.type}: labels ${JSON.stringify(labels)}`);
        const all = [...labels, ...legend];
        for (let i = 0; i < all.length; i++) {
          assert.ok(all[i].x0 >= 0 && all[i].x1 <= 420, `"${all[i].text}" leaves the image: ${all[i].x0}…${all[i].x1}`);
          for (let j = i + 1; j < all.length; j++) assert.ok(!overlaps(all[i], all[j]), `"${all[i].text}" overlaps "${all[j].text}" (${cfg.type})`);
        }
        // One marker line per distinct step; labels carry every phase name once.
        const steps = phaseLines(svg).map((l) => l.step);
        assert.deepStrictEqual(steps, [...new Set(steps)]);
      }
    }
    const svg = render({ type: 'warmup_cosine', warmupSteps: 10, minLrRatio: 0.1 }, 60, [1]);
    const texts = textBoxes(svg, 'phase-label').map((l) => l.text);
    assert.deepStrictEqual(texts, ['warmup end · decay start (step 10)', 'decay end (step 60)']);
    // The right-edge label is end-aligned at x(60) = the plot's right edge.
    const L = lrSvgLayout(1);
    assert.match(svg, new RegExp(`<text class="phase-label" data-row="\\d" x="${L.right}" y="[\\d.]+" text-anchor="end"[^>]*>decay end \\(step 60\\)<`));
  });

  it('places colliding labels on the second row and drops what fits nowhere', () => {
    const phases = [{ step: 50, label: 'aaaaaaaaaa' }, { step: 52, label: 'bbbbbbbbbb' }, { step: 54, label: 'cccccccccc' }];
    const placed = placePhaseLabels(phases, (s) => s * 4, 420);
    assert.deepStrictEqual(placed.map((p) => [p.text, p.row]), [['aaaaaaaaaa', 0], ['bbbbbbbbbb', 1]]);
  });

  it('labels the y axis with the peak and final LR of each group', () => {
    const svg = render({ type: 'warmup_cosine', warmupSteps: 100, minLrRatio: 0.1 }, 1000, [0.02, 1e-3]);
    const ylabels = textBoxes(svg, 'ylabel').map((l) => l.text);
    // Peaks are the base LRs; the final step (999) of a cosine to 0.1× is just above 0.1 × base.
    assert.deepStrictEqual(ylabels, ['0', '0.02', '2e-3', '0', '1e-3', '1e-4']);
  });

  it('escapes labels and encodes a base64 data URI', () => {
    const svg = renderLrSvg({ totalSteps: 10, series: [{ label: 'a<b & "c"', steps: [0, 9], values: [1, 1] }], phases: [{ step: 5, label: '<x>' }] });
    assertWellFormed(svg);
    const uri = svgDataUri(svg);
    assert.ok(uri.startsWith('data:image/svg+xml;base64,'));
    assert.strictEqual(Buffer.from(uri.split(',')[1], 'base64').toString('utf8'), svg);
  });

  it('decimation keeps first, last, minimum and maximum', () => {
    const n = 100000;
    const steps = Array.from({ length: n }, (_, i) => i);
    const values = steps.map((i) => (i === 31337 ? 5 : i === 77777 ? -5 : Math.sin(i / 1000)));
    const d = decimateMinMax(steps, values, 600);
    assert.ok(d.steps.length <= 600);
    assert.strictEqual(d.steps[0], 0);
    assert.strictEqual(d.steps[d.steps.length - 1], n - 1);
    assert.ok(d.steps.includes(31337) && d.steps.includes(77777));
    for (let i = 1; i < d.steps.length; i++) assert.ok(d.steps[i] > d.steps[i - 1]);
  });

  it('formats LRs compactly', () => {
    assert.strictEqual(formatLr(0.02), '0.02');
    assert.strictEqual(formatLr(3e-4), '3e-4');
    assert.strictEqual(formatLr(1.5e-3), '1.5e-3');
    assert.strictEqual(formatLr(0), '0');
    assert.strictEqual(xOfStep(5, 10, lrSvgLayout(1, 100)), lrSvgLayout(1, 100).left + (100 - 54 - 12) / 2);
  });

  it('renders a 1M-step two-group hover quickly (p95 measured; asserted loosely)', () => {
    // The hover's path: lrModel.runCurves (core schedules, 600 points) + renderLrSvg.
    const raw = { steps: 1_000_000, schedule: { type: 'wsd', warmupSteps: 8000, stableSteps: 800000, decaySteps: 192000, decayType: 'cosine' } };
    const run = { name: 'large', optimizer: { type: 'hybrid', muon: { lr: 0.03 }, adamw: { lr: 1.5e-3 } } };
    const hover = (): string => {
      const c = runCurves(raw, run, 0, 600);
      return renderLrSvg({ totalSteps: 1_000_000, series: c.groups.map((g) => ({ label: g.name, steps: g.steps, values: g.lr })), phases: c.phases });
    };
    for (let i = 0; i < 3; i++) hover(); // warm-up (JIT), as in a session
    const times: number[] = [];
    let svg = '';
    for (let i = 0; i < 20; i++) {
      const t0 = process.hrtime.bigint();
      svg = hover();
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.ceil(0.95 * times.length) - 1];
    console.log(`      1M-step hover render: median ${times[10].toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ${svg.length} bytes`);
    assertWellFormed(svg);
    assert.deepStrictEqual([...new Set(phaseLines(svg).map((l) => l.step))], [8000, 808000, 1000000]);
    assert.ok(p95 < 200, `p95 ${p95} ms`);
    assert.ok(svg.length < 60000, 'small enough for a hover data URI');
  });
});

describe('lrModel', () => {
  it('splits hybrid and muon into groups with the SPEC §3 default LRs', () => {
    assert.deepStrictEqual(optimizerGroups({ type: 'hybrid', muon: { lr: 0.03 } }), [
      { name: 'muon', baseLr: 0.03 },
      { name: 'adamw', baseLr: 1e-3 },
    ]);
    assert.deepStrictEqual(optimizerGroups({ type: 'muon' }), [
      { name: 'muon', baseLr: 0.02 },
      { name: 'adamw', baseLr: 3e-4 },
    ]);
    assert.deepStrictEqual(optimizerGroups({ type: 'lion' }), [{ name: 'default', baseLr: 1e-4 }]);
  });

  it('computes every run from unsaved JSONC text and reports broken runs without dropping the others', () => {
    const text = `// comment
    {
      "steps": 600,
      "schedule": { "type": "warmup_cosine", "warmupSteps": 60 }, // default
      "runs": [
        { "name": "adamw", "optimizer": { "type": "adamw", "lr": 3e-3 } },
        { "name": "hybrid", "optimizer": { "type": "hybrid" }, "schedule": { "type": "wsd", "warmupSteps": 60, "stableSteps": 420, "decaySteps": 120 } },
        { "name": "bad", "optimizer": { "type": "adamw" }, "schedule": { "type": "cosine" } },
      ]
    }`;
    const s = computeLrState(text, 'x.optlab.json');
    assert.strictEqual(s.totalSteps, 600);
    assert.deepStrictEqual(s.runs.map((r) => r.run), ['adamw', 'hybrid']);
    assert.strictEqual(s.errors.length, 1);
    assert.match(s.errors[0], /^bad: /);
    const hybrid = s.runs[1];
    assert.deepStrictEqual(hybrid.groups.map((g) => g.name), ['muon', 'adamw']);
    // WSD peak is the base LR, the floor minLrRatio (0.1) × base.
    assert.strictEqual(Math.max(...hybrid.groups[0].lr), 0.02);
    // Last step 599 of a linear decay over 480 … 600: q = 119/120, λ = 0.1 + 0.9·(1 − q).
    const last = hybrid.groups[1];
    assert.strictEqual(last.steps[last.steps.length - 1], 599);
    assert.ok(Math.abs(last.lr[last.lr.length - 1] - 1e-3 * (0.1 + 0.9 / 120)) < 1e-15);
    // warmup_cosine at t = 0 is 0 (LambdaLR warmup t / w).
    assert.strictEqual(s.runs[0].groups[0].lr[0], 0);
  });
});

describe('hover markdown', () => {
  const text = `{
  // comment: JSONC
  "steps": 1000,
  "schedule": { "type": "warmup_cosine", "warmupSteps": 100 },
  "runs": [
    { "name": "adamw", "optimizer": { "type": "adamw", "lr": 3e-3 } },
    { "name": "hybrid", "optimizer": { "type": "hybrid", "muon": { "lr": 0.02 } },
      "schedule": { "type": "wsd", "warmupSteps": 100, "stableSteps": 700, "decaySteps": 200 } }
  ]
}`;
  const at = (needle: string, delta = 1) => lrHoverMarkdown(text, text.indexOf(needle) + delta, 'file:///w/x.optlab.json');

  it('targets schedule and optimizer subtrees only', () => {
    assert.deepStrictEqual(hoverTargetOf(['schedule']), { kind: 'defaultSchedule' });
    assert.deepStrictEqual(hoverTargetOf(['runs', 1, 'optimizer', 'muon', 'lr']), { kind: 'run', index: 1, on: 'optimizer' });
    assert.strictEqual(hoverTargetOf(['runs', 1, 'name']), undefined);
    assert.strictEqual(hoverTargetOf(['steps']), undefined);
    assert.strictEqual(at('"steps"'), undefined);
    assert.strictEqual(at('"name": "hybrid"'), undefined);
  });

  it('shows per-group curves, peak/final LR and the panel link on a hybrid lr', () => {
    const res = at('"lr": 0.02', 2)!;
    assert.ok(res);
    const md = res.markdown;
    assert.match(md, /\*\*hybrid\*\* · `hybrid`/);
    assert.match(md, /!\[LR schedule\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+\)/);
    // Groups with SPEC defaults: muon 0.02 (written), adamw 1e-3 (hybrid default); peak at warmup end (step 100).
    assert.match(md, /\| muon \| 0\.02 \| 0\.02 @ 100 \|/);
    assert.match(md, /\| adamw \| 1e-3 \| 1e-3 @ 100 \|/);
    assert.match(md, /command:optimizerLab\.openLrSchedule\?/);
    const svg = Buffer.from(/base64,([^)]+)\)/.exec(md)![1], 'base64').toString('utf8');
    assert.deepStrictEqual([...new Set(phaseLines(svg).map((l) => l.step))], [100, 800, 1000]);
  });

  it('previews the default schedule with the runs that use it', () => {
    const md = at('"schedule"')!.markdown;
    assert.match(md, /\*\*Default schedule\*\*/);
    assert.match(md, /\| adamw \| default 3e-3 \|/);
    assert.ok(!/\| hybrid \|/.test(md), 'hybrid has its own schedule');
  });

  it('explains instead of drawing when the schedule is invalid', () => {
    const bad = text.replace('"warmupSteps": 100 }', '"warmupSteps": 5000 }');
    const md = lrHoverMarkdown(bad, bad.indexOf('"schedule"') + 1, 'file:///x')!.markdown;
    assert.match(md, /LR preview unavailable: .*warmupSteps/);
  });
});

describe('hover markdown: PyTorch schedules (SPEC §12)', () => {
  const text = `{
  "steps": 1000,
  "schedule": { "type": "cosine_restarts", "t0": 100, "tMult": 2, "etaMin": 1e-5 },
  "runs": [
    { "name": "sgd", "optimizer": { "type": "momentum", "lr": 0.1 },
      "schedule": { "type": "onecycle", "warmupSteps": 50, "pctStart": 0.25 } },
    { "name": "adamw", "optimizer": { "type": "adamw", "lr": 3e-3 } }
  ]
}`;
  const at = (needle: string, delta = 1) => lrHoverMarkdown(text, text.indexOf(needle) + delta, 'file:///w/x.optlab.json')!.markdown;
  const svgOf = (md: string): string => Buffer.from(/base64,([^)]+)\)/.exec(md)![1], 'base64').toString('utf8');

  it('onecycle: the momentum strip, the peak marker, and a copy link carrying torch\'s OneCycleLR', () => {
    const md = at('"onecycle"');
    const svg = svgOf(md);
    assert.match(svg, /momentum \/ β₁ \(cycled\)/);
    assert.ok(phaseLines(svg).some((l) => l.step === 50), 'warmup end');
    // OneCycle over 950 steps: the LR peaks at pctStart·950 − 1 = 236.5 → marker at 50 + 237.
    assert.ok(/peak \(step 287\)/.test(svg), 'peak marker');
    const link = /\[Copy as PyTorch\]\(command:optimizerLab\.copyScheduleAsPytorch\?([^ )]+)/.exec(md);
    assert.ok(link, md);
    const [code] = JSON.parse(decodeURIComponent(link[1])) as string[];
    assert.match(code, /^torch\.optim\.lr_scheduler\.OneCycleLR\(optimizer, max_lr=0\.1, total_steps=950, pct_start=0\.25\)/);
    assert.match(md, /```python\ntorch\.optim\.lr_scheduler\.OneCycleLR/);
  });

  it('cosine_restarts: restart markers at 100, 300, 700 and CosineAnnealingWarmRestarts to copy', () => {
    const md = at('"cosine_restarts"');
    const svg = svgOf(md);
    assert.deepStrictEqual([...new Set(phaseLines(svg).map((l) => l.step))], [100, 300, 700]);
    assert.match(md, /CosineAnnealingWarmRestarts\(optimizer, T_0=100, T_mult=2, eta_min=0\.00001\)/);
    assert.ok(!/momentum \/ β₁/.test(svg), 'no momentum strip when nothing cycles it');
  });

  it('the lab\'s own shapes get no PyTorch copy link', () => {
    const own = text.replace('{ "type": "cosine_restarts", "t0": 100, "tMult": 2, "etaMin": 1e-5 }', '{ "type": "warmup_cosine", "warmupSteps": 10 }');
    assert.ok(!/Copy as PyTorch/.test(lrHoverMarkdown(own, own.indexOf('"warmup_cosine"') + 1, 'file:///x')!.markdown));
  });

  it('the LR panel model carries the momentum series of a cycling run only', () => {
    const state = computeLrState(text);
    const [sgd, adamw] = state.runs;
    assert.ok(sgd.momentum && sgd.momentum.values.length === sgd.momentum.steps.length);
    assert.strictEqual(Math.max(...sgd.momentum.values), 0.95);
    // The LR peaks between steps (pctStart·950 − 1 = 236.5), so the momentum's floor 0.85 is approached, not hit.
    assert.ok(Math.min(...sgd.momentum.values) >= 0.85 && Math.min(...sgd.momentum.values) < 0.8501);
    assert.strictEqual(adamw.momentum, undefined);
    assert.ok(adamw.phases.some((p) => p.kind === 'restart' && p.step === 300));
  });
});
