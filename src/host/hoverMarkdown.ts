/**
 * Markdown of the LR hover (no vscode import, so it is unit-tested and loaded only on the first hover):
 * for a `schedule` object (top level or a run's) or anything inside a run's `optimizer`, an SVG image of the
 * exact LR curve per parameter group with phase markers, peak and final LR, and a command link to the LR
 * Schedule panel. Curves come from the core schedules module through `lrModel`; `core/lrSvg` draws them.
 */
import { nodeAtOffset, parseLenient } from '../core/config/parse';
import type { JsonNode } from '../core/config/parse';
import { buildSchedule, scheduleCurve } from '../core/schedules';
import { torchSchedulerCall } from '../core/torchSchedules';
import { formatLr, formatSteps, renderLrSvg, svgDataUri } from '../core/lrSvg';
import type { SvgSeries } from '../core/lrSvg';
import { runCurves, runSchedule, totalStepsOf } from './lrModel';
import type { LrRunCurves } from '../protocol';
import { muonLrHint, MUON_HINT_TYPES } from '../core/muonLrHint';
import type { MuonLrHint } from '../core/muonLrHint';

/** Points per curve in the hover image: enough for a 420 px wide plot with min/max per column. */
const HOVER_POINTS = 600;

type HoverTarget = { kind: 'defaultSchedule' } | { kind: 'run'; index: number; on: 'schedule' | 'optimizer' };

/** What a JSON path points into, if it is something we preview. Pure, exported for tests. */
export function hoverTargetOf(path: (string | number)[]): HoverTarget | undefined {
  if (path[0] === 'schedule') return { kind: 'defaultSchedule' };
  if (path[0] === 'runs' && typeof path[1] === 'number' && (path[2] === 'schedule' || path[2] === 'optimizer')) {
    return { kind: 'run', index: path[1], on: path[2] };
  }
  return undefined;
}

function peakOf(steps: number[], lr: number[]): { step: number; lr: number } {
  let k = 0;
  for (let i = 1; i < lr.length; i++) if (lr[i] > lr[k]) k = i;
  return { step: steps[k] ?? 0, lr: lr[k] ?? 0 };
}

function openPanelLink(uri: string): string {
  const args = encodeURIComponent(JSON.stringify([uri]));
  return `[Open LR Schedule panel](command:optimizerLab.openLrSchedule?${args} "Every run's LR curves for this config")`;
}

function imageMarkdown(svg: string): string {
  return `![LR schedule](${svgDataUri(svg)})`;
}

function groupTable(curves: LrRunCurves): string {
  const rows = curves.groups.map((g) => {
    const peak = peakOf(g.steps, g.lr);
    const final = g.lr[g.lr.length - 1] ?? 0;
    return `| ${g.name} | ${formatLr(g.baseLr)} | ${formatLr(peak.lr)} @ ${peak.step} | ${formatLr(final)} |`;
  });
  return ['| group | base LR | peak | final |', '|---|---:|---:|---:|', ...rows].join('\n');
}

/** The cycled momentum as a strip of its own, on its own [min, max] axis. */
function momentumSeries(m: { steps: number[]; values: number[] } | undefined): SvgSeries[] {
  return m ? [{ label: 'momentum / β₁ (cycled)', steps: m.steps, values: m.values, range: 'data' }] : [];
}

/**
 * For a PyTorch-type schedule: the equivalent `torch.optim.lr_scheduler` construction as a code block and a
 * command link that copies it (the text travels as the command's argument; the command only accepts
 * strings starting with `torch.optim.lr_scheduler.`).
 */
function pytorchMarkdown(code: string | undefined): string[] {
  if (!code) return [];
  // Parentheses too: a bare ")" would end the Markdown link.
  const args = encodeURIComponent(JSON.stringify([code])).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return ['```python', code, '```', `[Copy as PyTorch](command:optimizerLab.copyScheduleAsPytorch?${args} "Put this torch.optim.lr_scheduler construction on the clipboard")`, ''];
}

