/**
 * The four presets of SPEC §7 (from the team's study of optimizer choice by model size), written as
 * `*.optlab.json` texts for the char_lm toy task. They are scaled in steps, never in hyper-parameters: the
 * learning rates, betas and weight decays are the study's, while phase lengths keep their proportions of the
 * run (WSD 8k:200k:50k of 258k steps, linear warmup 500 of 10000 = 5%).
 */

type PresetId = 'small' | 'medium' | 'large' | 'finetune';

interface PresetInfo {
  id: PresetId;
  /** Short label for pickers. */
  label: string;
  /** One line: what it is for and what it runs. */
  description: string;
}

interface PresetOptions {
  /** Run length of the toy (default 600). */
  steps?: number;
  /** Experiment name (default `<id>-preset`). */
  name?: string;
}

const DEFAULT_PRESET_STEPS = 600;

const INFO: readonly PresetInfo[] = Object.freeze([
  { id: 'small', label: 'Small (< 500M parameters)', description: 'AdamW lr 3e-4, betas [0.9, 0.95], wd 0.1 + warmup_cosine (minLrRatio 0.1)' },
  { id: 'medium', label: 'Medium (500M–5B)', description: 'Muon+AdamW hybrid (muon 0.02 / adamw 1e-3, wd 0.01) + warmup_cosine, vs AdamW' },
  { id: 'large', label: 'Large (> 5B)', description: 'Muon+AdamW hybrid (muon 0.03 / adamw 1.5e-3) + WSD (8k:200k:50k, scaled), vs AdamW' },
  { id: 'finetune', label: 'Fine-tuning', description: 'AdamW lr 5e-5, betas [0.9, 0.999], wd 0.01 + linear (warmup 5% of the run)' },
] as PresetInfo[]);

/** The presets, in size order, with descriptions (for "New Experiment from Preset"). */
export function listPresets(): PresetInfo[] {
  return INFO.map((p) => ({ ...p }));
}

function isPresetId(v: unknown): v is PresetId {
  return typeof v === 'string' && INFO.some((p) => p.id === v);
}

/** WSD 8k:200k:50k scaled to `steps` (warmup and decay rounded, stable takes the rest). */
export function scaledWsd(steps: number): { warmupSteps: number; stableSteps: number; decaySteps: number } {
  const total = 8 + 200 + 50;
  const warmupSteps = Math.round((steps * 8) / total);
  const decaySteps = Math.round((steps * 50) / total);
  return { warmupSteps, stableSteps: Math.max(0, steps - warmupSteps - decaySteps), decaySteps };
}

const TASK = '{ "type": "char_lm", "layers": 2, "dModel": 64, "heads": 4, "context": 64, "batchSize": 16 }';

function header(id: PresetId, name: string, steps: number, schedule: string, scheduleNote = ''): string[] {
  const info = INFO.find((p) => p.id === id) as PresetInfo;
  return [
    `// Optimizer Lab preset "${id}": ${info.label}.`,
    `// ${info.description}.`,
    '// Scaled in steps, not in hyper-parameters: the LRs, betas and weight decays are the study\'s.',
    '{',
    `  "name": ${JSON.stringify(name)},`,
    `  "task": ${TASK},`,
    `  "steps": ${steps}, "seeds": [0, 1, 2], "evalEvery": ${Math.max(1, Math.round(steps / 12))},`,
    '  // Set a target to get steps-to-target and the speedup over the baseline:',
    '  // "target": { "metric": "valLoss", "value": 1.5 },',
    `  "schedule": ${schedule},${scheduleNote ? ' // ' + scheduleNote : ''}`,
  ];
}

/** The config text (JSONC with comments) of a preset; it validates without problems. */
export function presetConfigText(id: PresetId, opts: PresetOptions = {}): string {
  const steps = opts.steps ?? DEFAULT_PRESET_STEPS;
  if (!Number.isInteger(steps) || steps < 20) throw new RangeError(`preset steps must be an integer ≥ 20 (got ${steps})`);
  if (!isPresetId(id)) throw new RangeError(`unknown preset ${JSON.stringify(id)} (expected one of ${INFO.map((p) => p.id).join(', ')})`);
  const name = opts.name ?? `${id}-preset`;
  const warmup10 = Math.max(1, Math.round(steps / 10));
  let lines: string[];
  switch (id) {
    case 'small':
      lines = [
        ...header(id, name, steps, `{ "type": "warmup_cosine", "warmupSteps": ${warmup10}, "minLrRatio": 0.1 }`),
        '  "baseline": "adamw",',
        '  "runs": [',
        '    { "name": "adamw", "optimizer": { "type": "adamw", "lr": 3e-4, "betas": [0.9, 0.95], "weightDecay": 0.1 } }',
        '  ]',
        '}',
      ];
      break;
    case 'medium':
      lines = [
        ...header(id, name, steps, `{ "type": "warmup_cosine", "warmupSteps": ${warmup10}, "minLrRatio": 0.1 }`),
        '  "baseline": "adamw",',
        '  "runs": [',
        '    { "name": "hybrid", "optimizer": { "type": "hybrid", "muon": { "lr": 0.02, "weightDecay": 0.01 }, "adamw": { "lr": 1e-3, "weightDecay": 0.01 } } },',
        '    { "name": "adamw", "optimizer": { "type": "adamw", "lr": 1e-3, "weightDecay": 0.01 } }',
        '  ]',
        '}',
      ];
      break;
    case 'large': {
      const w = scaledWsd(steps);
      lines = [
        ...header(
          id,
          name,
          steps,
          `{ "type": "wsd", "warmupSteps": ${w.warmupSteps}, "stableSteps": ${w.stableSteps}, "decaySteps": ${w.decaySteps} }`,
          'warmup:stable:decay = 8k:200k:50k scaled to the run',
        ),
        '  "baseline": "adamw",',
        '  "runs": [',
        '    { "name": "hybrid", "optimizer": { "type": "hybrid", "muon": { "lr": 0.03 }, "adamw": { "lr": 1.5e-3 } } },',
        '    { "name": "adamw", "optimizer": { "type": "adamw", "lr": 1.5e-3 } }',
        '  ]',
        '}',
      ];
      break;
    }
    case 'finetune':
      lines = [
        ...header(id, name, steps, `{ "type": "linear", "warmupSteps": ${Math.max(1, Math.round(steps * 0.05))} }`),
        '  "baseline": "adamw",',
        '  "runs": [',
        '    { "name": "adamw", "optimizer": { "type": "adamw", "lr": 5e-5, "betas": [0.9, 0.999], "weightDecay": 0.01 } }',
        '  ]',
        '}',
      ];
      break;
  }
  return lines.join('\n') + '\n';
}

/** The presets with their text builders, for pickers: `PRESETS.map((p) => p.text())`. */
export const PRESETS: ReadonlyArray<PresetInfo & { text(opts?: PresetOptions): string }> = Object.freeze(
  INFO.map((p) => ({ ...p, text: (opts?: PresetOptions) => presetConfigText(p.id, opts) })),
);
