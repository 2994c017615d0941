/**
 * The built-in quickstart experiment: what `optlab run` (and the README's main command) trains when no
 * config is given. Kept byte-identical to examples/quickstart.optlab.json (a test checks it).
 */
export const DEFAULT_CONFIG_NAME = 'quickstart.optlab.json (built-in)';

export const DEFAULT_CONFIG_TEXT = `// Quickstart: AdamW vs the Muon+AdamW hybrid vs Lion on a tiny character-level transformer.
// Runs in well under a minute on 2 CPU cores: \`optlab run examples/quickstart.optlab.json\`.
{
  "name": "quickstart",
  "task": { "type": "char_lm", "layers": 2, "dModel": 48, "heads": 4, "context": 32, "batchSize": 16 },
  "steps": 300,
  "seeds": [0],
  "evalEvery": 20,
  "target": { "metric": "valLoss", "value": 1.8 },
  "schedule": { "type": "warmup_cosine", "warmupSteps": 30, "minLrRatio": 0.1 },
  "baseline": "adamw",
  "runs": [
    { "name": "adamw", "optimizer": { "type": "adamw", "lr": 3e-3, "betas": [0.9, 0.95], "weightDecay": 0.1 } },
    { "name": "hybrid", "optimizer": { "type": "hybrid", "muon": { "lr": 0.02 }, "adamw": { "lr": 3e-3 } } },
    { "name": "lion", "optimizer": { "type": "lion", "lr": 1e-3, "weightDecay": 0.1 } }
  ]
}
`;