/** Markdown of a run's hover. Pure except for the link; exported for the LR panel tooltip and tests. */
function runHoverMarkdown(curves: LrRunCurves, total: number, uri: string, pytorch?: string): string {
  const series: SvgSeries[] = [
    ...curves.groups.map((g) => ({ label: `${g.name} (base ${formatLr(g.baseLr)})`, steps: g.steps, values: g.lr })),
    ...momentumSeries(curves.momentum),
  ];
  const svg = renderLrSvg({ totalSteps: total, series, phases: curves.phases });
  // The image first: a hover shows about 250 px before it scrolls.
  return [
    `**${curves.run}** · \`${curves.optimizer}\` · ${formatSteps(total)} steps`,
    '',
    imageMarkdown(svg),
    '',
    curves.schedule,
    '',
    groupTable(curves),
    '',
    ...pytorchMarkdown(pytorch),
    openPanelLink(uri),
  ].join('\n');
}

/** True on the Muon LR of a run's optimizer: `lr` of muon/muonclip/normuon, `muon.lr` of hybrid. Exported for tests. */
export function isMuonLrPath(path: (string | number)[], type: unknown): boolean {
  if (path[0] !== 'runs' || path[2] !== 'optimizer' || typeof type !== 'string' || !MUON_HINT_TYPES.includes(type)) return false;
  const rest = path.slice(3);
  return type === 'hybrid' ? rest.length === 2 && rest[0] === 'muon' && rest[1] === 'lr' : rest.length === 1 && rest[0] === 'lr';
}

/** Parameter names of one shape, short: layers collapsed and the block prefix dropped (`attn.qkv`), at most two. */
function shapeNames(names: string[]): string {
  const short = [...new Set(names.map((n) => n.replace(/^blocks\.\d+\./, '').replace(/\.\d+\./g, '.*.')))];
  return short.slice(0, 2).join(', ') + (short.length > 2 ? ', …' : '');
}

const modeName = (m: string | null): string => (m === null ? 'null' : m);

/**
 * The Muon LR hint as Markdown (numbers from core/muonLrHint): one compact row per hidden matrix shape, since
 * a hover shows about 250 px before it scrolls. The scale in use is the first scale column.
 */
function muonHintMarkdown(h: MuonLrHint): string {
  const modes = h.rows[0].modes.map((m) => modeName(m.adjustLr));
  const adamw = h.adamwGroupLr === undefined ? undefined : formatLr(h.adamwGroupLr);
  const head = ['matrix', ...modes.map((m, i) => (i === 0 ? `**${m}**` : m)), 'step RMS', 'AdamW-equiv. lr', ...(adamw ? [`Muon lr ≙ AdamW ${adamw}`] : [])];
  const rows = h.rows.map((r) => {
    const [cur] = r.modes;
    return [
      `${r.shape[0]}×${r.shape[1]} ${shapeNames(r.names)}${r.names.length > 1 ? ` ×${r.names.length}` : ''}`,
      ...r.modes.map((m) => m.scale.toPrecision(3)),
      formatLr(cur.updateRms),
      formatLr(cur.adamwLr),
      ...(adamw ? [r.modes.map((m) => formatLr(m.muonLrForAdamw ?? NaN)).join(' / ')] : []),
    ];
  });
  return [
    `**Muon LR hint** · lr ${formatLr(h.lr)} · scale per hidden matrix under \`${modes.join('` / `')}\` (in use: **${modeName(h.adjustLr)}**)${adamw ? ` · AdamW group lr ${adamw}` : ''}`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((c) => `| ${c.join(' | ')} |`),
    '',
    `_step RMS ≈ lr·scale/√max(A, B) (Newton–Schulz leaves singular values ≈ 1); AdamW-equivalent lr = step RMS / 0.2 (AdamW's typical update RMS, the rule behind \`match_rms_adamw\`)${adamw ? `; last column: the Muon lr with the step RMS of AdamW at ${adamw}, per scale` : ''}._`,
  ].join('\n');
}

/** Strips of the default-schedule image: each user's curves in LR units when they fit, else the unit λ curve. */
const MAX_DEFAULT_STRIPS = 3;

function defaultScheduleMarkdown(raw: Record<string, unknown>, total: number, uri: string): string {
  const cfg = runSchedule(raw, undefined);
  const users: LrRunCurves[] = [];
  if (Array.isArray(raw.runs)) {
    raw.runs.forEach((run, i) => {
      const own = typeof run === 'object' && run !== null && 'schedule' in run;
      if (own) return;
      try {
        users.push(runCurves(raw, run, i, HOVER_POINTS));
      } catch {
        // A broken run is reported by diagnostics; the default schedule preview still stands.
      }
    });
  }
  // Absolute options (etaMin, maxLr, …) are relative to a run's lr: the first user's, else 1.
  const base = users[0]?.groups[0]?.baseLr ?? 1;
  const sched = buildSchedule(cfg, total, base);
  const strips = users.flatMap((c) => c.groups.map((g) => ({ run: c.run, g })));
  // The image shows learning rates (what the optimizer sees), not only λ: one strip per run group using the
  // schedule; with more than MAX_DEFAULT_STRIPS of them, the unit curve λ(t) (labelled in multiples of the base LR).
  let series: SvgSeries[];
  if (strips.length > 0 && strips.length <= MAX_DEFAULT_STRIPS) {
    series = strips.map(({ run, g }) => ({ label: `${run}${g.name === 'default' ? '' : ` · ${g.name}`} (base ${formatLr(g.baseLr)})`, steps: g.steps, values: g.lr }));
  } else {
    const pts = scheduleCurve(cfg, total, base, HOVER_POINTS);
    series = [{ label: 'λ(t): multiple of each run\'s base LR', steps: pts.map((p) => p.step), values: pts.map((p) => p.lr / (base || 1)), unit: 'ratio' }];
  }
  if (users[0]?.momentum) series.push(...momentumSeries(users[0].momentum));
  const svg = renderLrSvg({ totalSteps: total, series, phases: sched.phases });
  const rows = users.map((c) => `| ${c.run} | ${c.groups.map((g) => `${g.name} ${formatLr(peakOf(g.steps, g.lr).lr)}`).join(', ')} |`);
  const table = rows.length ? ['| run (uses this schedule) | peak LR per group |', '|---|---|', ...rows].join('\n') : '_No run uses the default schedule (each has its own)._';
  const code = users.length || cfg.type !== 'onecycle' || cfg.maxLr !== undefined ? torchSchedulerCall(cfg, total, base) : undefined;
  return [`**Default schedule** · ${formatSteps(total)} steps`, '', imageMarkdown(svg), '', sched.describe(), '', table, '', ...pytorchMarkdown(code), openPanelLink(uri)].join('\n');
}

/** The hover's Markdown for a document text and offset, or undefined when the offset is not on a previewable node. */
export function lrHoverMarkdown(text: string, offset: number, uri: string): { markdown: string; node: JsonNode } | undefined {
  const { root, value } = parseLenient(text);
  const at = nodeAtOffset(root, offset);
  if (!at) return undefined;
  const { node } = at;
  const target = hoverTargetOf(at.path);
  if (!target) return undefined;
  const raw = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  const total = totalStepsOf(raw);
  if (total === undefined) return { markdown: '_Set `"steps"` (a positive integer) to preview the LR schedule._', node };
  try {
    if (target.kind === 'defaultSchedule') return { markdown: defaultScheduleMarkdown(raw, total, uri), node };
    const runs = Array.isArray(raw.runs) ? raw.runs : [];
    if (target.index >= runs.length) return undefined;
    const run = runs[target.index];
    const curves = runCurves(raw, run, target.index, HOVER_POINTS);
    const code = torchSchedulerCall(runSchedule(raw, run), total, curves.groups[0]?.baseLr ?? 1);
    const opt = typeof run === 'object' && run !== null ? (run as Record<string, unknown>).optimizer : undefined;
    const optType = typeof opt === 'object' && opt !== null ? (opt as Record<string, unknown>).type : undefined;
    const hint = isMuonLrPath(at.path, optType) ? muonLrHint(opt, raw.task) : undefined;
    // On the Muon LR the hint comes first: it is what the user is looking at.
    const markdown = runHoverMarkdown(curves, total, uri, code);
    return { markdown: hint ? `${muonHintMarkdown(hint)}\n\n---\n\n${markdown}` : markdown, node };
  } catch (e) {
    return { markdown: `LR preview unavailable: ${e instanceof Error ? e.message : String(e)}`, node };
  }
}
