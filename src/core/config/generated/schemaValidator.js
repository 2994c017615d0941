/* eslint-disable */
// Generated from src/core/config/schema.ts by test/unit/configSchema.test.ts (OPTLAB_WRITE_SCHEMA=1). Do not edit.
"use strict";
export const validate = validate21;
export default validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"Optimizer Lab experiment","description":"An Optimizer Lab experiment (*.optlab.json, JSON with comments): one task, several runs compared.","type":"object","additionalProperties":false,"required":["name","task","steps","runs"],"properties":{"$schema":{"type":"string","description":"Optional schema reference (ignored)."},"name":{"type":"string","minLength":1,"description":"Experiment name (also the results folder name)."},"task":{"$ref":"#/definitions/task"},"steps":{"type":"integer","minimum":1,"description":"Training steps of every run (T of the schedules)."},"seeds":{"type":"array","items":{"type":"integer","minimum":0},"minItems":1,"default":[0],"description":"Seeds: every run is repeated per seed (mean ± band in the charts). Default [0]."},"evalEvery":{"type":"integer","minimum":1,"description":"Evaluate every N steps. Default max(1, steps / 20)."},"target":{"type":"object","description":"Target for steps-to-target and speedup vs the baseline.","additionalProperties":false,"required":["metric","value"],"properties":{"metric":{"type":"string","enum":["loss","valLoss","valAccuracy","valPerplexity"],"enumDescriptions":["Training loss","Validation loss","Validation accuracy (mlp)","Validation perplexity (char_lm)"],"description":"Metric compared with the value (accuracy: reached when ≥ value; others: when ≤ value)."},"value":{"type":"number","description":"Target value of the metric."}}},"schedule":{"$ref":"#/definitions/schedule","description":"Default schedule of every run (default constant)."},"baseline":{"type":"string","minLength":1,"description":"Name of the run that speedups are measured against."},"runs":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/run"},"description":"The runs to compare."},"snapshotEvery":{"type":"integer","minimum":0,"default":0,"description":"Muon/MuonClip/NorMuon: snapshot each hidden matrix’s Newton–Schulz input every K steps, SOAP: its update direction (0 = off). Default 0."},"tune":{"$ref":"#/definitions/tune","description":"Tuning for every run without its own \"tune\" or a \"sweep\" (SPEC §10)."}},"definitions":{"run":{"type":"object","description":"One optimizer configuration to train and compare.","additionalProperties":false,"required":["name","optimizer"],"properties":{"name":{"type":"string","minLength":1,"description":"Unique run name."},"optimizer":{"$ref":"#/definitions/optimizer"},"schedule":{"$ref":"#/definitions/schedule","description":"Overrides the experiment’s default schedule."},"sweep":{"type":"object","description":"Values to try for one optimizer option (e.g. \"lr\"; dotted for groups: \"muon.lr\"); the best by the target metric is reported.","propertyNames":{"enum":["adamw.eps","adamw.lr","adamw.weightDecay","alpha","alphaWarmup","beta3","beta3Warmup","d0","dCoef","dampening","eps","epsilon","fallback.eps","fallback.epsilon","fallback.lr","fallback.weightDecay","gamma","growthRate","hessianInterval","initialAccumulatorValue","innerMomentum","lr","lr1d","lrDecay","matrixEps","maxGradNorm","maxPrecondDim","momentum","momentumDecay","mu","muon.lr","muon.momentum","muon.nsSteps","muon.weightDecay","muonBeta2","nsSteps","preconditionFrequency","preconditioningComputeSteps","qkClipAlpha","qkClipThreshold","r","rho","shampooBeta","sliceP","warmupSteps","weightDecay","weightDecay1d","weightLrPower"]},"additionalProperties":{"type":"array","minItems":1,"items":{"type":"number"}}},"tune":{"$ref":"#/definitions/tune","description":"Tune this run before comparing it (overrides the experiment’s \"tune\")."}}},"tuneRange":{"type":"object","description":"One key of the space: { \"log\": [lo, hi] }, { \"linear\": [lo, hi] } (with \"gridPoints\" for the grid method) or { \"values\": [v, …] }.","additionalProperties":false,"properties":{"log":{"type":"array","items":{"type":"number"},"description":"Log-uniform range [lo, hi], lo > 0: exp(ln lo + u·(ln hi − ln lo))."},"linear":{"type":"array","items":{"type":"number"},"description":"Linear range [lo, hi]: lo + u·(hi − lo)."},"values":{"type":"array","items":{"type":"number"},"description":"Values to choose from: v[floor(u·n)]."},"gridPoints":{"type":"integer","minimum":2,"description":"Grid method: evenly spaced points of the range, both ends included (log-spaced for \"log\"). Default 5.","default":5}}},"tune":{"type":"object","description":"Tune within a budget on tuning seeds, then compare the chosen values on the experiment’s seeds (SPEC §10).","additionalProperties":false,"required":["space"],"properties":{"space":{"type":"object","description":"Option paths of the run’s optimizer (\"lr\", \"muon.lr\", \"betas[1]\", …) → range, in the order trials use them.","minProperties":1,"additionalProperties":{"$ref":"#/definitions/tuneRange"}},"trials":{"type":"integer","minimum":1,"maximum":1000,"description":"Trials for halton and random (grid ignores it). Default 8.","default":8},"method":{"type":"string","enum":["halton","grid","random"],"description":"How trials are placed in the space. Default \"halton\".","default":"halton","enumDescriptions":["Unscrambled Halton points, trial i = 1, 2, …","Every combination of values and gridPoints (≤ 1,000)","Seeded uniform draws"]},"seeds":{"type":"array","items":{"type":"integer","minimum":0},"minItems":1,"description":"Tuning seeds; must not overlap the experiment’s \"seeds\". Default: the first of 1000, 1001, … not among them."},"select":{"type":"string","enum":["target","final","best"],"enumDescriptions":["Mean steps to the target (not reached: ranked after, by final metric)","Mean target metric at the last evaluation (training loss without a target)","Mean best value of that metric"],"description":"How trials are ranked (diverged last; ties go to the lower trial index). Default \"target\" with a target, else \"final\"."}}},"task_function2d":{"type":"object","description":"2-D test function; the trajectory is plotted. No matrices: Muon-family optimizers do not apply.","additionalProperties":false,"required":["fn"],"properties":{"type":{"const":"function2d"},"fn":{"type":"string","enum":["rosenbrock","rastrigin","beale","quadratic"],"enumDescriptions":["(1 − x)² + 100(y − x²)²","Rastrigin (many local minima)","Beale","½(x² + condition·y²)"],"description":"Test function."},"condition":{"type":"number","minimum":1,"description":"Condition number of `quadratic`. Default 100.","default":100},"start":{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2,"description":"Start point [x, y] (default per function)."}}},"task_matrix":{"type":"object","description":"Ill-conditioned matrix regression or low-rank factorisation (where orthogonalised updates matter).","additionalProperties":false,"required":["problem"],"properties":{"type":{"const":"matrix"},"problem":{"type":"string","enum":["regression","lowrank"],"enumDescriptions":["min ‖XW − Y‖² with ill-conditioned X","min ‖UV − M‖² for a rank-r target"],"description":"Problem kind."},"rows":{"type":"integer","minimum":1,"description":"Rows of the learned matrix. Default 64.","default":64},"cols":{"type":"integer","minimum":1,"description":"Columns of the learned matrix. Default 32.","default":32},"rank":{"type":"integer","minimum":1,"description":"Rank of the target (lowrank). Default 4.","default":4},"condition":{"type":"number","minimum":1,"description":"Condition number of the data. Default 1000.","default":1000},"batchSize":{"type":"integer","minimum":1,"description":"Samples per step."}}},"task_mlp":{"type":"object","description":"MLP classifier on a 2-D dataset with a train/validation split (reports accuracy).","additionalProperties":false,"required":["dataset"],"properties":{"type":{"const":"mlp"},"dataset":{"type":"string","enum":["spirals","moons","blobs"],"description":"Dataset."},"hidden":{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"description":"Hidden layer widths. Default [64,64].","default":[64,64]},"samples":{"type":"integer","minimum":10,"description":"Samples generated (20% held out for validation). Default 2000.","default":2000},"noise":{"type":"number","minimum":0,"description":"Label noise / jitter (default per dataset)."},"classes":{"type":"integer","minimum":2,"description":"Number of classes (spirals/blobs). Default 3.","default":3},"batchSize":{"type":"integer","minimum":1,"description":"Samples per step."}}},"task_char_lm":{"type":"object","description":"Decoder-only character transformer (pre-norm blocks, causal multi-head attention, GELU MLP).","additionalProperties":false,"properties":{"type":{"const":"char_lm"},"layers":{"type":"integer","minimum":1,"description":"Transformer blocks. Default 2.","default":2},"dModel":{"type":"integer","minimum":1,"description":"Model width (must be divisible by heads). Default 64.","default":64},"heads":{"type":"integer","minimum":1,"description":"Attention heads per block. Default 4.","default":4},"context":{"type":"integer","minimum":2,"description":"Context length in characters. Default 64.","default":64},"batchSize":{"type":"integer","minimum":1,"description":"Sequences per step. Default 16.","default":16},"tiedHead":{"type":"boolean","description":"Tie the output head to the embedding. Default false.","default":false},"corpus":{"type":"object","description":"Training text: the built-in deterministic corpus (default) or a text file inside the workspace.","additionalProperties":false,"properties":{"file":{"type":"string","minLength":1,"description":"Text file, relative to the workspace folder; must be inside it."},"builtin":{"type":"string","enum":["grammar"],"description":"Built-in synthetic corpus. Default \"grammar\".","default":"grammar"},"chars":{"type":"integer","minimum":100,"description":"Characters of the built-in corpus to generate."}}}}},"task":{"type":"object","description":"The training task; every run and seed trains on the same task.","required":["type"],"properties":{"type":{"type":"string","enum":["function2d","matrix","mlp","char_lm"],"enumDescriptions":["2-D test function; the trajectory is plotted. No matrices: Muon-family optimizers do not apply.","Ill-conditioned matrix regression or low-rank factorisation (where orthogonalised updates matter).","MLP classifier on a 2-D dataset with a train/validation split (reports accuracy).","Decoder-only character transformer (pre-norm blocks, causal multi-head attention, GELU MLP)."],"description":"Task kind (SPEC §6)."}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"function2d"}},"required":["type"]},"then":{"$ref":"#/definitions/task_function2d"}},{"if":{"type":"object","properties":{"type":{"const":"matrix"}},"required":["type"]},"then":{"$ref":"#/definitions/task_matrix"}},{"if":{"type":"object","properties":{"type":{"const":"mlp"}},"required":["type"]},"then":{"$ref":"#/definitions/task_mlp"}},{"if":{"type":"object","properties":{"type":{"const":"char_lm"}},"required":["type"]},"then":{"$ref":"#/definitions/task_char_lm"}}]},"schedule_constant":{"type":"object","description":"Constant multiplier 1 (after the optional warmup).","additionalProperties":false,"properties":{"type":{"const":"constant"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0}}},"schedule_linear":{"type":"object","description":"Linear warmup, then linear decay to 0 at the last step: max(0, (T − t) / max(1, T − w)).","additionalProperties":false,"properties":{"type":{"const":"linear"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0}}},"schedule_warmup_cosine":{"type":"object","description":"Linear warmup, then cosine decay to minLrRatio at the last step.","additionalProperties":false,"properties":{"type":{"const":"warmup_cosine"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"numCycles":{"type":"number","minimum":0,"description":"Cosine cycles over the decay (0.5 = one half-cosine from 1 down to the floor). Default 0.5.","default":0.5},"minLrRatio":{"type":"number","minimum":0,"maximum":1,"description":"Floor r of the multiplier (final LR = r × base LR). Default 0.1.","default":0.1}}},"schedule_inverse_sqrt":{"type":"object","description":"Linear warmup, then 1/√((t + τ − w) / τ).","additionalProperties":false,"properties":{"type":{"const":"inverse_sqrt"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"timescale":{"type":"number","exclusiveMinimum":0,"description":"Timescale τ of 1/√((t + τ − w) / τ). Default: warmupSteps, or 10000 when warmupSteps is 0."}}},"schedule_wsd":{"type":"object","description":"Warmup–stable–decay: warmup, a flat stretch at the peak, then a decay to minLrRatio (needs no total).","additionalProperties":false,"properties":{"type":{"const":"wsd"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"stableSteps":{"type":"integer","minimum":0,"description":"Steps at the peak LR after warmup. Default 0.","default":0},"decaySteps":{"type":"integer","minimum":0,"description":"Steps of the final decay to minLrRatio. Default 0.","default":0},"minLrRatio":{"type":"number","minimum":0,"maximum":1,"description":"Floor r of the multiplier (final LR = r × base LR). Default 0.1.","default":0.1},"decayType":{"type":"string","enum":["linear","cosine","1-sqrt"],"description":"Shape of the WSD decay. Default \"linear\".","default":"linear","enumDescriptions":["r + (1 − r)(1 − q)","r + (1 − r)·½(1 + cos πq)","r + (1 − r)(1 − √q)"]}}},"schedule_step":{"type":"object","description":"PyTorch StepLR: the LR is multiplied by gamma every stepSize steps (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"step"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"stepSize":{"type":"integer","minimum":1,"description":"StepLR step_size: multiply the LR by gamma every stepSize steps. Required."},"gamma":{"type":"number","exclusiveMinimum":0,"description":"Multiplicative factor gamma. Default 0.1.","default":0.1}}},"schedule_multistep":{"type":"object","description":"PyTorch MultiStepLR: the LR is multiplied by gamma at each milestone (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"multistep"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"milestones":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1},"description":"MultiStepLR milestones: steps (after warmup) at which the LR is multiplied by gamma; strictly increasing. Required."},"gamma":{"type":"number","exclusiveMinimum":0,"description":"Multiplicative factor gamma. Default 0.1.","default":0.1}}},"schedule_exponential":{"type":"object","description":"PyTorch ExponentialLR: the LR is multiplied by gamma every step (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"exponential"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"gamma":{"type":"number","exclusiveMinimum":0,"description":"ExponentialLR gamma: the LR is multiplied by gamma every step. Required."}}},"schedule_polynomial":{"type":"object","description":"PyTorch PolynomialLR: polynomial decay to 0 over totalIters steps (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"polynomial"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"totalIters":{"type":"integer","minimum":1,"description":"PolynomialLR total_iters: steps of the decay to 0. Default: the run’s steps − warmupSteps."},"power":{"type":"number","minimum":0,"description":"PolynomialLR power. Default 1.","default":1}}},"schedule_cosine_annealing":{"type":"object","description":"PyTorch CosineAnnealingLR: cosine from the base LR to etaMin over tMax steps, chainable form (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"cosine_annealing"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"tMax":{"type":"integer","minimum":1,"description":"CosineAnnealingLR T_max: half-period of the cosine. Default: the run’s steps − warmupSteps."},"etaMin":{"type":"number","minimum":0,"description":"Minimum LR eta_min (absolute). Default 0.","default":0}}},"schedule_cosine_restarts":{"type":"object","description":"PyTorch CosineAnnealingWarmRestarts (SGDR): cosine cycles of t0, t0·tMult, … steps (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"cosine_restarts"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"t0":{"type":"integer","minimum":1,"description":"CosineAnnealingWarmRestarts T_0: steps of the first cycle. Required."},"tMult":{"type":"integer","minimum":1,"description":"CosineAnnealingWarmRestarts T_mult: each cycle is tMult× longer than the previous. Default 1.","default":1},"etaMin":{"type":"number","minimum":0,"description":"Minimum LR eta_min (absolute). Default 0.","default":0}}},"schedule_onecycle":{"type":"object","description":"PyTorch OneCycleLR: up to maxLr and down to maxLr/(divFactor·finalDivFactor) over the run; momentum cycles (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"onecycle"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"maxLr":{"type":"number","minimum":0,"description":"Peak LR max_lr (absolute). OneCycleLR default: the run’s lr; required for cyclic."},"pctStart":{"type":"number","minimum":0,"maximum":1,"description":"OneCycleLR pct_start: fraction of the cycle spent increasing the LR. Default 0.3.","default":0.3},"annealStrategy":{"type":"string","enum":["cos","linear"],"description":"OneCycleLR anneal_strategy. Default \"cos\".","default":"cos","enumDescriptions":["cosine annealing","linear annealing"]},"divFactor":{"type":"number","exclusiveMinimum":0,"description":"OneCycleLR div_factor: initial LR = maxLr / divFactor. Default 25.","default":25},"finalDivFactor":{"type":"number","exclusiveMinimum":0,"description":"OneCycleLR final_div_factor: final LR = initial LR / finalDivFactor. Default 10000.","default":10000},"threePhase":{"type":"boolean","description":"OneCycleLR three_phase: a third phase annihilates the LR after the symmetric cycle. Default false.","default":false},"cycleMomentum":{"type":"boolean","description":"The optimizer’s momentum (or Adam’s β₁) cycles inversely to the LR. Default true.","default":true},"baseMomentum":{"type":"number","minimum":0,"maximum":1,"description":"Lower momentum of the cycle. Default 0.85.","default":0.85},"maxMomentum":{"type":"number","minimum":0,"maximum":1,"description":"Upper momentum of the cycle. Default 0.95.","default":0.95}}},"schedule_cyclic":{"type":"object","description":"PyTorch CyclicLR: the LR cycles between baseLr and maxLr; momentum cycles (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"cyclic"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"baseLr":{"type":"number","minimum":0,"description":"CyclicLR base_lr: the lower LR of the cycle (absolute). Required."},"maxLr":{"type":"number","minimum":0,"description":"Peak LR max_lr (absolute). OneCycleLR default: the run’s lr; required for cyclic."},"stepSizeUp":{"type":"number","exclusiveMinimum":0,"description":"CyclicLR step_size_up: steps of the increasing half of a cycle. Default 2000.","default":2000},"stepSizeDown":{"type":"number","minimum":0,"description":"CyclicLR step_size_down: steps of the decreasing half. Default: stepSizeUp."},"mode":{"type":"string","enum":["triangular","triangular2","exp_range"],"description":"CyclicLR mode. Default \"triangular\".","default":"triangular","enumDescriptions":["constant amplitude","amplitude halved every cycle","amplitude × gamma^step"]},"gamma":{"type":"number","exclusiveMinimum":0,"description":"CyclicLR gamma of exp_range: amplitude × gamma^step. Default 1.","default":1},"cycleMomentum":{"type":"boolean","description":"The optimizer’s momentum (or Adam’s β₁) cycles inversely to the LR. Default true.","default":true},"baseMomentum":{"type":"number","minimum":0,"maximum":1,"description":"Lower momentum of the cycle. Default 0.8.","default":0.8},"maxMomentum":{"type":"number","minimum":0,"maximum":1,"description":"Upper momentum of the cycle. Default 0.9.","default":0.9}}},"schedule":{"type":"object","description":"LR schedule: a multiplier λ(t) of each group’s base LR (PyTorch LambdaLR convention: step t uses base·λ(t)).","required":["type"],"properties":{"type":{"type":"string","enum":["constant","linear","warmup_cosine","inverse_sqrt","wsd","step","multistep","exponential","polynomial","cosine_annealing","cosine_restarts","onecycle","cyclic"],"enumDescriptions":["Constant multiplier 1 (after the optional warmup).","Linear warmup, then linear decay to 0 at the last step: max(0, (T − t) / max(1, T − w)).","Linear warmup, then cosine decay to minLrRatio at the last step.","Linear warmup, then 1/√((t + τ − w) / τ).","Warmup–stable–decay: warmup, a flat stretch at the peak, then a decay to minLrRatio (needs no total).","PyTorch StepLR: the LR is multiplied by gamma every stepSize steps (torch 1.13, exact).","PyTorch MultiStepLR: the LR is multiplied by gamma at each milestone (torch 1.13, exact).","PyTorch ExponentialLR: the LR is multiplied by gamma every step (torch 1.13, exact).","PyTorch PolynomialLR: polynomial decay to 0 over totalIters steps (torch 1.13, exact).","PyTorch CosineAnnealingLR: cosine from the base LR to etaMin over tMax steps, chainable form (torch 1.13, exact).","PyTorch CosineAnnealingWarmRestarts (SGDR): cosine cycles of t0, t0·tMult, … steps (torch 1.13, exact).","PyTorch OneCycleLR: up to maxLr and down to maxLr/(divFactor·finalDivFactor) over the run; momentum cycles (torch 1.13, exact).","PyTorch CyclicLR: the LR cycles between baseLr and maxLr; momentum cycles (torch 1.13, exact)."],"description":"Schedule shape (SPEC §4; the PyTorch schedulers SPEC §12)."}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"constant"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_constant"}},{"if":{"type":"object","properties":{"type":{"const":"linear"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_linear"}},{"if":{"type":"object","properties":{"type":{"const":"warmup_cosine"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_warmup_cosine"}},{"if":{"type":"object","properties":{"type":{"const":"inverse_sqrt"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_inverse_sqrt"}},{"if":{"type":"object","properties":{"type":{"const":"wsd"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_wsd"}},{"if":{"type":"object","properties":{"type":{"const":"step"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_step"}},{"if":{"type":"object","properties":{"type":{"const":"multistep"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_multistep"}},{"if":{"type":"object","properties":{"type":{"const":"exponential"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_exponential"}},{"if":{"type":"object","properties":{"type":{"const":"polynomial"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_polynomial"}},{"if":{"type":"object","properties":{"type":{"const":"cosine_annealing"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_cosine_annealing"}},{"if":{"type":"object","properties":{"type":{"const":"cosine_restarts"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_cosine_restarts"}},{"if":{"type":"object","properties":{"type":{"const":"onecycle"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_onecycle"}},{"if":{"type":"object","properties":{"type":{"const":"cyclic"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_cyclic"}}]},"optimizer_sgd":{"type":"object","description":"Stochastic gradient descent (torch.optim.SGD).","additionalProperties":false,"properties":{"type":{"const":"sgd"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.","default":0},"dampening":{"type":"number","minimum":0,"maximum":1,"description":"Dampening for momentum (buffer ← μ·buf + (1 − dampening)·g). Default 0.","default":0},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default false.","default":false},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}},"optimizer_bgd":{"type":"object","description":"Batch gradient descent: SGD on the full training set each step.","additionalProperties":false,"properties":{"type":{"const":"bgd"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.","default":0},"dampening":{"type":"number","minimum":0,"maximum":1,"description":"Dampening for momentum (buffer ← μ·buf + (1 − dampening)·g). Default 0.","default":0},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default false.","default":false},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}},"optimizer_momentum":{"type":"object","description":"SGD with heavy-ball momentum (default 0.9).","additionalProperties":false,"properties":{"type":{"const":"momentum"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.9.","default":0.9},"dampening":{"type":"number","minimum":0,"maximum":1,"description":"Dampening for momentum (buffer ← μ·buf + (1 − dampening)·g). Default 0.","default":0},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default false.","default":false},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}},"optimizer_nag":{"type":"object","description":"SGD with Nesterov momentum (default 0.9).","additionalProperties":false,"properties":{"type":{"const":"nag"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.9.","default":0.9},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}},"optimizer_adagrad":{"type":"object","description":"Adagrad (torch.optim.Adagrad).","additionalProperties":false,"properties":{"type":{"const":"adagrad"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.01.","default":0.01},"lrDecay":{"type":"number","minimum":0,"description":"Adagrad learning-rate decay: lr / (1 + (t − 1)·lrDecay). Default 0.","default":0},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0},"initialAccumulatorValue":{"type":"number","minimum":0,"description":"Initial value of the Adagrad sum of squared gradients. Default 0.","default":0},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-10.","default":1e-10}}},"optimizer_adadelta":{"type":"object","description":"Adadelta (torch.optim.Adadelta).","additionalProperties":false,"properties":{"type":{"const":"adadelta"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 1.","default":1},"rho":{"type":"number","minimum":0,"maximum":1,"description":"Coefficient of the running averages of squared gradients and updates. Default 0.9.","default":0.9},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 0.000001.","default":0.000001},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}},"optimizer_rmsprop":{"type":"object","description":"RMSprop (torch.optim.RMSprop).","additionalProperties":false,"properties":{"type":{"const":"rmsprop"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.01.","default":0.01},"alpha":{"type":"number","minimum":0,"description":"Smoothing constant of the squared-gradient average. Default 0.99.","default":0.99},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.","default":0},"centered":{"type":"boolean","description":"Centered RMSprop: normalise by the estimated variance of the gradient. Default false.","default":false}}},"optimizer_adam":{"type":"object","description":"Adam (torch.optim.Adam); weightDecay is L2 added to the gradient.","additionalProperties":false,"properties":{"type":{"const":"adam"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0},"amsgrad":{"type":"boolean","description":"Use the AMSGrad variant (max of past second moments). Default false.","default":false}}},"optimizer_adamw":{"type":"object","description":"AdamW (torch.optim.AdamW): Adam with decoupled weight decay.","additionalProperties":false,"properties":{"type":{"const":"adamw"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01},"amsgrad":{"type":"boolean","description":"Use the AMSGrad variant (max of past second moments). Default false.","default":false}}},"optimizer_adamax":{"type":"object","description":"Adamax (torch.optim.Adamax): Adam with the infinity norm.","additionalProperties":false,"properties":{"type":{"const":"adamax"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.002.","default":0.002},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}},"optimizer_nadam":{"type":"object","description":"NAdam (torch.optim.NAdam): Adam with Nesterov momentum.","additionalProperties":false,"properties":{"type":{"const":"nadam"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.002.","default":0.002},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0},"momentumDecay":{"type":"number","minimum":0,"description":"NAdam momentum decay ψ. Default 0.004.","default":0.004}}},"optimizer_lion":{"type":"object","description":"Lion: sign of an interpolated momentum (Chen et al. 2023).","additionalProperties":false,"properties":{"type":{"const":"lion"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0001.","default":0.0001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.99].","default":[0.9,0.99]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0}}},"optimizer_sophia":{"type":"object","description":"SophiaG: clipped, Hessian-preconditioned momentum (Liu et al. 2023).","additionalProperties":false,"properties":{"type":{"const":"sophia"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0001.","default":0.0001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.965,0.99].","default":[0.965,0.99]},"rho":{"type":"number","minimum":0,"description":"Clipping scale ρ: step = sign(m)·min(|m| / (ρ·h + 1e-15), 1). Default 0.04.","default":0.04},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.1.","default":0.1},"hessianInterval":{"type":"integer","minimum":1,"description":"Refresh the Hessian-diagonal estimate every k steps. Default 10.","default":10}}},"optimizer_muon":{"type":"object","description":"Muon: Newton–Schulz-orthogonalised momentum for hidden matrices, AdamW fallback for the rest.","additionalProperties":false,"properties":{"type":{"const":"muon"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.02.","default":0.02},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.95.","default":0.95,"exclusiveMaximum":1},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default true.","default":true},"nsSteps":{"type":"integer","minimum":1,"maximum":100,"description":"Newton–Schulz iterations per step. Default 5.","default":5},"nsCoefficients":{"description":"Newton–Schulz coefficients (a, b, c) of X ← aX + (bA + cA²)X: one triple for every iteration, or a list of per-iteration triples. Default [3.4445, -4.775, 2.0315].","default":[3.4445,-4.775,2.0315],"anyOf":[{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3,"description":"One triple [a, b, c]."},{"type":"array","minItems":1,"description":"A list of per-iteration triples [[a, b, c], …].","items":{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3}}]},"adjustLr":{"type":"string","enum":["original","match_rms_adamw"],"description":"Scale of the orthogonalised update. Default \"original\".","default":"original","enumDescriptions":["√max(1, rows/cols) (Keller Jordan’s Muon)","0.2·√max(rows, cols) (Moonlight: update RMS matches AdamW)"]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0},"fallback":{"type":"object","description":"AdamW for embeddings, output head, norms, biases and 1-D parameters (the parameters Muon does not orthogonalise).","additionalProperties":false,"properties":{"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0003.","default":0.0003},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.95].","default":[0.9,0.95]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01}}}}},"optimizer_muonclip":{"type":"object","description":"MuonClip (Kimi K2): Muon plus per-head QK-clip of attention logits.","additionalProperties":false,"properties":{"type":{"const":"muonclip"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.02.","default":0.02},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.95.","default":0.95,"exclusiveMaximum":1},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default true.","default":true},"nsSteps":{"type":"integer","minimum":1,"maximum":100,"description":"Newton–Schulz iterations per step. Default 5.","default":5},"nsCoefficients":{"description":"Newton–Schulz coefficients (a, b, c) of X ← aX + (bA + cA²)X: one triple for every iteration, or a list of per-iteration triples. Default [3.4445, -4.775, 2.0315].","default":[3.4445,-4.775,2.0315],"anyOf":[{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3,"description":"One triple [a, b, c]."},{"type":"array","minItems":1,"description":"A list of per-iteration triples [[a, b, c], …].","items":{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3}}]},"adjustLr":{"type":"string","enum":["original","match_rms_adamw"],"description":"Scale of the orthogonalised update. Default \"original\".","default":"original","enumDescriptions":["√max(1, rows/cols) (Keller Jordan’s Muon)","0.2·√max(rows, cols) (Moonlight: update RMS matches AdamW)"]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0},"fallback":{"type":"object","description":"AdamW for embeddings, output head, norms, biases and 1-D parameters (the parameters Muon does not orthogonalise).","additionalProperties":false,"properties":{"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0003.","default":0.0003},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.95].","default":[0.9,0.95]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01}}},"qkClipThreshold":{"type":"number","exclusiveMinimum":0,"description":"QK-clip threshold τ on the max pre-softmax attention logit per head. Default 100.","default":100},"qkClipAlpha":{"type":"number","minimum":0,"maximum":1,"description":"Share α of the clip applied to W_q (η^α) vs W_k (η^(1−α)). Default 0.5.","default":0.5}}},"optimizer_hybrid":{"type":"object","description":"Muon for hidden 2-D weights and AdamW for the rest, each with its own base LR and the run’s schedule shape.","additionalProperties":false,"properties":{"type":{"const":"hybrid"},"muon":{"type":"object","description":"The Muon group (hidden 2-D weights).","additionalProperties":false,"properties":{"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.02.","default":0.02},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.95.","default":0.95,"exclusiveMaximum":1},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default true.","default":true},"nsSteps":{"type":"integer","minimum":1,"maximum":100,"description":"Newton–Schulz iterations per step. Default 5.","default":5},"nsCoefficients":{"description":"Newton–Schulz coefficients (a, b, c) of X ← aX + (bA + cA²)X: one triple for every iteration, or a list of per-iteration triples. Default [3.4445, -4.775, 2.0315].","default":[3.4445,-4.775,2.0315],"anyOf":[{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3,"description":"One triple [a, b, c]."},{"type":"array","minItems":1,"description":"A list of per-iteration triples [[a, b, c], …].","items":{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3}}]},"adjustLr":{"type":"string","enum":["original","match_rms_adamw"],"description":"Scale of the orthogonalised update. Default \"original\".","default":"original","enumDescriptions":["√max(1, rows/cols) (Keller Jordan’s Muon)","0.2·√max(rows, cols) (Moonlight: update RMS matches AdamW)"]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01}}},"adamw":{"type":"object","description":"The AdamW group (embeddings, head, norms, biases).","additionalProperties":false,"properties":{"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01},"amsgrad":{"type":"boolean","description":"Use the AMSGrad variant (max of past second moments). Default false.","default":false}}}}},"optimizer_adopt":{"type":"object","description":"ADOPT (Taniguchi et al. 2024; iShohei220/adopt): normalise g by the previous √v, clip at (t−1)^¼, then momentum; the first step only initialises v.","additionalProperties":false,"properties":{"type":{"const":"adopt"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.9999].","default":[0.9,0.9999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 0.000001.","default":0.000001},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay: L2 added to the gradient, or decoupled p ← p − lr·wd·p with decouple. Default 0.","default":0},"decouple":{"type":"boolean","description":"Decoupled (AdamW-style) weight decay instead of L2. Default false.","default":false}}},"optimizer_ademamix":{"type":"object","description":"AdEMAMix (Pagliardini et al. 2024; apple/ml-ademamix): Adam whose numerator adds α × a slow EMA (β₃) of the gradient to the bias-corrected fast one.","additionalProperties":false,"properties":{"type":{"const":"ademamix"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":3,"maxItems":3,"description":"Coefficients [β₁, β₂, β₃]: fast EMA, second moment, slow EMA; each in [0, 1). β₁ = 0 keeps no fast EMA. Default [0.9,0.999,0.9999].","default":[0.9,0.999,0.9999]},"alpha":{"type":"number","minimum":0,"description":"Weight α of the slow EMA in the numerator. Default 2.","default":2},"beta3Warmup":{"type":"integer","minimum":0,"description":"Steps over which β₃ grows from β₁ to β₃, linearly in half-life. No warmup when absent (or 0)."},"alphaWarmup":{"type":"integer","minimum":0,"description":"Steps over which α grows linearly from 0. No warmup when absent (or 0)."},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay added to the update: p ← p − lr·(u + wd·p). Default 0.","default":0}}},"optimizer_cautious_adamw":{"type":"object","description":"Cautious AdamW (Liang et al. 2024; kyleliang919/C-Optim c_adamw.py): AdamW applied only where m·g > 0, divided by the mean of that mask (≥ 1e-3).","additionalProperties":false,"properties":{"type":{"const":"cautious_adamw"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 0.000001.","default":0.000001},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0}}},"optimizer_cautious_lion":{"type":"object","description":"Cautious Lion (Liang et al. 2024; kyleliang919/C-Optim c_lion.py): Lion applied only where its sign agrees with g, scaled by n / (kept + 1).","additionalProperties":false,"properties":{"type":{"const":"cautious_lion"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0001.","default":0.0001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.95,0.98].","default":[0.95,0.98]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0}}},"optimizer_laprop":{"type":"object","description":"LaProp (Ziyin et al. 2020; Z-T-WANG/LaProp-Optimizer): momentum of RMSprop-normalised gradients, bias corrections that follow the LR history.","additionalProperties":false,"properties":{"type":{"const":"laprop"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0004.","default":0.0004},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-15.","default":1e-15},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay after the step, not scaled by the LR (as the reference): p ← p − wd·p. Default 0.","default":0},"amsgrad":{"type":"boolean","description":"Use the AMSGrad variant (max of past second moments). Default false.","default":false},"centered":{"type":"boolean","description":"Subtract the squared mean gradient from the second moment (from step 11 on, as the reference). Default false.","default":false}}},"optimizer_adan":{"type":"object","description":"Adan (Xie et al. 2022; sail-sg/Adan): Nesterov-style momentum from EMAs of the gradient, of its difference and of the squared extrapolated gradient.","additionalProperties":false,"properties":{"type":{"const":"adan"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":3,"maxItems":3,"description":"Coefficients [β₁, β₂, β₃] of the gradient, gradient-difference and second-moment averages; each in [0, 1). Default [0.98,0.92,0.99].","default":[0.98,0.92,0.99]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay: proximal p ← p / (1 + lr·wd) after the step, or p ← p(1 − lr·wd) before it with noProx. Default 0.","default":0},"maxGradNorm":{"type":"number","minimum":0,"description":"Clip the global gradient norm (over all parameters) to this value; 0 = no clipping. Default 0.","default":0},"noProx":{"type":"boolean","description":"Decoupled decay p(1 − lr·wd) instead of the proximal division. Default false.","default":false}}},"optimizer_mars":{"type":"object","description":"MARS (Yuan et al. 2024; AGI-Arena/MARS): variance-reduced AdamW or Lion on 2-D weights with the previous step’s gradient; other parameters take its own AdamW.","additionalProperties":false,"properties":{"type":{"const":"mars"},"lr":{"type":"number","exclusiveMinimum":0,"description":"Base learning rate (> 0: the AdamW branch’s LR is lr1d/lr times it); each step uses lr × λ(t) of the schedule. Default 0.003.","default":0.003},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.95,0.99].","default":[0.95,0.99]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0},"amsgrad":{"type":"boolean","description":"Use the AMSGrad variant (max of past second moments). Default false.","default":false},"gamma":{"type":"number","description":"Scale γ of the gradient correction c = g + γ·β₁/(1 − β₁)·(g − g_prev). Default 0.025.","default":0.025},"isApprox":{"type":"boolean","description":"Use the previous step’s gradient for the correction (the approximate variant; the only one offered). Default true.","default":true,"const":true},"marsType":{"type":"string","enum":["mars-adamw","mars-lion"],"description":"Update applied to the corrected momentum (mars-shampoo is not offered). Default \"mars-adamw\".","default":"mars-adamw","enumDescriptions":["AdamW on the corrected gradient","sign of the corrected momentum (Lion-like)"]},"optimize1d":{"type":"boolean","description":"Use MARS for non-2-D parameters too, instead of its AdamW branch. Default false.","default":false},"lr1d":{"type":"number","minimum":0,"description":"LR of the AdamW branch for non-2-D parameters (follows the run’s schedule: lr × lr1d / base LR). Default 0.003.","default":0.003},"betas1d":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.95].","default":[0.9,0.95]},"weightDecay1d":{"type":"number","minimum":0,"description":"Decoupled weight decay of the AdamW branch: p ← p − lr₁d·wd·p. Default 0.1.","default":0.1}}},"optimizer_schedule_free_adamw":{"type":"object","description":"Schedule-free AdamW (Defazio et al. 2024; facebookresearch/schedule_free): no LR decay; trains at y, evaluates the average x. The run’s schedule must be constant (warm up with warmupSteps).","additionalProperties":false,"properties":{"type":{"const":"schedule_free_adamw"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0025.","default":0.0025},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay added to the normalised gradient at y: ĝ ← ĝ + wd·y. Default 0.","default":0},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear LR warmup over this many steps, inside the optimizer (the run’s schedule stays constant). Default 0.","default":0},"r":{"type":"number","minimum":0,"description":"Polynomial weighting power r of the average: step k weighs (k + 1)^r. Default 0.","default":0},"weightLrPower":{"type":"number","minimum":0,"description":"The average weighs each step by lr_max^weightLrPower too (0 = no LR weighting). Default 2.","default":2},"innerMomentum":{"type":"number","minimum":0,"exclusiveMaximum":1,"description":"EMA of the gradient inside the Adam step (like AdamW’s β₁); 0 keeps none. Default 0.","default":0}}},"optimizer_schedule_free_sgd":{"type":"object","description":"Schedule-free SGD (Defazio et al. 2024; facebookresearch/schedule_free): no LR decay; trains at y, evaluates the average x. The run’s schedule must be constant (warm up with warmupSteps).","additionalProperties":false,"properties":{"type":{"const":"schedule_free_sgd"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 1.","default":1},"momentum":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"Interpolation β of y between z and x (0 < β < 1). Default 0.9.","default":0.9},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay added to the gradient at y: g ← g + wd·y. Default 0.","default":0},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear LR warmup over this many steps, inside the optimizer (the run’s schedule stays constant). Default 0.","default":0},"r":{"type":"number","minimum":0,"description":"Polynomial weighting power r of the average: step k weighs (k + 1)^r. Default 0.","default":0},"weightLrPower":{"type":"number","minimum":0,"description":"The average weighs each step by lr_max^weightLrPower too (0 = no LR weighting). Default 2.","default":2}}},"optimizer_normuon":{"type":"object","description":"NorMuon (microsoft/dion): Muon with per-neuron second-moment normalisation of the orthogonalised update; AdamW for the rest.","additionalProperties":false,"properties":{"type":{"const":"normuon"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.01.","default":0.01},"mu":{"type":"number","minimum":0,"description":"Momentum μ of M ← μM + G. Default 0.95.","default":0.95},"muonBeta2":{"type":"number","minimum":0,"maximum":1,"description":"Decay of the per-neuron (per-row) second moment of the orthogonalised update. Default 0.95.","default":0.95},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"AdamW [β₁, β₂] of the non-matrix parameters, each in [0, 1). Default [0.9,0.95].","default":[0.9,0.95]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01},"cautiousWd":{"type":"boolean","description":"Cautious weight decay: decay only where the parameter and its update agree in sign. Default false.","default":false},"epsilon":{"type":"number","minimum":0,"description":"Added to the norm before Newton–Schulz and to the AdamW denominator. Default 1e-8.","default":1e-8},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default false.","default":false},"adjustLr":{"description":"Scale of the NorMuon update: spectral_norm √(rows/cols), rms_norm 0.2·√max(rows, cols), null none. Default \"spectral_norm\".","default":"spectral_norm","anyOf":[{"type":"string","enum":["spectral_norm","rms_norm"],"enumDescriptions":["√(rows/cols): LR transfer across widths","0.2·√max(rows, cols): update RMS like AdamW"]},{"type":"null","description":"No shape-dependent scale."}]},"flatten":{"type":"boolean","description":"Orthogonalise a ≥ 3-D weight as one [shape[0], rest] matrix (false: as a batch of its trailing matrices). Default false.","default":false},"usePolarExpress":{"type":"boolean","description":"Polar Express coefficients with the 1.02 normalisation (false: dion’s 5-step Newton–Schulz quintics). Default true.","default":true},"fallback":{"type":"object","description":"AdamW group of embeddings, head, norms, biases and 1-D parameters; each option defaults to the optimizer’s own (lr, betas, weightDecay, epsilon).","additionalProperties":false,"properties":{"lr":{"type":"number","minimum":0,"description":"Base LR of the AdamW group (× λ(t)). Default: the optimizer’s lr."},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"AdamW [β₁, β₂], each in [0, 1). Default: the optimizer’s betas."},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay of the AdamW group. Default: the optimizer’s weightDecay."},"epsilon":{"type":"number","minimum":0,"description":"AdamW eps. Default: the optimizer’s epsilon."}}}}},"optimizer_soap":{"type":"object","description":"SOAP (Vyas et al. 2024, nikhilvyas/SOAP): Adam in the eigenbasis of Shampoo’s Kronecker factors, refreshed by a QR power step.","additionalProperties":false,"properties":{"type":{"const":"soap"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.003.","default":0.003},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.95,0.95].","default":[0.95,0.95]},"shampooBeta":{"type":"number","exclusiveMaximum":1,"description":"Decay of the Kronecker factors L_d; a negative value uses β₂. Default -1.","default":-1},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay, applied after the step: p ← p − lr·wd·p. Default 0.01.","default":0.01},"preconditionFrequency":{"type":"integer","minimum":1,"description":"Refresh the eigenbases (one power iteration + QR) every k steps. Default 10.","default":10},"maxPrecondDim":{"type":"integer","minimum":1,"description":"Dimensions larger than this get no factor (identity basis). Default 10000.","default":10000},"mergeDims":{"type":"boolean","description":"Merge neighbouring dimensions while their product stays ≤ maxPrecondDim. Default false.","default":false},"precondition1d":{"type":"boolean","description":"Also precondition 1-D parameters (biases, norm gains). Default false.","default":false},"normalizeGrads":{"type":"boolean","description":"Divide each update by its RMS (helps at large preconditionFrequency). Default false.","default":false},"dataFormat":{"type":"string","enum":["channels_first","channels_last"],"description":"Layout of 4-D weights when merging dimensions. Default \"channels_first\".","default":"channels_first","enumDescriptions":["NCHW","NHWC: permuted to NCHW before merging"]},"correctBias":{"type":"boolean","description":"Adam bias correction: step lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ). Default true.","default":true}}},"optimizer_shampoo":{"type":"object","description":"Shampoo (Gupta et al. 2018, kozistr/pytorch_optimizer): one Kronecker statistic per dimension, update multiplied by their inverse r-th roots.","additionalProperties":false,"properties":{"type":{"const":"shampoo"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"momentum":{"type":"number","minimum":0,"maximum":1,"description":"Momentum μ: g ← (1 − μ)g + μ·(last preconditioned update). Default 0.","default":0},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay: L2 on the gradient, or decoupled with weightDecouple. Default 0.","default":0},"weightDecouple":{"type":"boolean","description":"Decoupled weight decay p ← p(1 − wd·lr) as in AdamW. Default false.","default":false},"fixedDecay":{"type":"boolean","description":"With weightDecouple: p ← p(1 − wd), independent of the LR. Default false.","default":false},"preconditioningComputeSteps":{"type":"integer","minimum":1,"description":"Recompute the inverse roots every k steps (they start at 0: the first k − 1 steps do not move p). Default 1.","default":1},"matrixEps":{"type":"number","minimum":0,"description":"Initial statistics matrixEps·I (keeps the inverse roots finite). Default 0.000001.","default":0.000001},"maximize":{"type":"boolean","description":"Maximize the objective (negate the gradient). Default false.","default":false}}},"optimizer_prodigy":{"type":"object","description":"Prodigy (Mishchenko & Defazio 2023, konstmish/prodigy): Adam whose step size d is estimated on the fly; lr is a multiplier of d.","additionalProperties":false,"properties":{"type":{"const":"prodigy"},"lr":{"type":"number","exclusiveMinimum":0,"description":"Multiplier of the estimated step size d (the step uses d·lr·λ(t)); leave at 1 unless training is unstable. Default 1.","default":1},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","exclusiveMinimum":0,"description":"Term added to the denominator outside the square root. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay: L2 on the gradient, or p ← p(1 − wd·d·lr) when decouple is true. Default 0.","default":0},"useBiasCorrection":{"type":"boolean","description":"Adam bias correction folded into the step size: × √(1 − β₂^k) / (1 − β₁^k). Default false.","default":false},"d0":{"type":"number","exclusiveMinimum":0,"description":"Initial estimate d₀ of the distance to a solution. Default 0.000001.","default":0.000001},"growthRate":{"type":"number","exclusiveMinimum":0,"description":"Cap on the growth of d per step (d ← min(…, d·growthRate)); 1.02 gives a warmup-like ramp. Default ∞ (leave out: JSON cannot write it)."},"beta3":{"type":"number","minimum":0,"exclusiveMaximum":1,"description":"Decay β₃ of the running sums behind the d estimate. Default √β₂ (leave out)."},"decouple":{"type":"boolean","description":"AdamW-style decoupled weight decay (false: L2 added to the gradient). Default true.","default":true},"safeguardWarmup":{"type":"boolean","description":"Leave lr out of the denominator of the d estimate (helps under LR warmup). Default false.","default":false},"dCoef":{"type":"number","exclusiveMinimum":0,"description":"Coefficient of the d estimate: the preferred knob (0.5 or 2 also work). Default 1.","default":1},"sliceP":{"type":"integer","minimum":1,"description":"Estimate d from every p-th entry only (≈ 11 saves memory; 1 = exact Prodigy). Default 1.","default":1}}},"optimizer_dadapt_adam":{"type":"object","description":"D-Adapt Adam (Defazio & Mishchenko 2023, facebookresearch/dadaptation): Adam with a D-Adaptation step size; lr is a multiplier of d.","additionalProperties":false,"properties":{"type":{"const":"dadapt_adam"},"lr":{"type":"number","exclusiveMinimum":0,"description":"Multiplier of the estimated step size d (the step uses d·lr·λ(t)); leave at 1 unless training is unstable. Default 1.","default":1},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","exclusiveMinimum":0,"description":"Term added to the denominator outside the square root. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay: L2 on the gradient, or p ← p(1 − wd·d·lr) when decouple is true. Default 0.","default":0},"useBiasCorrection":{"type":"boolean","description":"Adam bias correction folded into the step size: × √(1 − β₂^k) / (1 − β₁^k). Default false.","default":false},"d0":{"type":"number","exclusiveMinimum":0,"description":"Initial estimate d₀ of the distance to a solution. Default 0.000001.","default":0.000001},"growthRate":{"type":"number","exclusiveMinimum":0,"description":"Cap on the growth of d per step (d ← min(…, d·growthRate)); 1.02 gives a warmup-like ramp. Default ∞ (leave out: JSON cannot write it)."},"decouple":{"type":"boolean","description":"AdamW-style decoupled weight decay (false: L2 added to the gradient). Default false.","default":false}}},"optimizer":{"type":"object","description":"Optimizer and its options; omitted options take the defaults shown.","required":["type"],"properties":{"type":{"type":"string","enum":["sgd","bgd","momentum","nag","adagrad","adadelta","rmsprop","adam","adamw","adamax","nadam","lion","sophia","muon","muonclip","hybrid","adopt","ademamix","cautious_adamw","cautious_lion","laprop","adan","mars","schedule_free_adamw","schedule_free_sgd","normuon","soap","shampoo","prodigy","dadapt_adam"],"enumDescriptions":["Stochastic gradient descent (torch.optim.SGD).","Batch gradient descent: SGD on the full training set each step.","SGD with heavy-ball momentum (default 0.9).","SGD with Nesterov momentum (default 0.9).","Adagrad (torch.optim.Adagrad).","Adadelta (torch.optim.Adadelta).","RMSprop (torch.optim.RMSprop).","Adam (torch.optim.Adam); weightDecay is L2 added to the gradient.","AdamW (torch.optim.AdamW): Adam with decoupled weight decay.","Adamax (torch.optim.Adamax): Adam with the infinity norm.","NAdam (torch.optim.NAdam): Adam with Nesterov momentum.","Lion: sign of an interpolated momentum (Chen et al. 2023).","SophiaG: clipped, Hessian-preconditioned momentum (Liu et al. 2023).","Muon: Newton–Schulz-orthogonalised momentum for hidden matrices, AdamW fallback for the rest.","MuonClip (Kimi K2): Muon plus per-head QK-clip of attention logits.","Muon for hidden 2-D weights and AdamW for the rest, each with its own base LR and the run’s schedule shape.","ADOPT (Taniguchi et al. 2024; iShohei220/adopt): normalise g by the previous √v, clip at (t−1)^¼, then momentum; the first step only initialises v.","AdEMAMix (Pagliardini et al. 2024; apple/ml-ademamix): Adam whose numerator adds α × a slow EMA (β₃) of the gradient to the bias-corrected fast one.","Cautious AdamW (Liang et al. 2024; kyleliang919/C-Optim c_adamw.py): AdamW applied only where m·g > 0, divided by the mean of that mask (≥ 1e-3).","Cautious Lion (Liang et al. 2024; kyleliang919/C-Optim c_lion.py): Lion applied only where its sign agrees with g, scaled by n / (kept + 1).","LaProp (Ziyin et al. 2020; Z-T-WANG/LaProp-Optimizer): momentum of RMSprop-normalised gradients, bias corrections that follow the LR history.","Adan (Xie et al. 2022; sail-sg/Adan): Nesterov-style momentum from EMAs of the gradient, of its difference and of the squared extrapolated gradient.","MARS (Yuan et al. 2024; AGI-Arena/MARS): variance-reduced AdamW or Lion on 2-D weights with the previous step’s gradient; other parameters take its own AdamW.","Schedule-free AdamW (Defazio et al. 2024; facebookresearch/schedule_free): no LR decay; trains at y, evaluates the average x. The run’s schedule must be constant (warm up with warmupSteps).","Schedule-free SGD (Defazio et al. 2024; facebookresearch/schedule_free): no LR decay; trains at y, evaluates the average x. The run’s schedule must be constant (warm up with warmupSteps).","NorMuon (microsoft/dion): Muon with per-neuron second-moment normalisation of the orthogonalised update; AdamW for the rest.","SOAP (Vyas et al. 2024, nikhilvyas/SOAP): Adam in the eigenbasis of Shampoo’s Kronecker factors, refreshed by a QR power step.","Shampoo (Gupta et al. 2018, kozistr/pytorch_optimizer): one Kronecker statistic per dimension, update multiplied by their inverse r-th roots.","Prodigy (Mishchenko & Defazio 2023, konstmish/prodigy): Adam whose step size d is estimated on the fly; lr is a multiplier of d.","D-Adapt Adam (Defazio & Mishchenko 2023, facebookresearch/dadaptation): Adam with a D-Adaptation step size; lr is a multiplier of d."],"description":"Optimizer family (SPEC §3)."}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"sgd"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_sgd"}},{"if":{"type":"object","properties":{"type":{"const":"bgd"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_bgd"}},{"if":{"type":"object","properties":{"type":{"const":"momentum"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_momentum"}},{"if":{"type":"object","properties":{"type":{"const":"nag"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_nag"}},{"if":{"type":"object","properties":{"type":{"const":"adagrad"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adagrad"}},{"if":{"type":"object","properties":{"type":{"const":"adadelta"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adadelta"}},{"if":{"type":"object","properties":{"type":{"const":"rmsprop"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_rmsprop"}},{"if":{"type":"object","properties":{"type":{"const":"adam"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adam"}},{"if":{"type":"object","properties":{"type":{"const":"adamw"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adamw"}},{"if":{"type":"object","properties":{"type":{"const":"adamax"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adamax"}},{"if":{"type":"object","properties":{"type":{"const":"nadam"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_nadam"}},{"if":{"type":"object","properties":{"type":{"const":"lion"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_lion"}},{"if":{"type":"object","properties":{"type":{"const":"sophia"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_sophia"}},{"if":{"type":"object","properties":{"type":{"const":"muon"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_muon"}},{"if":{"type":"object","properties":{"type":{"const":"muonclip"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_muonclip"}},{"if":{"type":"object","properties":{"type":{"const":"hybrid"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_hybrid"}},{"if":{"type":"object","properties":{"type":{"const":"adopt"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adopt"}},{"if":{"type":"object","properties":{"type":{"const":"ademamix"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_ademamix"}},{"if":{"type":"object","properties":{"type":{"const":"cautious_adamw"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_cautious_adamw"}},{"if":{"type":"object","properties":{"type":{"const":"cautious_lion"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_cautious_lion"}},{"if":{"type":"object","properties":{"type":{"const":"laprop"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_laprop"}},{"if":{"type":"object","properties":{"type":{"const":"adan"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adan"}},{"if":{"type":"object","properties":{"type":{"const":"mars"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_mars"}},{"if":{"type":"object","properties":{"type":{"const":"schedule_free_adamw"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_schedule_free_adamw"}},{"if":{"type":"object","properties":{"type":{"const":"schedule_free_sgd"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_schedule_free_sgd"}},{"if":{"type":"object","properties":{"type":{"const":"normuon"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_normuon"}},{"if":{"type":"object","properties":{"type":{"const":"soap"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_soap"}},{"if":{"type":"object","properties":{"type":{"const":"shampoo"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_shampoo"}},{"if":{"type":"object","properties":{"type":{"const":"prodigy"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_prodigy"}},{"if":{"type":"object","properties":{"type":{"const":"dadapt_adam"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_dadapt_adam"}}]}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const schema7 = {"type":"object","description":"The training task; every run and seed trains on the same task.","required":["type"],"properties":{"type":{"type":"string","enum":["function2d","matrix","mlp","char_lm"],"enumDescriptions":["2-D test function; the trajectory is plotted. No matrices: Muon-family optimizers do not apply.","Ill-conditioned matrix regression or low-rank factorisation (where orthogonalised updates matter).","MLP classifier on a 2-D dataset with a train/validation split (reports accuracy).","Decoder-only character transformer (pre-norm blocks, causal multi-head attention, GELU MLP)."],"description":"Task kind (SPEC §6)."}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"function2d"}},"required":["type"]},"then":{"$ref":"#/definitions/task_function2d"}},{"if":{"type":"object","properties":{"type":{"const":"matrix"}},"required":["type"]},"then":{"$ref":"#/definitions/task_matrix"}},{"if":{"type":"object","properties":{"type":{"const":"mlp"}},"required":["type"]},"then":{"$ref":"#/definitions/task_mlp"}},{"if":{"type":"object","properties":{"type":{"const":"char_lm"}},"required":["type"]},"then":{"$ref":"#/definitions/task_char_lm"}}]};
const schema8 = {"type":"object","description":"2-D test function; the trajectory is plotted. No matrices: Muon-family optimizers do not apply.","additionalProperties":false,"required":["fn"],"properties":{"type":{"const":"function2d"},"fn":{"type":"string","enum":["rosenbrock","rastrigin","beale","quadratic"],"enumDescriptions":["(1 − x)² + 100(y − x²)²","Rastrigin (many local minima)","Beale","½(x² + condition·y²)"],"description":"Test function."},"condition":{"type":"number","minimum":1,"description":"Condition number of `quadratic`. Default 100.","default":100},"start":{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2,"description":"Start point [x, y] (default per function)."}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fn === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fn"},message:"must have required property '"+"fn"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "fn")) || (key0 === "condition")) || (key0 === "start"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
if("function2d" !== data.type){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "function2d"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.fn !== undefined){
let data1 = data.fn;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/fn",schemaPath:"#/properties/fn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data1 === "rosenbrock") || (data1 === "rastrigin")) || (data1 === "beale")) || (data1 === "quadratic"))){
const err4 = {instancePath:instancePath+"/fn",schemaPath:"#/properties/fn/enum",keyword:"enum",params:{allowedValues: schema8.properties.fn.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.condition !== undefined){
let data2 = data.condition;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.start !== undefined){
let data3 = data.start;
if(Array.isArray(data3)){
if(data3.length > 2){
const err7 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.length < 2){
const err8 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/start/" + i0,schemaPath:"#/properties/start/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema9 = {"type":"object","description":"Ill-conditioned matrix regression or low-rank factorisation (where orthogonalised updates matter).","additionalProperties":false,"required":["problem"],"properties":{"type":{"const":"matrix"},"problem":{"type":"string","enum":["regression","lowrank"],"enumDescriptions":["min ‖XW − Y‖² with ill-conditioned X","min ‖UV − M‖² for a rank-r target"],"description":"Problem kind."},"rows":{"type":"integer","minimum":1,"description":"Rows of the learned matrix. Default 64.","default":64},"cols":{"type":"integer","minimum":1,"description":"Columns of the learned matrix. Default 32.","default":32},"rank":{"type":"integer","minimum":1,"description":"Rank of the target (lowrank). Default 4.","default":4},"condition":{"type":"number","minimum":1,"description":"Condition number of the data. Default 1000.","default":1000},"batchSize":{"type":"integer","minimum":1,"description":"Samples per step."}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.problem === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "problem"},message:"must have required property '"+"problem"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "problem")) || (key0 === "rows")) || (key0 === "cols")) || (key0 === "rank")) || (key0 === "condition")) || (key0 === "batchSize"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
if("matrix" !== data.type){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "matrix"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.problem !== undefined){
let data1 = data.problem;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/problem",schemaPath:"#/properties/problem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data1 === "regression") || (data1 === "lowrank"))){
const err4 = {instancePath:instancePath+"/problem",schemaPath:"#/properties/problem/enum",keyword:"enum",params:{allowedValues: schema9.properties.problem.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.rows !== undefined){
let data2 = data.rows;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.cols !== undefined){
let data3 = data.cols;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/cols",schemaPath:"#/properties/cols/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/cols",schemaPath:"#/properties/cols/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.rank !== undefined){
let data4 = data.rank;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/rank",schemaPath:"#/properties/rank/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/rank",schemaPath:"#/properties/rank/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.condition !== undefined){
let data5 = data.condition;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.batchSize !== undefined){
let data6 = data.batchSize;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema10 = {"type":"object","description":"MLP classifier on a 2-D dataset with a train/validation split (reports accuracy).","additionalProperties":false,"required":["dataset"],"properties":{"type":{"const":"mlp"},"dataset":{"type":"string","enum":["spirals","moons","blobs"],"description":"Dataset."},"hidden":{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"description":"Hidden layer widths. Default [64,64].","default":[64,64]},"samples":{"type":"integer","minimum":10,"description":"Samples generated (20% held out for validation). Default 2000.","default":2000},"noise":{"type":"number","minimum":0,"description":"Label noise / jitter (default per dataset)."},"classes":{"type":"integer","minimum":2,"description":"Number of classes (spirals/blobs). Default 3.","default":3},"batchSize":{"type":"integer","minimum":1,"description":"Samples per step."}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dataset === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset"},message:"must have required property '"+"dataset"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "dataset")) || (key0 === "hidden")) || (key0 === "samples")) || (key0 === "noise")) || (key0 === "classes")) || (key0 === "batchSize"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
if("mlp" !== data.type){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "mlp"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.dataset !== undefined){
let data1 = data.dataset;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data1 === "spirals") || (data1 === "moons")) || (data1 === "blobs"))){
const err4 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/enum",keyword:"enum",params:{allowedValues: schema10.properties.dataset.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.hidden !== undefined){
let data2 = data.hidden;
if(Array.isArray(data2)){
if(data2.length < 1){
const err5 = {instancePath:instancePath+"/hidden",schemaPath:"#/properties/hidden/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/hidden/" + i0,schemaPath:"#/properties/hidden/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/hidden/" + i0,schemaPath:"#/properties/hidden/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/hidden",schemaPath:"#/properties/hidden/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.samples !== undefined){
let data4 = data.samples;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/samples",schemaPath:"#/properties/samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 10 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/samples",schemaPath:"#/properties/samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.noise !== undefined){
let data5 = data.noise;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/noise",schemaPath:"#/properties/noise/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/noise",schemaPath:"#/properties/noise/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.classes !== undefined){
let data6 = data.classes;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/classes",schemaPath:"#/properties/classes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 2 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/classes",schemaPath:"#/properties/classes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.batchSize !== undefined){
let data7 = data.batchSize;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err15 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema11 = {"type":"object","description":"Decoder-only character transformer (pre-norm blocks, causal multi-head attention, GELU MLP).","additionalProperties":false,"properties":{"type":{"const":"char_lm"},"layers":{"type":"integer","minimum":1,"description":"Transformer blocks. Default 2.","default":2},"dModel":{"type":"integer","minimum":1,"description":"Model width (must be divisible by heads). Default 64.","default":64},"heads":{"type":"integer","minimum":1,"description":"Attention heads per block. Default 4.","default":4},"context":{"type":"integer","minimum":2,"description":"Context length in characters. Default 64.","default":64},"batchSize":{"type":"integer","minimum":1,"description":"Sequences per step. Default 16.","default":16},"tiedHead":{"type":"boolean","description":"Tie the output head to the embedding. Default false.","default":false},"corpus":{"type":"object","description":"Training text: the built-in deterministic corpus (default) or a text file inside the workspace.","additionalProperties":false,"properties":{"file":{"type":"string","minLength":1,"description":"Text file, relative to the workspace folder; must be inside it."},"builtin":{"type":"string","enum":["grammar"],"description":"Built-in synthetic corpus. Default \"grammar\".","default":"grammar"},"chars":{"type":"integer","minimum":100,"description":"Characters of the built-in corpus to generate."}}}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "layers")) || (key0 === "dModel")) || (key0 === "heads")) || (key0 === "context")) || (key0 === "batchSize")) || (key0 === "tiedHead")) || (key0 === "corpus"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("char_lm" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "char_lm"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.layers !== undefined){
let data1 = data.layers;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/layers",schemaPath:"#/properties/layers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/layers",schemaPath:"#/properties/layers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.dModel !== undefined){
let data2 = data.dModel;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/dModel",schemaPath:"#/properties/dModel/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/dModel",schemaPath:"#/properties/dModel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.heads !== undefined){
let data3 = data.heads;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/heads",schemaPath:"#/properties/heads/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/heads",schemaPath:"#/properties/heads/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.context !== undefined){
let data4 = data.context;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 2 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.batchSize !== undefined){
let data5 = data.batchSize;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.tiedHead !== undefined){
if(typeof data.tiedHead !== "boolean"){
const err12 = {instancePath:instancePath+"/tiedHead",schemaPath:"#/properties/tiedHead/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.corpus !== undefined){
let data7 = data.corpus;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!(((key1 === "file") || (key1 === "builtin")) || (key1 === "chars"))){
const err13 = {instancePath:instancePath+"/corpus",schemaPath:"#/properties/corpus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.file !== undefined){
let data8 = data7.file;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err14 = {instancePath:instancePath+"/corpus/file",schemaPath:"#/properties/corpus/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/corpus/file",schemaPath:"#/properties/corpus/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.builtin !== undefined){
let data9 = data7.builtin;
if(typeof data9 !== "string"){
const err16 = {instancePath:instancePath+"/corpus/builtin",schemaPath:"#/properties/corpus/properties/builtin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(data9 === "grammar")){
const err17 = {instancePath:instancePath+"/corpus/builtin",schemaPath:"#/properties/corpus/properties/builtin/enum",keyword:"enum",params:{allowedValues: schema11.properties.corpus.properties.builtin.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.chars !== undefined){
let data10 = data7.chars;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err18 = {instancePath:instancePath+"/corpus/chars",schemaPath:"#/properties/corpus/properties/chars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 100 || isNaN(data10)){
const err19 = {instancePath:instancePath+"/corpus/chars",schemaPath:"#/properties/corpus/properties/chars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/corpus",schemaPath:"#/properties/corpus/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("function2d" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs8 = errors;
let valid3 = true;
const _errs9 = errors;
if(errors === _errs9){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data.type !== undefined){
if("matrix" !== data.type){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs9 === errors;
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid3 = _valid1;
}
if(!valid3){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs14 = errors;
let valid5 = true;
const _errs15 = errors;
if(errors === _errs15){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.type !== undefined){
if("mlp" !== data.type){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid2 = _errs15 === errors;
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs18 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var _valid2 = _errs18 === errors;
valid5 = _valid2;
}
if(!valid5){
const err11 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs20 = errors;
let valid7 = true;
const _errs21 = errors;
if(errors === _errs21){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.type !== undefined){
if("char_lm" !== data.type){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid3 = _errs21 === errors;
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs24 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid3 = _errs24 === errors;
valid7 = _valid3;
}
if(!valid7){
const err15 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.type !== undefined){
let data4 = data.type;
if(typeof data4 !== "string"){
const err17 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((((data4 === "function2d") || (data4 === "matrix")) || (data4 === "mlp")) || (data4 === "char_lm"))){
const err18 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema7.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema12 = {"type":"object","description":"LR schedule: a multiplier λ(t) of each group’s base LR (PyTorch LambdaLR convention: step t uses base·λ(t)).","required":["type"],"properties":{"type":{"type":"string","enum":["constant","linear","warmup_cosine","inverse_sqrt","wsd","step","multistep","exponential","polynomial","cosine_annealing","cosine_restarts","onecycle","cyclic"],"enumDescriptions":["Constant multiplier 1 (after the optional warmup).","Linear warmup, then linear decay to 0 at the last step: max(0, (T − t) / max(1, T − w)).","Linear warmup, then cosine decay to minLrRatio at the last step.","Linear warmup, then 1/√((t + τ − w) / τ).","Warmup–stable–decay: warmup, a flat stretch at the peak, then a decay to minLrRatio (needs no total).","PyTorch StepLR: the LR is multiplied by gamma every stepSize steps (torch 1.13, exact).","PyTorch MultiStepLR: the LR is multiplied by gamma at each milestone (torch 1.13, exact).","PyTorch ExponentialLR: the LR is multiplied by gamma every step (torch 1.13, exact).","PyTorch PolynomialLR: polynomial decay to 0 over totalIters steps (torch 1.13, exact).","PyTorch CosineAnnealingLR: cosine from the base LR to etaMin over tMax steps, chainable form (torch 1.13, exact).","PyTorch CosineAnnealingWarmRestarts (SGDR): cosine cycles of t0, t0·tMult, … steps (torch 1.13, exact).","PyTorch OneCycleLR: up to maxLr and down to maxLr/(divFactor·finalDivFactor) over the run; momentum cycles (torch 1.13, exact).","PyTorch CyclicLR: the LR cycles between baseLr and maxLr; momentum cycles (torch 1.13, exact)."],"description":"Schedule shape (SPEC §4; the PyTorch schedulers SPEC §12)."}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"constant"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_constant"}},{"if":{"type":"object","properties":{"type":{"const":"linear"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_linear"}},{"if":{"type":"object","properties":{"type":{"const":"warmup_cosine"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_warmup_cosine"}},{"if":{"type":"object","properties":{"type":{"const":"inverse_sqrt"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_inverse_sqrt"}},{"if":{"type":"object","properties":{"type":{"const":"wsd"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_wsd"}},{"if":{"type":"object","properties":{"type":{"const":"step"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_step"}},{"if":{"type":"object","properties":{"type":{"const":"multistep"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_multistep"}},{"if":{"type":"object","properties":{"type":{"const":"exponential"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_exponential"}},{"if":{"type":"object","properties":{"type":{"const":"polynomial"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_polynomial"}},{"if":{"type":"object","properties":{"type":{"const":"cosine_annealing"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_cosine_annealing"}},{"if":{"type":"object","properties":{"type":{"const":"cosine_restarts"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_cosine_restarts"}},{"if":{"type":"object","properties":{"type":{"const":"onecycle"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_onecycle"}},{"if":{"type":"object","properties":{"type":{"const":"cyclic"}},"required":["type"]},"then":{"$ref":"#/definitions/schedule_cyclic"}}]};
const schema13 = {"type":"object","description":"Constant multiplier 1 (after the optional warmup).","additionalProperties":false,"properties":{"type":{"const":"constant"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "type") || (key0 === "warmupSteps"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("constant" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "constant"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"object","description":"Linear warmup, then linear decay to 0 at the last step: max(0, (T − t) / max(1, T − w)).","additionalProperties":false,"properties":{"type":{"const":"linear"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "type") || (key0 === "warmupSteps"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("linear" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "linear"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"object","description":"Linear warmup, then cosine decay to minLrRatio at the last step.","additionalProperties":false,"properties":{"type":{"const":"warmup_cosine"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"numCycles":{"type":"number","minimum":0,"description":"Cosine cycles over the decay (0.5 = one half-cosine from 1 down to the floor). Default 0.5.","default":0.5},"minLrRatio":{"type":"number","minimum":0,"maximum":1,"description":"Floor r of the multiplier (final LR = r × base LR). Default 0.1.","default":0.1}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "warmupSteps")) || (key0 === "numCycles")) || (key0 === "minLrRatio"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("warmup_cosine" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "warmup_cosine"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.numCycles !== undefined){
let data2 = data.numCycles;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/numCycles",schemaPath:"#/properties/numCycles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/numCycles",schemaPath:"#/properties/numCycles/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.minLrRatio !== undefined){
let data3 = data.minLrRatio;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/minLrRatio",schemaPath:"#/properties/minLrRatio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/minLrRatio",schemaPath:"#/properties/minLrRatio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/minLrRatio",schemaPath:"#/properties/minLrRatio/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","description":"Linear warmup, then 1/√((t + τ − w) / τ).","additionalProperties":false,"properties":{"type":{"const":"inverse_sqrt"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"timescale":{"type":"number","exclusiveMinimum":0,"description":"Timescale τ of 1/√((t + τ − w) / τ). Default: warmupSteps, or 10000 when warmupSteps is 0."}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "warmupSteps")) || (key0 === "timescale"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("inverse_sqrt" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "inverse_sqrt"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.timescale !== undefined){
let data2 = data.timescale;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/timescale",schemaPath:"#/properties/timescale/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/timescale",schemaPath:"#/properties/timescale/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"object","description":"Warmup–stable–decay: warmup, a flat stretch at the peak, then a decay to minLrRatio (needs no total).","additionalProperties":false,"properties":{"type":{"const":"wsd"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"stableSteps":{"type":"integer","minimum":0,"description":"Steps at the peak LR after warmup. Default 0.","default":0},"decaySteps":{"type":"integer","minimum":0,"description":"Steps of the final decay to minLrRatio. Default 0.","default":0},"minLrRatio":{"type":"number","minimum":0,"maximum":1,"description":"Floor r of the multiplier (final LR = r × base LR). Default 0.1.","default":0.1},"decayType":{"type":"string","enum":["linear","cosine","1-sqrt"],"description":"Shape of the WSD decay. Default \"linear\".","default":"linear","enumDescriptions":["r + (1 − r)(1 − q)","r + (1 − r)·½(1 + cos πq)","r + (1 − r)(1 − √q)"]}}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "warmupSteps")) || (key0 === "stableSteps")) || (key0 === "decaySteps")) || (key0 === "minLrRatio")) || (key0 === "decayType"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("wsd" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "wsd"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.stableSteps !== undefined){
let data2 = data.stableSteps;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/stableSteps",schemaPath:"#/properties/stableSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/stableSteps",schemaPath:"#/properties/stableSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.decaySteps !== undefined){
let data3 = data.decaySteps;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/decaySteps",schemaPath:"#/properties/decaySteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/decaySteps",schemaPath:"#/properties/decaySteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.minLrRatio !== undefined){
let data4 = data.minLrRatio;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/minLrRatio",schemaPath:"#/properties/minLrRatio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/minLrRatio",schemaPath:"#/properties/minLrRatio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/minLrRatio",schemaPath:"#/properties/minLrRatio/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.decayType !== undefined){
let data5 = data.decayType;
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/decayType",schemaPath:"#/properties/decayType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((data5 === "linear") || (data5 === "cosine")) || (data5 === "1-sqrt"))){
const err12 = {instancePath:instancePath+"/decayType",schemaPath:"#/properties/decayType/enum",keyword:"enum",params:{allowedValues: schema17.properties.decayType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"object","description":"PyTorch StepLR: the LR is multiplied by gamma every stepSize steps (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"step"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"stepSize":{"type":"integer","minimum":1,"description":"StepLR step_size: multiply the LR by gamma every stepSize steps. Required."},"gamma":{"type":"number","exclusiveMinimum":0,"description":"Multiplicative factor gamma. Default 0.1.","default":0.1}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "warmupSteps")) || (key0 === "stepSize")) || (key0 === "gamma"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("step" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "step"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.stepSize !== undefined){
let data2 = data.stepSize;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/stepSize",schemaPath:"#/properties/stepSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/stepSize",schemaPath:"#/properties/stepSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.gamma !== undefined){
let data3 = data.gamma;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 <= 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/gamma",schemaPath:"#/properties/gamma/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/gamma",schemaPath:"#/properties/gamma/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","description":"PyTorch MultiStepLR: the LR is multiplied by gamma at each milestone (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"multistep"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"milestones":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1},"description":"MultiStepLR milestones: steps (after warmup) at which the LR is multiplied by gamma; strictly increasing. Required."},"gamma":{"type":"number","exclusiveMinimum":0,"description":"Multiplicative factor gamma. Default 0.1.","default":0.1}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "warmupSteps")) || (key0 === "milestones")) || (key0 === "gamma"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("multistep" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "multistep"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.milestones !== undefined){
let data2 = data.milestones;
if(Array.isArray(data2)){
if(data2.length < 1){
const err4 = {instancePath:instancePath+"/milestones",schemaPath:"#/properties/milestones/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/milestones/" + i0,schemaPath:"#/properties/milestones/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/milestones/" + i0,schemaPath:"#/properties/milestones/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/milestones",schemaPath:"#/properties/milestones/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.gamma !== undefined){
let data4 = data.gamma;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/gamma",schemaPath:"#/properties/gamma/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/gamma",schemaPath:"#/properties/gamma/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"object","description":"PyTorch ExponentialLR: the LR is multiplied by gamma every step (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"exponential"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"gamma":{"type":"number","exclusiveMinimum":0,"description":"ExponentialLR gamma: the LR is multiplied by gamma every step. Required."}}};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "warmupSteps")) || (key0 === "gamma"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("exponential" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "exponential"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.gamma !== undefined){
let data2 = data.gamma;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/gamma",schemaPath:"#/properties/gamma/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/gamma",schemaPath:"#/properties/gamma/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","description":"PyTorch PolynomialLR: polynomial decay to 0 over totalIters steps (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"polynomial"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"totalIters":{"type":"integer","minimum":1,"description":"PolynomialLR total_iters: steps of the decay to 0. Default: the run’s steps − warmupSteps."},"power":{"type":"number","minimum":0,"description":"PolynomialLR power. Default 1.","default":1}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "warmupSteps")) || (key0 === "totalIters")) || (key0 === "power"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("polynomial" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "polynomial"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.totalIters !== undefined){
let data2 = data.totalIters;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/totalIters",schemaPath:"#/properties/totalIters/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/totalIters",schemaPath:"#/properties/totalIters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.power !== undefined){
let data3 = data.power;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/power",schemaPath:"#/properties/power/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/power",schemaPath:"#/properties/power/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}

const schema22 = {"type":"object","description":"PyTorch CosineAnnealingLR: cosine from the base LR to etaMin over tMax steps, chainable form (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"cosine_annealing"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"tMax":{"type":"integer","minimum":1,"description":"CosineAnnealingLR T_max: half-period of the cosine. Default: the run’s steps − warmupSteps."},"etaMin":{"type":"number","minimum":0,"description":"Minimum LR eta_min (absolute). Default 0.","default":0}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "warmupSteps")) || (key0 === "tMax")) || (key0 === "etaMin"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("cosine_annealing" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "cosine_annealing"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.tMax !== undefined){
let data2 = data.tMax;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/tMax",schemaPath:"#/properties/tMax/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/tMax",schemaPath:"#/properties/tMax/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.etaMin !== undefined){
let data3 = data.etaMin;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/etaMin",schemaPath:"#/properties/etaMin/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/etaMin",schemaPath:"#/properties/etaMin/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":"object","description":"PyTorch CosineAnnealingWarmRestarts (SGDR): cosine cycles of t0, t0·tMult, … steps (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"cosine_restarts"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"t0":{"type":"integer","minimum":1,"description":"CosineAnnealingWarmRestarts T_0: steps of the first cycle. Required."},"tMult":{"type":"integer","minimum":1,"description":"CosineAnnealingWarmRestarts T_mult: each cycle is tMult× longer than the previous. Default 1.","default":1},"etaMin":{"type":"number","minimum":0,"description":"Minimum LR eta_min (absolute). Default 0.","default":0}}};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "warmupSteps")) || (key0 === "t0")) || (key0 === "tMult")) || (key0 === "etaMin"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("cosine_restarts" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "cosine_restarts"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.t0 !== undefined){
let data2 = data.t0;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/t0",schemaPath:"#/properties/t0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/t0",schemaPath:"#/properties/t0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.tMult !== undefined){
let data3 = data.tMult;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/tMult",schemaPath:"#/properties/tMult/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/tMult",schemaPath:"#/properties/tMult/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.etaMin !== undefined){
let data4 = data.etaMin;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/etaMin",schemaPath:"#/properties/etaMin/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/etaMin",schemaPath:"#/properties/etaMin/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}

const schema24 = {"type":"object","description":"PyTorch OneCycleLR: up to maxLr and down to maxLr/(divFactor·finalDivFactor) over the run; momentum cycles (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"onecycle"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"maxLr":{"type":"number","minimum":0,"description":"Peak LR max_lr (absolute). OneCycleLR default: the run’s lr; required for cyclic."},"pctStart":{"type":"number","minimum":0,"maximum":1,"description":"OneCycleLR pct_start: fraction of the cycle spent increasing the LR. Default 0.3.","default":0.3},"annealStrategy":{"type":"string","enum":["cos","linear"],"description":"OneCycleLR anneal_strategy. Default \"cos\".","default":"cos","enumDescriptions":["cosine annealing","linear annealing"]},"divFactor":{"type":"number","exclusiveMinimum":0,"description":"OneCycleLR div_factor: initial LR = maxLr / divFactor. Default 25.","default":25},"finalDivFactor":{"type":"number","exclusiveMinimum":0,"description":"OneCycleLR final_div_factor: final LR = initial LR / finalDivFactor. Default 10000.","default":10000},"threePhase":{"type":"boolean","description":"OneCycleLR three_phase: a third phase annihilates the LR after the symmetric cycle. Default false.","default":false},"cycleMomentum":{"type":"boolean","description":"The optimizer’s momentum (or Adam’s β₁) cycles inversely to the LR. Default true.","default":true},"baseMomentum":{"type":"number","minimum":0,"maximum":1,"description":"Lower momentum of the cycle. Default 0.85.","default":0.85},"maxMomentum":{"type":"number","minimum":0,"maximum":1,"description":"Upper momentum of the cycle. Default 0.95.","default":0.95}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema24.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("onecycle" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "onecycle"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.maxLr !== undefined){
let data2 = data.maxLr;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/maxLr",schemaPath:"#/properties/maxLr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/maxLr",schemaPath:"#/properties/maxLr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.pctStart !== undefined){
let data3 = data.pctStart;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/pctStart",schemaPath:"#/properties/pctStart/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/pctStart",schemaPath:"#/properties/pctStart/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/pctStart",schemaPath:"#/properties/pctStart/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.annealStrategy !== undefined){
let data4 = data.annealStrategy;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/annealStrategy",schemaPath:"#/properties/annealStrategy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data4 === "cos") || (data4 === "linear"))){
const err10 = {instancePath:instancePath+"/annealStrategy",schemaPath:"#/properties/annealStrategy/enum",keyword:"enum",params:{allowedValues: schema24.properties.annealStrategy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.divFactor !== undefined){
let data5 = data.divFactor;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/divFactor",schemaPath:"#/properties/divFactor/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/divFactor",schemaPath:"#/properties/divFactor/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.finalDivFactor !== undefined){
let data6 = data.finalDivFactor;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 <= 0 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/finalDivFactor",schemaPath:"#/properties/finalDivFactor/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/finalDivFactor",schemaPath:"#/properties/finalDivFactor/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.threePhase !== undefined){
if(typeof data.threePhase !== "boolean"){
const err15 = {instancePath:instancePath+"/threePhase",schemaPath:"#/properties/threePhase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.cycleMomentum !== undefined){
if(typeof data.cycleMomentum !== "boolean"){
const err16 = {instancePath:instancePath+"/cycleMomentum",schemaPath:"#/properties/cycleMomentum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.baseMomentum !== undefined){
let data9 = data.baseMomentum;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/baseMomentum",schemaPath:"#/properties/baseMomentum/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/baseMomentum",schemaPath:"#/properties/baseMomentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/baseMomentum",schemaPath:"#/properties/baseMomentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.maxMomentum !== undefined){
let data10 = data.maxMomentum;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/maxMomentum",schemaPath:"#/properties/maxMomentum/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/maxMomentum",schemaPath:"#/properties/maxMomentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/maxMomentum",schemaPath:"#/properties/maxMomentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"object","description":"PyTorch CyclicLR: the LR cycles between baseLr and maxLr; momentum cycles (torch 1.13, exact).","additionalProperties":false,"properties":{"type":{"const":"cyclic"},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear warmup steps w: λ(t) = t / max(1, w) for t < w. Default 0.","default":0},"baseLr":{"type":"number","minimum":0,"description":"CyclicLR base_lr: the lower LR of the cycle (absolute). Required."},"maxLr":{"type":"number","minimum":0,"description":"Peak LR max_lr (absolute). OneCycleLR default: the run’s lr; required for cyclic."},"stepSizeUp":{"type":"number","exclusiveMinimum":0,"description":"CyclicLR step_size_up: steps of the increasing half of a cycle. Default 2000.","default":2000},"stepSizeDown":{"type":"number","minimum":0,"description":"CyclicLR step_size_down: steps of the decreasing half. Default: stepSizeUp."},"mode":{"type":"string","enum":["triangular","triangular2","exp_range"],"description":"CyclicLR mode. Default \"triangular\".","default":"triangular","enumDescriptions":["constant amplitude","amplitude halved every cycle","amplitude × gamma^step"]},"gamma":{"type":"number","exclusiveMinimum":0,"description":"CyclicLR gamma of exp_range: amplitude × gamma^step. Default 1.","default":1},"cycleMomentum":{"type":"boolean","description":"The optimizer’s momentum (or Adam’s β₁) cycles inversely to the LR. Default true.","default":true},"baseMomentum":{"type":"number","minimum":0,"maximum":1,"description":"Lower momentum of the cycle. Default 0.8.","default":0.8},"maxMomentum":{"type":"number","minimum":0,"maximum":1,"description":"Upper momentum of the cycle. Default 0.9.","default":0.9}}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema25.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("cyclic" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "cyclic"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data1 = data.warmupSteps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.baseLr !== undefined){
let data2 = data.baseLr;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/baseLr",schemaPath:"#/properties/baseLr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/baseLr",schemaPath:"#/properties/baseLr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.maxLr !== undefined){
let data3 = data.maxLr;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/maxLr",schemaPath:"#/properties/maxLr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/maxLr",schemaPath:"#/properties/maxLr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.stepSizeUp !== undefined){
let data4 = data.stepSizeUp;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/stepSizeUp",schemaPath:"#/properties/stepSizeUp/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/stepSizeUp",schemaPath:"#/properties/stepSizeUp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.stepSizeDown !== undefined){
let data5 = data.stepSizeDown;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/stepSizeDown",schemaPath:"#/properties/stepSizeDown/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/stepSizeDown",schemaPath:"#/properties/stepSizeDown/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.mode !== undefined){
let data6 = data.mode;
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data6 === "triangular") || (data6 === "triangular2")) || (data6 === "exp_range"))){
const err13 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema25.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.gamma !== undefined){
let data7 = data.gamma;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/gamma",schemaPath:"#/properties/gamma/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/gamma",schemaPath:"#/properties/gamma/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.cycleMomentum !== undefined){
if(typeof data.cycleMomentum !== "boolean"){
const err16 = {instancePath:instancePath+"/cycleMomentum",schemaPath:"#/properties/cycleMomentum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.baseMomentum !== undefined){
let data9 = data.baseMomentum;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/baseMomentum",schemaPath:"#/properties/baseMomentum/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/baseMomentum",schemaPath:"#/properties/baseMomentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/baseMomentum",schemaPath:"#/properties/baseMomentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.maxMomentum !== undefined){
let data10 = data.maxMomentum;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/maxMomentum",schemaPath:"#/properties/maxMomentum/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/maxMomentum",schemaPath:"#/properties/maxMomentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/maxMomentum",schemaPath:"#/properties/maxMomentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("constant" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs8 = errors;
let valid3 = true;
const _errs9 = errors;
if(errors === _errs9){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data.type !== undefined){
if("linear" !== data.type){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs9 === errors;
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid3 = _valid1;
}
if(!valid3){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs14 = errors;
let valid5 = true;
const _errs15 = errors;
if(errors === _errs15){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.type !== undefined){
if("warmup_cosine" !== data.type){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid2 = _errs15 === errors;
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs18 = errors;
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var _valid2 = _errs18 === errors;
valid5 = _valid2;
}
if(!valid5){
const err11 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs20 = errors;
let valid7 = true;
const _errs21 = errors;
if(errors === _errs21){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.type !== undefined){
if("inverse_sqrt" !== data.type){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid3 = _errs21 === errors;
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs24 = errors;
if(!(validate39(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var _valid3 = _errs24 === errors;
valid7 = _valid3;
}
if(!valid7){
const err15 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs26 = errors;
let valid9 = true;
const _errs27 = errors;
if(errors === _errs27){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
if(data.type !== undefined){
if("wsd" !== data.type){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid4 = _errs27 === errors;
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs30 = errors;
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var _valid4 = _errs30 === errors;
valid9 = _valid4;
}
if(!valid9){
const err19 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs32 = errors;
let valid11 = true;
const _errs33 = errors;
if(errors === _errs33){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data.type !== undefined){
if("step" !== data.type){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid5 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs36 = errors;
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var _valid5 = _errs36 === errors;
valid11 = _valid5;
}
if(!valid11){
const err23 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const _errs38 = errors;
let valid13 = true;
const _errs39 = errors;
if(errors === _errs39){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
if(data.type !== undefined){
if("multistep" !== data.type){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
else {
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid6 = _errs39 === errors;
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs42 = errors;
if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var _valid6 = _errs42 === errors;
valid13 = _valid6;
}
if(!valid13){
const err27 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const _errs44 = errors;
let valid15 = true;
const _errs45 = errors;
if(errors === _errs45){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
if(data.type !== undefined){
if("exponential" !== data.type){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid7 = _errs45 === errors;
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs48 = errors;
if(!(validate47(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var _valid7 = _errs48 === errors;
valid15 = _valid7;
}
if(!valid15){
const err31 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const _errs50 = errors;
let valid17 = true;
const _errs51 = errors;
if(errors === _errs51){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.type === undefined) && (missing8 = "type")){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
if(data.type !== undefined){
if("polynomial" !== data.type){
const err33 = {};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
else {
const err34 = {};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
var _valid8 = _errs51 === errors;
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs54 = errors;
if(!(validate49(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
var _valid8 = _errs54 === errors;
valid17 = _valid8;
}
if(!valid17){
const err35 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const _errs56 = errors;
let valid19 = true;
const _errs57 = errors;
if(errors === _errs57){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.type === undefined) && (missing9 = "type")){
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
if(data.type !== undefined){
if("cosine_annealing" !== data.type){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
else {
const err38 = {};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
var _valid9 = _errs57 === errors;
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs60 = errors;
if(!(validate51(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
var _valid9 = _errs60 === errors;
valid19 = _valid9;
}
if(!valid19){
const err39 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const _errs62 = errors;
let valid21 = true;
const _errs63 = errors;
if(errors === _errs63){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.type === undefined) && (missing10 = "type")){
const err40 = {};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
if(data.type !== undefined){
if("cosine_restarts" !== data.type){
const err41 = {};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
}
else {
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
var _valid10 = _errs63 === errors;
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs66 = errors;
if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var _valid10 = _errs66 === errors;
valid21 = _valid10;
}
if(!valid21){
const err43 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const _errs68 = errors;
let valid23 = true;
const _errs69 = errors;
if(errors === _errs69){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.type === undefined) && (missing11 = "type")){
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
if(data.type !== undefined){
if("onecycle" !== data.type){
const err45 = {};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
}
else {
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
var _valid11 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs72 = errors;
if(!(validate55(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var _valid11 = _errs72 === errors;
valid23 = _valid11;
}
if(!valid23){
const err47 = {instancePath,schemaPath:"#/allOf/11/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const _errs74 = errors;
let valid25 = true;
const _errs75 = errors;
if(errors === _errs75){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.type === undefined) && (missing12 = "type")){
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
if(data.type !== undefined){
if("cyclic" !== data.type){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
else {
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid12 = _errs75 === errors;
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs78 = errors;
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
var _valid12 = _errs78 === errors;
valid25 = _valid12;
}
if(!valid25){
const err51 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err52 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data.type !== undefined){
let data13 = data.type;
if(typeof data13 !== "string"){
const err53 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!(((((((((((((data13 === "constant") || (data13 === "linear")) || (data13 === "warmup_cosine")) || (data13 === "inverse_sqrt")) || (data13 === "wsd")) || (data13 === "step")) || (data13 === "multistep")) || (data13 === "exponential")) || (data13 === "polynomial")) || (data13 === "cosine_annealing")) || (data13 === "cosine_restarts")) || (data13 === "onecycle")) || (data13 === "cyclic"))){
const err54 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema26 = {"type":"object","description":"One optimizer configuration to train and compare.","additionalProperties":false,"required":["name","optimizer"],"properties":{"name":{"type":"string","minLength":1,"description":"Unique run name."},"optimizer":{"$ref":"#/definitions/optimizer"},"schedule":{"$ref":"#/definitions/schedule","description":"Overrides the experiment’s default schedule."},"sweep":{"type":"object","description":"Values to try for one optimizer option (e.g. \"lr\"; dotted for groups: \"muon.lr\"); the best by the target metric is reported.","propertyNames":{"enum":["adamw.eps","adamw.lr","adamw.weightDecay","alpha","alphaWarmup","beta3","beta3Warmup","d0","dCoef","dampening","eps","epsilon","fallback.eps","fallback.epsilon","fallback.lr","fallback.weightDecay","gamma","growthRate","hessianInterval","initialAccumulatorValue","innerMomentum","lr","lr1d","lrDecay","matrixEps","maxGradNorm","maxPrecondDim","momentum","momentumDecay","mu","muon.lr","muon.momentum","muon.nsSteps","muon.weightDecay","muonBeta2","nsSteps","preconditionFrequency","preconditioningComputeSteps","qkClipAlpha","qkClipThreshold","r","rho","shampooBeta","sliceP","warmupSteps","weightDecay","weightDecay1d","weightLrPower"]},"additionalProperties":{"type":"array","minItems":1,"items":{"type":"number"}}},"tune":{"$ref":"#/definitions/tune","description":"Tune this run before comparing it (overrides the experiment’s \"tune\")."}}};
const schema27 = {"type":"object","description":"Optimizer and its options; omitted options take the defaults shown.","required":["type"],"properties":{"type":{"type":"string","enum":["sgd","bgd","momentum","nag","adagrad","adadelta","rmsprop","adam","adamw","adamax","nadam","lion","sophia","muon","muonclip","hybrid","adopt","ademamix","cautious_adamw","cautious_lion","laprop","adan","mars","schedule_free_adamw","schedule_free_sgd","normuon","soap","shampoo","prodigy","dadapt_adam"],"enumDescriptions":["Stochastic gradient descent (torch.optim.SGD).","Batch gradient descent: SGD on the full training set each step.","SGD with heavy-ball momentum (default 0.9).","SGD with Nesterov momentum (default 0.9).","Adagrad (torch.optim.Adagrad).","Adadelta (torch.optim.Adadelta).","RMSprop (torch.optim.RMSprop).","Adam (torch.optim.Adam); weightDecay is L2 added to the gradient.","AdamW (torch.optim.AdamW): Adam with decoupled weight decay.","Adamax (torch.optim.Adamax): Adam with the infinity norm.","NAdam (torch.optim.NAdam): Adam with Nesterov momentum.","Lion: sign of an interpolated momentum (Chen et al. 2023).","SophiaG: clipped, Hessian-preconditioned momentum (Liu et al. 2023).","Muon: Newton–Schulz-orthogonalised momentum for hidden matrices, AdamW fallback for the rest.","MuonClip (Kimi K2): Muon plus per-head QK-clip of attention logits.","Muon for hidden 2-D weights and AdamW for the rest, each with its own base LR and the run’s schedule shape.","ADOPT (Taniguchi et al. 2024; iShohei220/adopt): normalise g by the previous √v, clip at (t−1)^¼, then momentum; the first step only initialises v.","AdEMAMix (Pagliardini et al. 2024; apple/ml-ademamix): Adam whose numerator adds α × a slow EMA (β₃) of the gradient to the bias-corrected fast one.","Cautious AdamW (Liang et al. 2024; kyleliang919/C-Optim c_adamw.py): AdamW applied only where m·g > 0, divided by the mean of that mask (≥ 1e-3).","Cautious Lion (Liang et al. 2024; kyleliang919/C-Optim c_lion.py): Lion applied only where its sign agrees with g, scaled by n / (kept + 1).","LaProp (Ziyin et al. 2020; Z-T-WANG/LaProp-Optimizer): momentum of RMSprop-normalised gradients, bias corrections that follow the LR history.","Adan (Xie et al. 2022; sail-sg/Adan): Nesterov-style momentum from EMAs of the gradient, of its difference and of the squared extrapolated gradient.","MARS (Yuan et al. 2024; AGI-Arena/MARS): variance-reduced AdamW or Lion on 2-D weights with the previous step’s gradient; other parameters take its own AdamW.","Schedule-free AdamW (Defazio et al. 2024; facebookresearch/schedule_free): no LR decay; trains at y, evaluates the average x. The run’s schedule must be constant (warm up with warmupSteps).","Schedule-free SGD (Defazio et al. 2024; facebookresearch/schedule_free): no LR decay; trains at y, evaluates the average x. The run’s schedule must be constant (warm up with warmupSteps).","NorMuon (microsoft/dion): Muon with per-neuron second-moment normalisation of the orthogonalised update; AdamW for the rest.","SOAP (Vyas et al. 2024, nikhilvyas/SOAP): Adam in the eigenbasis of Shampoo’s Kronecker factors, refreshed by a QR power step.","Shampoo (Gupta et al. 2018, kozistr/pytorch_optimizer): one Kronecker statistic per dimension, update multiplied by their inverse r-th roots.","Prodigy (Mishchenko & Defazio 2023, konstmish/prodigy): Adam whose step size d is estimated on the fly; lr is a multiplier of d.","D-Adapt Adam (Defazio & Mishchenko 2023, facebookresearch/dadaptation): Adam with a D-Adaptation step size; lr is a multiplier of d."],"description":"Optimizer family (SPEC §3)."}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"sgd"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_sgd"}},{"if":{"type":"object","properties":{"type":{"const":"bgd"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_bgd"}},{"if":{"type":"object","properties":{"type":{"const":"momentum"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_momentum"}},{"if":{"type":"object","properties":{"type":{"const":"nag"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_nag"}},{"if":{"type":"object","properties":{"type":{"const":"adagrad"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adagrad"}},{"if":{"type":"object","properties":{"type":{"const":"adadelta"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adadelta"}},{"if":{"type":"object","properties":{"type":{"const":"rmsprop"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_rmsprop"}},{"if":{"type":"object","properties":{"type":{"const":"adam"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adam"}},{"if":{"type":"object","properties":{"type":{"const":"adamw"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adamw"}},{"if":{"type":"object","properties":{"type":{"const":"adamax"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adamax"}},{"if":{"type":"object","properties":{"type":{"const":"nadam"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_nadam"}},{"if":{"type":"object","properties":{"type":{"const":"lion"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_lion"}},{"if":{"type":"object","properties":{"type":{"const":"sophia"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_sophia"}},{"if":{"type":"object","properties":{"type":{"const":"muon"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_muon"}},{"if":{"type":"object","properties":{"type":{"const":"muonclip"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_muonclip"}},{"if":{"type":"object","properties":{"type":{"const":"hybrid"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_hybrid"}},{"if":{"type":"object","properties":{"type":{"const":"adopt"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adopt"}},{"if":{"type":"object","properties":{"type":{"const":"ademamix"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_ademamix"}},{"if":{"type":"object","properties":{"type":{"const":"cautious_adamw"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_cautious_adamw"}},{"if":{"type":"object","properties":{"type":{"const":"cautious_lion"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_cautious_lion"}},{"if":{"type":"object","properties":{"type":{"const":"laprop"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_laprop"}},{"if":{"type":"object","properties":{"type":{"const":"adan"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_adan"}},{"if":{"type":"object","properties":{"type":{"const":"mars"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_mars"}},{"if":{"type":"object","properties":{"type":{"const":"schedule_free_adamw"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_schedule_free_adamw"}},{"if":{"type":"object","properties":{"type":{"const":"schedule_free_sgd"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_schedule_free_sgd"}},{"if":{"type":"object","properties":{"type":{"const":"normuon"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_normuon"}},{"if":{"type":"object","properties":{"type":{"const":"soap"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_soap"}},{"if":{"type":"object","properties":{"type":{"const":"shampoo"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_shampoo"}},{"if":{"type":"object","properties":{"type":{"const":"prodigy"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_prodigy"}},{"if":{"type":"object","properties":{"type":{"const":"dadapt_adam"}},"required":["type"]},"then":{"$ref":"#/definitions/optimizer_dadapt_adam"}}]};
const schema28 = {"type":"object","description":"Stochastic gradient descent (torch.optim.SGD).","additionalProperties":false,"properties":{"type":{"const":"sgd"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.","default":0},"dampening":{"type":"number","minimum":0,"maximum":1,"description":"Dampening for momentum (buffer ← μ·buf + (1 − dampening)·g). Default 0.","default":0},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default false.","default":false},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "lr")) || (key0 === "momentum")) || (key0 === "dampening")) || (key0 === "nesterov")) || (key0 === "weightDecay"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("sgd" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "sgd"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.momentum !== undefined){
let data2 = data.momentum;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.dampening !== undefined){
let data3 = data.dampening;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/dampening",schemaPath:"#/properties/dampening/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/dampening",schemaPath:"#/properties/dampening/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/dampening",schemaPath:"#/properties/dampening/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.nesterov !== undefined){
if(typeof data.nesterov !== "boolean"){
const err9 = {instancePath:instancePath+"/nesterov",schemaPath:"#/properties/nesterov/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}

const schema29 = {"type":"object","description":"Batch gradient descent: SGD on the full training set each step.","additionalProperties":false,"properties":{"type":{"const":"bgd"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.","default":0},"dampening":{"type":"number","minimum":0,"maximum":1,"description":"Dampening for momentum (buffer ← μ·buf + (1 − dampening)·g). Default 0.","default":0},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default false.","default":false},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "lr")) || (key0 === "momentum")) || (key0 === "dampening")) || (key0 === "nesterov")) || (key0 === "weightDecay"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("bgd" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "bgd"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.momentum !== undefined){
let data2 = data.momentum;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.dampening !== undefined){
let data3 = data.dampening;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/dampening",schemaPath:"#/properties/dampening/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/dampening",schemaPath:"#/properties/dampening/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/dampening",schemaPath:"#/properties/dampening/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.nesterov !== undefined){
if(typeof data.nesterov !== "boolean"){
const err9 = {instancePath:instancePath+"/nesterov",schemaPath:"#/properties/nesterov/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}

const schema30 = {"type":"object","description":"SGD with heavy-ball momentum (default 0.9).","additionalProperties":false,"properties":{"type":{"const":"momentum"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.9.","default":0.9},"dampening":{"type":"number","minimum":0,"maximum":1,"description":"Dampening for momentum (buffer ← μ·buf + (1 − dampening)·g). Default 0.","default":0},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default false.","default":false},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "lr")) || (key0 === "momentum")) || (key0 === "dampening")) || (key0 === "nesterov")) || (key0 === "weightDecay"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("momentum" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "momentum"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.momentum !== undefined){
let data2 = data.momentum;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.dampening !== undefined){
let data3 = data.dampening;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/dampening",schemaPath:"#/properties/dampening/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/dampening",schemaPath:"#/properties/dampening/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/dampening",schemaPath:"#/properties/dampening/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.nesterov !== undefined){
if(typeof data.nesterov !== "boolean"){
const err9 = {instancePath:instancePath+"/nesterov",schemaPath:"#/properties/nesterov/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}

const schema31 = {"type":"object","description":"SGD with Nesterov momentum (default 0.9).","additionalProperties":false,"properties":{"type":{"const":"nag"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.9.","default":0.9},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "lr")) || (key0 === "momentum")) || (key0 === "weightDecay"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("nag" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "nag"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.momentum !== undefined){
let data2 = data.momentum;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data3 = data.weightDecay;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}

const schema32 = {"type":"object","description":"Adagrad (torch.optim.Adagrad).","additionalProperties":false,"properties":{"type":{"const":"adagrad"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.01.","default":0.01},"lrDecay":{"type":"number","minimum":0,"description":"Adagrad learning-rate decay: lr / (1 + (t − 1)·lrDecay). Default 0.","default":0},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0},"initialAccumulatorValue":{"type":"number","minimum":0,"description":"Initial value of the Adagrad sum of squared gradients. Default 0.","default":0},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-10.","default":1e-10}}};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "lr")) || (key0 === "lrDecay")) || (key0 === "weightDecay")) || (key0 === "initialAccumulatorValue")) || (key0 === "eps"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("adagrad" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "adagrad"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.lrDecay !== undefined){
let data2 = data.lrDecay;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/lrDecay",schemaPath:"#/properties/lrDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/lrDecay",schemaPath:"#/properties/lrDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data3 = data.weightDecay;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.initialAccumulatorValue !== undefined){
let data4 = data.initialAccumulatorValue;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/initialAccumulatorValue",schemaPath:"#/properties/initialAccumulatorValue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/initialAccumulatorValue",schemaPath:"#/properties/initialAccumulatorValue/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data5 = data.eps;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}

const schema33 = {"type":"object","description":"Adadelta (torch.optim.Adadelta).","additionalProperties":false,"properties":{"type":{"const":"adadelta"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 1.","default":1},"rho":{"type":"number","minimum":0,"maximum":1,"description":"Coefficient of the running averages of squared gradients and updates. Default 0.9.","default":0.9},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 0.000001.","default":0.000001},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "lr")) || (key0 === "rho")) || (key0 === "eps")) || (key0 === "weightDecay"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("adadelta" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "adadelta"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.rho !== undefined){
let data2 = data.rho;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/rho",schemaPath:"#/properties/rho/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/rho",schemaPath:"#/properties/rho/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/rho",schemaPath:"#/properties/rho/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.eps !== undefined){
let data3 = data.eps;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data4 = data.weightDecay;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}

const schema34 = {"type":"object","description":"RMSprop (torch.optim.RMSprop).","additionalProperties":false,"properties":{"type":{"const":"rmsprop"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.01.","default":0.01},"alpha":{"type":"number","minimum":0,"description":"Smoothing constant of the squared-gradient average. Default 0.99.","default":0.99},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.","default":0},"centered":{"type":"boolean","description":"Centered RMSprop: normalise by the estimated variance of the gradient. Default false.","default":false}}};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "lr")) || (key0 === "alpha")) || (key0 === "eps")) || (key0 === "weightDecay")) || (key0 === "momentum")) || (key0 === "centered"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("rmsprop" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "rmsprop"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.alpha !== undefined){
let data2 = data.alpha;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.eps !== undefined){
let data3 = data.eps;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data4 = data.weightDecay;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.momentum !== undefined){
let data5 = data.momentum;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.centered !== undefined){
if(typeof data.centered !== "boolean"){
const err12 = {instancePath:instancePath+"/centered",schemaPath:"#/properties/centered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}

const schema35 = {"type":"object","description":"Adam (torch.optim.Adam); weightDecay is L2 added to the gradient.","additionalProperties":false,"properties":{"type":{"const":"adam"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0},"amsgrad":{"type":"boolean","description":"Use the AMSGrad variant (max of past second moments). Default false.","default":false}}};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "eps")) || (key0 === "weightDecay")) || (key0 === "amsgrad"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("adam" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "adam"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.amsgrad !== undefined){
if(typeof data.amsgrad !== "boolean"){
const err14 = {instancePath:instancePath+"/amsgrad",schemaPath:"#/properties/amsgrad/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}

const schema36 = {"type":"object","description":"AdamW (torch.optim.AdamW): Adam with decoupled weight decay.","additionalProperties":false,"properties":{"type":{"const":"adamw"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01},"amsgrad":{"type":"boolean","description":"Use the AMSGrad variant (max of past second moments). Default false.","default":false}}};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "eps")) || (key0 === "weightDecay")) || (key0 === "amsgrad"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("adamw" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "adamw"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.amsgrad !== undefined){
if(typeof data.amsgrad !== "boolean"){
const err14 = {instancePath:instancePath+"/amsgrad",schemaPath:"#/properties/amsgrad/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}

const schema37 = {"type":"object","description":"Adamax (torch.optim.Adamax): Adam with the infinity norm.","additionalProperties":false,"properties":{"type":{"const":"adamax"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.002.","default":0.002},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0}}};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "eps")) || (key0 === "weightDecay"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("adamax" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "adamax"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}

const schema38 = {"type":"object","description":"NAdam (torch.optim.NAdam): Adam with Nesterov momentum.","additionalProperties":false,"properties":{"type":{"const":"nadam"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.002.","default":0.002},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay as L2: g ← g + wd·p. Default 0.","default":0},"momentumDecay":{"type":"number","minimum":0,"description":"NAdam momentum decay ψ. Default 0.004.","default":0.004}}};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "eps")) || (key0 === "weightDecay")) || (key0 === "momentumDecay"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("nadam" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "nadam"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.momentumDecay !== undefined){
let data6 = data.momentumDecay;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/momentumDecay",schemaPath:"#/properties/momentumDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/momentumDecay",schemaPath:"#/properties/momentumDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}

const schema39 = {"type":"object","description":"Lion: sign of an interpolated momentum (Chen et al. 2023).","additionalProperties":false,"properties":{"type":{"const":"lion"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0001.","default":0.0001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.99].","default":[0.9,0.99]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0}}};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "weightDecay"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("lion" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "lion"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data4 = data.weightDecay;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}

const schema40 = {"type":"object","description":"SophiaG: clipped, Hessian-preconditioned momentum (Liu et al. 2023).","additionalProperties":false,"properties":{"type":{"const":"sophia"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0001.","default":0.0001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.965,0.99].","default":[0.965,0.99]},"rho":{"type":"number","minimum":0,"description":"Clipping scale ρ: step = sign(m)·min(|m| / (ρ·h + 1e-15), 1). Default 0.04.","default":0.04},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.1.","default":0.1},"hessianInterval":{"type":"integer","minimum":1,"description":"Refresh the Hessian-diagonal estimate every k steps. Default 10.","default":10}}};

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "rho")) || (key0 === "weightDecay")) || (key0 === "hessianInterval"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("sophia" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "sophia"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.rho !== undefined){
let data4 = data.rho;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/rho",schemaPath:"#/properties/rho/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/rho",schemaPath:"#/properties/rho/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.hessianInterval !== undefined){
let data6 = data.hessianInterval;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/hessianInterval",schemaPath:"#/properties/hessianInterval/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/hessianInterval",schemaPath:"#/properties/hessianInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}

const schema41 = {"type":"object","description":"Muon: Newton–Schulz-orthogonalised momentum for hidden matrices, AdamW fallback for the rest.","additionalProperties":false,"properties":{"type":{"const":"muon"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.02.","default":0.02},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.95.","default":0.95,"exclusiveMaximum":1},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default true.","default":true},"nsSteps":{"type":"integer","minimum":1,"maximum":100,"description":"Newton–Schulz iterations per step. Default 5.","default":5},"nsCoefficients":{"description":"Newton–Schulz coefficients (a, b, c) of X ← aX + (bA + cA²)X: one triple for every iteration, or a list of per-iteration triples. Default [3.4445, -4.775, 2.0315].","default":[3.4445,-4.775,2.0315],"anyOf":[{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3,"description":"One triple [a, b, c]."},{"type":"array","minItems":1,"description":"A list of per-iteration triples [[a, b, c], …].","items":{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3}}]},"adjustLr":{"type":"string","enum":["original","match_rms_adamw"],"description":"Scale of the orthogonalised update. Default \"original\".","default":"original","enumDescriptions":["√max(1, rows/cols) (Keller Jordan’s Muon)","0.2·√max(rows, cols) (Moonlight: update RMS matches AdamW)"]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0},"fallback":{"type":"object","description":"AdamW for embeddings, output head, norms, biases and 1-D parameters (the parameters Muon does not orthogonalise).","additionalProperties":false,"properties":{"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0003.","default":0.0003},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.95].","default":[0.9,0.95]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01}}}}};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema41.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("muon" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "muon"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.momentum !== undefined){
let data2 = data.momentum;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 >= 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.nesterov !== undefined){
if(typeof data.nesterov !== "boolean"){
const err7 = {instancePath:instancePath+"/nesterov",schemaPath:"#/properties/nesterov/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.nsSteps !== undefined){
let data4 = data.nsSteps;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/nsSteps",schemaPath:"#/properties/nsSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/nsSteps",schemaPath:"#/properties/nsSteps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/nsSteps",schemaPath:"#/properties/nsSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.nsCoefficients !== undefined){
let data5 = data.nsCoefficients;
const _errs12 = errors;
let valid1 = false;
const _errs13 = errors;
if(Array.isArray(data5)){
if(data5.length > 3){
const err11 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.length < 3){
const err12 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf/0/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/nsCoefficients/" + i0,schemaPath:"#/properties/nsCoefficients/anyOf/0/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs17 = errors;
if(Array.isArray(data5)){
if(data5.length < 1){
const err15 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data7 = data5[i1];
if(Array.isArray(data7)){
if(data7.length > 3){
const err16 = {instancePath:instancePath+"/nsCoefficients/" + i1,schemaPath:"#/properties/nsCoefficients/anyOf/1/items/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7.length < 3){
const err17 = {instancePath:instancePath+"/nsCoefficients/" + i1,schemaPath:"#/properties/nsCoefficients/anyOf/1/items/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err18 = {instancePath:instancePath+"/nsCoefficients/" + i1+"/" + i2,schemaPath:"#/properties/nsCoefficients/anyOf/1/items/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/nsCoefficients/" + i1,schemaPath:"#/properties/nsCoefficients/anyOf/1/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err21 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.adjustLr !== undefined){
let data9 = data.adjustLr;
if(typeof data9 !== "string"){
const err22 = {instancePath:instancePath+"/adjustLr",schemaPath:"#/properties/adjustLr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((data9 === "original") || (data9 === "match_rms_adamw"))){
const err23 = {instancePath:instancePath+"/adjustLr",schemaPath:"#/properties/adjustLr/enum",keyword:"enum",params:{allowedValues: schema41.properties.adjustLr.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data10 = data.weightDecay;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err24 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.fallback !== undefined){
let data11 = data.fallback;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key1 in data11){
if(!((((key1 === "lr") || (key1 === "betas")) || (key1 === "eps")) || (key1 === "weightDecay"))){
const err26 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.lr !== undefined){
let data12 = data11.lr;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err27 = {instancePath:instancePath+"/fallback/lr",schemaPath:"#/properties/fallback/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/fallback/lr",schemaPath:"#/properties/fallback/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.betas !== undefined){
let data13 = data11.betas;
if(Array.isArray(data13)){
if(data13.length > 2){
const err29 = {instancePath:instancePath+"/fallback/betas",schemaPath:"#/properties/fallback/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data13.length < 2){
const err30 = {instancePath:instancePath+"/fallback/betas",schemaPath:"#/properties/fallback/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
let data14 = data13[i3];
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err31 = {instancePath:instancePath+"/fallback/betas/" + i3,schemaPath:"#/properties/fallback/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data14 >= 1 || isNaN(data14)){
const err32 = {instancePath:instancePath+"/fallback/betas/" + i3,schemaPath:"#/properties/fallback/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/fallback/betas/" + i3,schemaPath:"#/properties/fallback/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/fallback/betas",schemaPath:"#/properties/fallback/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data11.eps !== undefined){
let data15 = data11.eps;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err35 = {instancePath:instancePath+"/fallback/eps",schemaPath:"#/properties/fallback/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/fallback/eps",schemaPath:"#/properties/fallback/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.weightDecay !== undefined){
let data16 = data11.weightDecay;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err37 = {instancePath:instancePath+"/fallback/weightDecay",schemaPath:"#/properties/fallback/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/fallback/weightDecay",schemaPath:"#/properties/fallback/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}

const schema42 = {"type":"object","description":"MuonClip (Kimi K2): Muon plus per-head QK-clip of attention logits.","additionalProperties":false,"properties":{"type":{"const":"muonclip"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.02.","default":0.02},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.95.","default":0.95,"exclusiveMaximum":1},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default true.","default":true},"nsSteps":{"type":"integer","minimum":1,"maximum":100,"description":"Newton–Schulz iterations per step. Default 5.","default":5},"nsCoefficients":{"description":"Newton–Schulz coefficients (a, b, c) of X ← aX + (bA + cA²)X: one triple for every iteration, or a list of per-iteration triples. Default [3.4445, -4.775, 2.0315].","default":[3.4445,-4.775,2.0315],"anyOf":[{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3,"description":"One triple [a, b, c]."},{"type":"array","minItems":1,"description":"A list of per-iteration triples [[a, b, c], …].","items":{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3}}]},"adjustLr":{"type":"string","enum":["original","match_rms_adamw"],"description":"Scale of the orthogonalised update. Default \"original\".","default":"original","enumDescriptions":["√max(1, rows/cols) (Keller Jordan’s Muon)","0.2·√max(rows, cols) (Moonlight: update RMS matches AdamW)"]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0},"fallback":{"type":"object","description":"AdamW for embeddings, output head, norms, biases and 1-D parameters (the parameters Muon does not orthogonalise).","additionalProperties":false,"properties":{"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0003.","default":0.0003},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.95].","default":[0.9,0.95]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01}}},"qkClipThreshold":{"type":"number","exclusiveMinimum":0,"description":"QK-clip threshold τ on the max pre-softmax attention logit per head. Default 100.","default":100},"qkClipAlpha":{"type":"number","minimum":0,"maximum":1,"description":"Share α of the clip applied to W_q (η^α) vs W_k (η^(1−α)). Default 0.5.","default":0.5}}};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema42.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("muonclip" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "muonclip"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.momentum !== undefined){
let data2 = data.momentum;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 >= 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.nesterov !== undefined){
if(typeof data.nesterov !== "boolean"){
const err7 = {instancePath:instancePath+"/nesterov",schemaPath:"#/properties/nesterov/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.nsSteps !== undefined){
let data4 = data.nsSteps;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/nsSteps",schemaPath:"#/properties/nsSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/nsSteps",schemaPath:"#/properties/nsSteps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/nsSteps",schemaPath:"#/properties/nsSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.nsCoefficients !== undefined){
let data5 = data.nsCoefficients;
const _errs12 = errors;
let valid1 = false;
const _errs13 = errors;
if(Array.isArray(data5)){
if(data5.length > 3){
const err11 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.length < 3){
const err12 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf/0/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/nsCoefficients/" + i0,schemaPath:"#/properties/nsCoefficients/anyOf/0/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs17 = errors;
if(Array.isArray(data5)){
if(data5.length < 1){
const err15 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data7 = data5[i1];
if(Array.isArray(data7)){
if(data7.length > 3){
const err16 = {instancePath:instancePath+"/nsCoefficients/" + i1,schemaPath:"#/properties/nsCoefficients/anyOf/1/items/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7.length < 3){
const err17 = {instancePath:instancePath+"/nsCoefficients/" + i1,schemaPath:"#/properties/nsCoefficients/anyOf/1/items/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err18 = {instancePath:instancePath+"/nsCoefficients/" + i1+"/" + i2,schemaPath:"#/properties/nsCoefficients/anyOf/1/items/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/nsCoefficients/" + i1,schemaPath:"#/properties/nsCoefficients/anyOf/1/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err21 = {instancePath:instancePath+"/nsCoefficients",schemaPath:"#/properties/nsCoefficients/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.adjustLr !== undefined){
let data9 = data.adjustLr;
if(typeof data9 !== "string"){
const err22 = {instancePath:instancePath+"/adjustLr",schemaPath:"#/properties/adjustLr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((data9 === "original") || (data9 === "match_rms_adamw"))){
const err23 = {instancePath:instancePath+"/adjustLr",schemaPath:"#/properties/adjustLr/enum",keyword:"enum",params:{allowedValues: schema42.properties.adjustLr.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data10 = data.weightDecay;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err24 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.fallback !== undefined){
let data11 = data.fallback;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key1 in data11){
if(!((((key1 === "lr") || (key1 === "betas")) || (key1 === "eps")) || (key1 === "weightDecay"))){
const err26 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.lr !== undefined){
let data12 = data11.lr;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err27 = {instancePath:instancePath+"/fallback/lr",schemaPath:"#/properties/fallback/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/fallback/lr",schemaPath:"#/properties/fallback/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.betas !== undefined){
let data13 = data11.betas;
if(Array.isArray(data13)){
if(data13.length > 2){
const err29 = {instancePath:instancePath+"/fallback/betas",schemaPath:"#/properties/fallback/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data13.length < 2){
const err30 = {instancePath:instancePath+"/fallback/betas",schemaPath:"#/properties/fallback/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
let data14 = data13[i3];
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err31 = {instancePath:instancePath+"/fallback/betas/" + i3,schemaPath:"#/properties/fallback/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data14 >= 1 || isNaN(data14)){
const err32 = {instancePath:instancePath+"/fallback/betas/" + i3,schemaPath:"#/properties/fallback/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/fallback/betas/" + i3,schemaPath:"#/properties/fallback/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/fallback/betas",schemaPath:"#/properties/fallback/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data11.eps !== undefined){
let data15 = data11.eps;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err35 = {instancePath:instancePath+"/fallback/eps",schemaPath:"#/properties/fallback/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/fallback/eps",schemaPath:"#/properties/fallback/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.weightDecay !== undefined){
let data16 = data11.weightDecay;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err37 = {instancePath:instancePath+"/fallback/weightDecay",schemaPath:"#/properties/fallback/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/fallback/weightDecay",schemaPath:"#/properties/fallback/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.qkClipThreshold !== undefined){
let data17 = data.qkClipThreshold;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 <= 0 || isNaN(data17)){
const err40 = {instancePath:instancePath+"/qkClipThreshold",schemaPath:"#/properties/qkClipThreshold/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/qkClipThreshold",schemaPath:"#/properties/qkClipThreshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.qkClipAlpha !== undefined){
let data18 = data.qkClipAlpha;
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 1 || isNaN(data18)){
const err42 = {instancePath:instancePath+"/qkClipAlpha",schemaPath:"#/properties/qkClipAlpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err43 = {instancePath:instancePath+"/qkClipAlpha",schemaPath:"#/properties/qkClipAlpha/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/qkClipAlpha",schemaPath:"#/properties/qkClipAlpha/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}

const schema43 = {"type":"object","description":"Muon for hidden 2-D weights and AdamW for the rest, each with its own base LR and the run’s schedule shape.","additionalProperties":false,"properties":{"type":{"const":"hybrid"},"muon":{"type":"object","description":"The Muon group (hidden 2-D weights).","additionalProperties":false,"properties":{"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.02.","default":0.02},"momentum":{"type":"number","minimum":0,"description":"Momentum factor μ. Default 0.95.","default":0.95,"exclusiveMaximum":1},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default true.","default":true},"nsSteps":{"type":"integer","minimum":1,"maximum":100,"description":"Newton–Schulz iterations per step. Default 5.","default":5},"nsCoefficients":{"description":"Newton–Schulz coefficients (a, b, c) of X ← aX + (bA + cA²)X: one triple for every iteration, or a list of per-iteration triples. Default [3.4445, -4.775, 2.0315].","default":[3.4445,-4.775,2.0315],"anyOf":[{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3,"description":"One triple [a, b, c]."},{"type":"array","minItems":1,"description":"A list of per-iteration triples [[a, b, c], …].","items":{"type":"array","items":{"type":"number"},"minItems":3,"maxItems":3}}]},"adjustLr":{"type":"string","enum":["original","match_rms_adamw"],"description":"Scale of the orthogonalised update. Default \"original\".","default":"original","enumDescriptions":["√max(1, rows/cols) (Keller Jordan’s Muon)","0.2·√max(rows, cols) (Moonlight: update RMS matches AdamW)"]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01}}},"adamw":{"type":"object","description":"The AdamW group (embeddings, head, norms, biases).","additionalProperties":false,"properties":{"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01},"amsgrad":{"type":"boolean","description":"Use the AMSGrad variant (max of past second moments). Default false.","default":false}}}}};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "muon")) || (key0 === "adamw"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("hybrid" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "hybrid"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.muon !== undefined){
let data1 = data.muon;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((((((key1 === "lr") || (key1 === "momentum")) || (key1 === "nesterov")) || (key1 === "nsSteps")) || (key1 === "nsCoefficients")) || (key1 === "adjustLr")) || (key1 === "weightDecay"))){
const err2 = {instancePath:instancePath+"/muon",schemaPath:"#/properties/muon/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.lr !== undefined){
let data2 = data1.lr;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/muon/lr",schemaPath:"#/properties/muon/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/muon/lr",schemaPath:"#/properties/muon/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.momentum !== undefined){
let data3 = data1.momentum;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/muon/momentum",schemaPath:"#/properties/muon/properties/momentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/muon/momentum",schemaPath:"#/properties/muon/properties/momentum/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/muon/momentum",schemaPath:"#/properties/muon/properties/momentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.nesterov !== undefined){
if(typeof data1.nesterov !== "boolean"){
const err8 = {instancePath:instancePath+"/muon/nesterov",schemaPath:"#/properties/muon/properties/nesterov/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.nsSteps !== undefined){
let data5 = data1.nsSteps;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err9 = {instancePath:instancePath+"/muon/nsSteps",schemaPath:"#/properties/muon/properties/nsSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/muon/nsSteps",schemaPath:"#/properties/muon/properties/nsSteps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/muon/nsSteps",schemaPath:"#/properties/muon/properties/nsSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data1.nsCoefficients !== undefined){
let data6 = data1.nsCoefficients;
const _errs15 = errors;
let valid2 = false;
const _errs16 = errors;
if(Array.isArray(data6)){
if(data6.length > 3){
const err12 = {instancePath:instancePath+"/muon/nsCoefficients",schemaPath:"#/properties/muon/properties/nsCoefficients/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6.length < 3){
const err13 = {instancePath:instancePath+"/muon/nsCoefficients",schemaPath:"#/properties/muon/properties/nsCoefficients/anyOf/0/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err14 = {instancePath:instancePath+"/muon/nsCoefficients/" + i0,schemaPath:"#/properties/muon/properties/nsCoefficients/anyOf/0/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/muon/nsCoefficients",schemaPath:"#/properties/muon/properties/nsCoefficients/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs20 = errors;
if(Array.isArray(data6)){
if(data6.length < 1){
const err16 = {instancePath:instancePath+"/muon/nsCoefficients",schemaPath:"#/properties/muon/properties/nsCoefficients/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data8 = data6[i1];
if(Array.isArray(data8)){
if(data8.length > 3){
const err17 = {instancePath:instancePath+"/muon/nsCoefficients/" + i1,schemaPath:"#/properties/muon/properties/nsCoefficients/anyOf/1/items/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8.length < 3){
const err18 = {instancePath:instancePath+"/muon/nsCoefficients/" + i1,schemaPath:"#/properties/muon/properties/nsCoefficients/anyOf/1/items/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err19 = {instancePath:instancePath+"/muon/nsCoefficients/" + i1+"/" + i2,schemaPath:"#/properties/muon/properties/nsCoefficients/anyOf/1/items/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/muon/nsCoefficients/" + i1,schemaPath:"#/properties/muon/properties/nsCoefficients/anyOf/1/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/muon/nsCoefficients",schemaPath:"#/properties/muon/properties/nsCoefficients/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err22 = {instancePath:instancePath+"/muon/nsCoefficients",schemaPath:"#/properties/muon/properties/nsCoefficients/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data1.adjustLr !== undefined){
let data10 = data1.adjustLr;
if(typeof data10 !== "string"){
const err23 = {instancePath:instancePath+"/muon/adjustLr",schemaPath:"#/properties/muon/properties/adjustLr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((data10 === "original") || (data10 === "match_rms_adamw"))){
const err24 = {instancePath:instancePath+"/muon/adjustLr",schemaPath:"#/properties/muon/properties/adjustLr/enum",keyword:"enum",params:{allowedValues: schema43.properties.muon.properties.adjustLr.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data1.weightDecay !== undefined){
let data11 = data1.weightDecay;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err25 = {instancePath:instancePath+"/muon/weightDecay",schemaPath:"#/properties/muon/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/muon/weightDecay",schemaPath:"#/properties/muon/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/muon",schemaPath:"#/properties/muon/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.adamw !== undefined){
let data12 = data.adamw;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
if(!(((((key2 === "lr") || (key2 === "betas")) || (key2 === "eps")) || (key2 === "weightDecay")) || (key2 === "amsgrad"))){
const err28 = {instancePath:instancePath+"/adamw",schemaPath:"#/properties/adamw/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data12.lr !== undefined){
let data13 = data12.lr;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err29 = {instancePath:instancePath+"/adamw/lr",schemaPath:"#/properties/adamw/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/adamw/lr",schemaPath:"#/properties/adamw/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data12.betas !== undefined){
let data14 = data12.betas;
if(Array.isArray(data14)){
if(data14.length > 2){
const err31 = {instancePath:instancePath+"/adamw/betas",schemaPath:"#/properties/adamw/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data14.length < 2){
const err32 = {instancePath:instancePath+"/adamw/betas",schemaPath:"#/properties/adamw/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
let data15 = data14[i3];
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/adamw/betas/" + i3,schemaPath:"#/properties/adamw/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data15 >= 1 || isNaN(data15)){
const err34 = {instancePath:instancePath+"/adamw/betas/" + i3,schemaPath:"#/properties/adamw/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/adamw/betas/" + i3,schemaPath:"#/properties/adamw/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/adamw/betas",schemaPath:"#/properties/adamw/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data12.eps !== undefined){
let data16 = data12.eps;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err37 = {instancePath:instancePath+"/adamw/eps",schemaPath:"#/properties/adamw/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/adamw/eps",schemaPath:"#/properties/adamw/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data12.weightDecay !== undefined){
let data17 = data12.weightDecay;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err39 = {instancePath:instancePath+"/adamw/weightDecay",schemaPath:"#/properties/adamw/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/adamw/weightDecay",schemaPath:"#/properties/adamw/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data12.amsgrad !== undefined){
if(typeof data12.amsgrad !== "boolean"){
const err41 = {instancePath:instancePath+"/adamw/amsgrad",schemaPath:"#/properties/adamw/properties/amsgrad/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/adamw",schemaPath:"#/properties/adamw/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}

const schema44 = {"type":"object","description":"ADOPT (Taniguchi et al. 2024; iShohei220/adopt): normalise g by the previous √v, clip at (t−1)^¼, then momentum; the first step only initialises v.","additionalProperties":false,"properties":{"type":{"const":"adopt"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.9999].","default":[0.9,0.9999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 0.000001.","default":0.000001},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay: L2 added to the gradient, or decoupled p ← p − lr·wd·p with decouple. Default 0.","default":0},"decouple":{"type":"boolean","description":"Decoupled (AdamW-style) weight decay instead of L2. Default false.","default":false}}};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "eps")) || (key0 === "weightDecay")) || (key0 === "decouple"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("adopt" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "adopt"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.decouple !== undefined){
if(typeof data.decouple !== "boolean"){
const err14 = {instancePath:instancePath+"/decouple",schemaPath:"#/properties/decouple/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}

const schema45 = {"type":"object","description":"AdEMAMix (Pagliardini et al. 2024; apple/ml-ademamix): Adam whose numerator adds α × a slow EMA (β₃) of the gradient to the bias-corrected fast one.","additionalProperties":false,"properties":{"type":{"const":"ademamix"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":3,"maxItems":3,"description":"Coefficients [β₁, β₂, β₃]: fast EMA, second moment, slow EMA; each in [0, 1). β₁ = 0 keeps no fast EMA. Default [0.9,0.999,0.9999].","default":[0.9,0.999,0.9999]},"alpha":{"type":"number","minimum":0,"description":"Weight α of the slow EMA in the numerator. Default 2.","default":2},"beta3Warmup":{"type":"integer","minimum":0,"description":"Steps over which β₃ grows from β₁ to β₃, linearly in half-life. No warmup when absent (or 0)."},"alphaWarmup":{"type":"integer","minimum":0,"description":"Steps over which α grows linearly from 0. No warmup when absent (or 0)."},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay added to the update: p ← p − lr·(u + wd·p). Default 0.","default":0}}};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "alpha")) || (key0 === "beta3Warmup")) || (key0 === "alphaWarmup")) || (key0 === "eps")) || (key0 === "weightDecay"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("ademamix" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ademamix"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 3){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 3){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.alpha !== undefined){
let data4 = data.alpha;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.beta3Warmup !== undefined){
let data5 = data.beta3Warmup;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/beta3Warmup",schemaPath:"#/properties/beta3Warmup/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/beta3Warmup",schemaPath:"#/properties/beta3Warmup/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.alphaWarmup !== undefined){
let data6 = data.alphaWarmup;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/alphaWarmup",schemaPath:"#/properties/alphaWarmup/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/alphaWarmup",schemaPath:"#/properties/alphaWarmup/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.eps !== undefined){
let data7 = data.eps;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data8 = data.weightDecay;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}

const schema46 = {"type":"object","description":"Cautious AdamW (Liang et al. 2024; kyleliang919/C-Optim c_adamw.py): AdamW applied only where m·g > 0, divided by the mean of that mask (≥ 1e-3).","additionalProperties":false,"properties":{"type":{"const":"cautious_adamw"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 0.000001.","default":0.000001},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0}}};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "eps")) || (key0 === "weightDecay"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("cautious_adamw" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "cautious_adamw"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}

const schema47 = {"type":"object","description":"Cautious Lion (Liang et al. 2024; kyleliang919/C-Optim c_lion.py): Lion applied only where its sign agrees with g, scaled by n / (kept + 1).","additionalProperties":false,"properties":{"type":{"const":"cautious_lion"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0001.","default":0.0001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.95,0.98].","default":[0.95,0.98]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0}}};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "weightDecay"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("cautious_lion" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "cautious_lion"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data4 = data.weightDecay;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}

const schema48 = {"type":"object","description":"LaProp (Ziyin et al. 2020; Z-T-WANG/LaProp-Optimizer): momentum of RMSprop-normalised gradients, bias corrections that follow the LR history.","additionalProperties":false,"properties":{"type":{"const":"laprop"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0004.","default":0.0004},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-15.","default":1e-15},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay after the step, not scaled by the LR (as the reference): p ← p − wd·p. Default 0.","default":0},"amsgrad":{"type":"boolean","description":"Use the AMSGrad variant (max of past second moments). Default false.","default":false},"centered":{"type":"boolean","description":"Subtract the squared mean gradient from the second moment (from step 11 on, as the reference). Default false.","default":false}}};

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "eps")) || (key0 === "weightDecay")) || (key0 === "amsgrad")) || (key0 === "centered"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("laprop" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "laprop"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.amsgrad !== undefined){
if(typeof data.amsgrad !== "boolean"){
const err14 = {instancePath:instancePath+"/amsgrad",schemaPath:"#/properties/amsgrad/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.centered !== undefined){
if(typeof data.centered !== "boolean"){
const err15 = {instancePath:instancePath+"/centered",schemaPath:"#/properties/centered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate102.errors = vErrors;
return errors === 0;
}

const schema49 = {"type":"object","description":"Adan (Xie et al. 2022; sail-sg/Adan): Nesterov-style momentum from EMAs of the gradient, of its difference and of the squared extrapolated gradient.","additionalProperties":false,"properties":{"type":{"const":"adan"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":3,"maxItems":3,"description":"Coefficients [β₁, β₂, β₃] of the gradient, gradient-difference and second-moment averages; each in [0, 1). Default [0.98,0.92,0.99].","default":[0.98,0.92,0.99]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay: proximal p ← p / (1 + lr·wd) after the step, or p ← p(1 − lr·wd) before it with noProx. Default 0.","default":0},"maxGradNorm":{"type":"number","minimum":0,"description":"Clip the global gradient norm (over all parameters) to this value; 0 = no clipping. Default 0.","default":0},"noProx":{"type":"boolean","description":"Decoupled decay p(1 − lr·wd) instead of the proximal division. Default false.","default":false}}};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "lr")) || (key0 === "betas")) || (key0 === "eps")) || (key0 === "weightDecay")) || (key0 === "maxGradNorm")) || (key0 === "noProx"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("adan" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "adan"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 3){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 3){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.maxGradNorm !== undefined){
let data6 = data.maxGradNorm;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/maxGradNorm",schemaPath:"#/properties/maxGradNorm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/maxGradNorm",schemaPath:"#/properties/maxGradNorm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.noProx !== undefined){
if(typeof data.noProx !== "boolean"){
const err16 = {instancePath:instancePath+"/noProx",schemaPath:"#/properties/noProx/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate104.errors = vErrors;
return errors === 0;
}

const schema50 = {"type":"object","description":"MARS (Yuan et al. 2024; AGI-Arena/MARS): variance-reduced AdamW or Lion on 2-D weights with the previous step’s gradient; other parameters take its own AdamW.","additionalProperties":false,"properties":{"type":{"const":"mars"},"lr":{"type":"number","exclusiveMinimum":0,"description":"Base learning rate (> 0: the AdamW branch’s LR is lr1d/lr times it); each step uses lr × λ(t) of the schedule. Default 0.003.","default":0.003},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.95,0.99].","default":[0.95,0.99]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.","default":0},"amsgrad":{"type":"boolean","description":"Use the AMSGrad variant (max of past second moments). Default false.","default":false},"gamma":{"type":"number","description":"Scale γ of the gradient correction c = g + γ·β₁/(1 − β₁)·(g − g_prev). Default 0.025.","default":0.025},"isApprox":{"type":"boolean","description":"Use the previous step’s gradient for the correction (the approximate variant; the only one offered). Default true.","default":true,"const":true},"marsType":{"type":"string","enum":["mars-adamw","mars-lion"],"description":"Update applied to the corrected momentum (mars-shampoo is not offered). Default \"mars-adamw\".","default":"mars-adamw","enumDescriptions":["AdamW on the corrected gradient","sign of the corrected momentum (Lion-like)"]},"optimize1d":{"type":"boolean","description":"Use MARS for non-2-D parameters too, instead of its AdamW branch. Default false.","default":false},"lr1d":{"type":"number","minimum":0,"description":"LR of the AdamW branch for non-2-D parameters (follows the run’s schedule: lr × lr1d / base LR). Default 0.003.","default":0.003},"betas1d":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.95].","default":[0.9,0.95]},"weightDecay1d":{"type":"number","minimum":0,"description":"Decoupled weight decay of the AdamW branch: p ← p − lr₁d·wd·p. Default 0.1.","default":0.1}}};

function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema50.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("mars" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "mars"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 <= 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.amsgrad !== undefined){
if(typeof data.amsgrad !== "boolean"){
const err14 = {instancePath:instancePath+"/amsgrad",schemaPath:"#/properties/amsgrad/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.gamma !== undefined){
let data7 = data.gamma;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err15 = {instancePath:instancePath+"/gamma",schemaPath:"#/properties/gamma/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.isApprox !== undefined){
let data8 = data.isApprox;
if(typeof data8 !== "boolean"){
const err16 = {instancePath:instancePath+"/isApprox",schemaPath:"#/properties/isApprox/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(true !== data8){
const err17 = {instancePath:instancePath+"/isApprox",schemaPath:"#/properties/isApprox/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.marsType !== undefined){
let data9 = data.marsType;
if(typeof data9 !== "string"){
const err18 = {instancePath:instancePath+"/marsType",schemaPath:"#/properties/marsType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data9 === "mars-adamw") || (data9 === "mars-lion"))){
const err19 = {instancePath:instancePath+"/marsType",schemaPath:"#/properties/marsType/enum",keyword:"enum",params:{allowedValues: schema50.properties.marsType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.optimize1d !== undefined){
if(typeof data.optimize1d !== "boolean"){
const err20 = {instancePath:instancePath+"/optimize1d",schemaPath:"#/properties/optimize1d/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.lr1d !== undefined){
let data11 = data.lr1d;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err21 = {instancePath:instancePath+"/lr1d",schemaPath:"#/properties/lr1d/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/lr1d",schemaPath:"#/properties/lr1d/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.betas1d !== undefined){
let data12 = data.betas1d;
if(Array.isArray(data12)){
if(data12.length > 2){
const err23 = {instancePath:instancePath+"/betas1d",schemaPath:"#/properties/betas1d/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12.length < 2){
const err24 = {instancePath:instancePath+"/betas1d",schemaPath:"#/properties/betas1d/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err25 = {instancePath:instancePath+"/betas1d/" + i1,schemaPath:"#/properties/betas1d/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data13 >= 1 || isNaN(data13)){
const err26 = {instancePath:instancePath+"/betas1d/" + i1,schemaPath:"#/properties/betas1d/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/betas1d/" + i1,schemaPath:"#/properties/betas1d/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/betas1d",schemaPath:"#/properties/betas1d/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.weightDecay1d !== undefined){
let data14 = data.weightDecay1d;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err29 = {instancePath:instancePath+"/weightDecay1d",schemaPath:"#/properties/weightDecay1d/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/weightDecay1d",schemaPath:"#/properties/weightDecay1d/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate106.errors = vErrors;
return errors === 0;
}

const schema51 = {"type":"object","description":"Schedule-free AdamW (Defazio et al. 2024; facebookresearch/schedule_free): no LR decay; trains at y, evaluates the average x. The run’s schedule must be constant (warm up with warmupSteps).","additionalProperties":false,"properties":{"type":{"const":"schedule_free_adamw"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.0025.","default":0.0025},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay added to the normalised gradient at y: ĝ ← ĝ + wd·y. Default 0.","default":0},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear LR warmup over this many steps, inside the optimizer (the run’s schedule stays constant). Default 0.","default":0},"r":{"type":"number","minimum":0,"description":"Polynomial weighting power r of the average: step k weighs (k + 1)^r. Default 0.","default":0},"weightLrPower":{"type":"number","minimum":0,"description":"The average weighs each step by lr_max^weightLrPower too (0 = no LR weighting). Default 2.","default":2},"innerMomentum":{"type":"number","minimum":0,"exclusiveMaximum":1,"description":"EMA of the gradient inside the Adam step (like AdamW’s β₁); 0 keeps none. Default 0.","default":0}}};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema51.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("schedule_free_adamw" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "schedule_free_adamw"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data6 = data.warmupSteps;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.r !== undefined){
let data7 = data.r;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/r",schemaPath:"#/properties/r/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/r",schemaPath:"#/properties/r/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.weightLrPower !== undefined){
let data8 = data.weightLrPower;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/weightLrPower",schemaPath:"#/properties/weightLrPower/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/weightLrPower",schemaPath:"#/properties/weightLrPower/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.innerMomentum !== undefined){
let data9 = data.innerMomentum;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err20 = {instancePath:instancePath+"/innerMomentum",schemaPath:"#/properties/innerMomentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9 >= 1 || isNaN(data9)){
const err21 = {instancePath:instancePath+"/innerMomentum",schemaPath:"#/properties/innerMomentum/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/innerMomentum",schemaPath:"#/properties/innerMomentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate108.errors = vErrors;
return errors === 0;
}

const schema52 = {"type":"object","description":"Schedule-free SGD (Defazio et al. 2024; facebookresearch/schedule_free): no LR decay; trains at y, evaluates the average x. The run’s schedule must be constant (warm up with warmupSteps).","additionalProperties":false,"properties":{"type":{"const":"schedule_free_sgd"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 1.","default":1},"momentum":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"Interpolation β of y between z and x (0 < β < 1). Default 0.9.","default":0.9},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay added to the gradient at y: g ← g + wd·y. Default 0.","default":0},"warmupSteps":{"type":"integer","minimum":0,"description":"Linear LR warmup over this many steps, inside the optimizer (the run’s schedule stays constant). Default 0.","default":0},"r":{"type":"number","minimum":0,"description":"Polynomial weighting power r of the average: step k weighs (k + 1)^r. Default 0.","default":0},"weightLrPower":{"type":"number","minimum":0,"description":"The average weighs each step by lr_max^weightLrPower too (0 = no LR weighting). Default 2.","default":2}}};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "lr")) || (key0 === "momentum")) || (key0 === "weightDecay")) || (key0 === "warmupSteps")) || (key0 === "r")) || (key0 === "weightLrPower"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("schedule_free_sgd" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "schedule_free_sgd"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.momentum !== undefined){
let data2 = data.momentum;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 >= 1 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data3 = data.weightDecay;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.warmupSteps !== undefined){
let data4 = data.warmupSteps;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/warmupSteps",schemaPath:"#/properties/warmupSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.r !== undefined){
let data5 = data.r;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/r",schemaPath:"#/properties/r/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/r",schemaPath:"#/properties/r/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.weightLrPower !== undefined){
let data6 = data.weightLrPower;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/weightLrPower",schemaPath:"#/properties/weightLrPower/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/weightLrPower",schemaPath:"#/properties/weightLrPower/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate110.errors = vErrors;
return errors === 0;
}

const schema53 = {"type":"object","description":"NorMuon (microsoft/dion): Muon with per-neuron second-moment normalisation of the orthogonalised update; AdamW for the rest.","additionalProperties":false,"properties":{"type":{"const":"normuon"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.01.","default":0.01},"mu":{"type":"number","minimum":0,"description":"Momentum μ of M ← μM + G. Default 0.95.","default":0.95},"muonBeta2":{"type":"number","minimum":0,"maximum":1,"description":"Decay of the per-neuron (per-row) second moment of the orthogonalised update. Default 0.95.","default":0.95},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"AdamW [β₁, β₂] of the non-matrix parameters, each in [0, 1). Default [0.9,0.95].","default":[0.9,0.95]},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay: p ← p·(1 − lr·wd). Default 0.01.","default":0.01},"cautiousWd":{"type":"boolean","description":"Cautious weight decay: decay only where the parameter and its update agree in sign. Default false.","default":false},"epsilon":{"type":"number","minimum":0,"description":"Added to the norm before Newton–Schulz and to the AdamW denominator. Default 1e-8.","default":1e-8},"nesterov":{"type":"boolean","description":"Nesterov momentum (needs momentum > 0 and dampening 0 for SGD). Default false.","default":false},"adjustLr":{"description":"Scale of the NorMuon update: spectral_norm √(rows/cols), rms_norm 0.2·√max(rows, cols), null none. Default \"spectral_norm\".","default":"spectral_norm","anyOf":[{"type":"string","enum":["spectral_norm","rms_norm"],"enumDescriptions":["√(rows/cols): LR transfer across widths","0.2·√max(rows, cols): update RMS like AdamW"]},{"type":"null","description":"No shape-dependent scale."}]},"flatten":{"type":"boolean","description":"Orthogonalise a ≥ 3-D weight as one [shape[0], rest] matrix (false: as a batch of its trailing matrices). Default false.","default":false},"usePolarExpress":{"type":"boolean","description":"Polar Express coefficients with the 1.02 normalisation (false: dion’s 5-step Newton–Schulz quintics). Default true.","default":true},"fallback":{"type":"object","description":"AdamW group of embeddings, head, norms, biases and 1-D parameters; each option defaults to the optimizer’s own (lr, betas, weightDecay, epsilon).","additionalProperties":false,"properties":{"lr":{"type":"number","minimum":0,"description":"Base LR of the AdamW group (× λ(t)). Default: the optimizer’s lr."},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"AdamW [β₁, β₂], each in [0, 1). Default: the optimizer’s betas."},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay of the AdamW group. Default: the optimizer’s weightDecay."},"epsilon":{"type":"number","minimum":0,"description":"AdamW eps. Default: the optimizer’s epsilon."}}}}};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema53.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("normuon" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "normuon"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.mu !== undefined){
let data2 = data.mu;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/mu",schemaPath:"#/properties/mu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/mu",schemaPath:"#/properties/mu/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.muonBeta2 !== undefined){
let data3 = data.muonBeta2;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/muonBeta2",schemaPath:"#/properties/muonBeta2/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/muonBeta2",schemaPath:"#/properties/muonBeta2/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/muonBeta2",schemaPath:"#/properties/muonBeta2/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.betas !== undefined){
let data4 = data.betas;
if(Array.isArray(data4)){
if(data4.length > 2){
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.length < 2){
const err10 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5 >= 1 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data6 = data.weightDecay;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.cautiousWd !== undefined){
if(typeof data.cautiousWd !== "boolean"){
const err17 = {instancePath:instancePath+"/cautiousWd",schemaPath:"#/properties/cautiousWd/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.epsilon !== undefined){
let data8 = data.epsilon;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/epsilon",schemaPath:"#/properties/epsilon/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/epsilon",schemaPath:"#/properties/epsilon/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.nesterov !== undefined){
if(typeof data.nesterov !== "boolean"){
const err20 = {instancePath:instancePath+"/nesterov",schemaPath:"#/properties/nesterov/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.adjustLr !== undefined){
let data10 = data.adjustLr;
const _errs22 = errors;
let valid3 = false;
const _errs23 = errors;
if(typeof data10 !== "string"){
const err21 = {instancePath:instancePath+"/adjustLr",schemaPath:"#/properties/adjustLr/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((data10 === "spectral_norm") || (data10 === "rms_norm"))){
const err22 = {instancePath:instancePath+"/adjustLr",schemaPath:"#/properties/adjustLr/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema53.properties.adjustLr.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs25 = errors;
if(data10 !== null){
const err23 = {instancePath:instancePath+"/adjustLr",schemaPath:"#/properties/adjustLr/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err24 = {instancePath:instancePath+"/adjustLr",schemaPath:"#/properties/adjustLr/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
if(data.flatten !== undefined){
if(typeof data.flatten !== "boolean"){
const err25 = {instancePath:instancePath+"/flatten",schemaPath:"#/properties/flatten/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.usePolarExpress !== undefined){
if(typeof data.usePolarExpress !== "boolean"){
const err26 = {instancePath:instancePath+"/usePolarExpress",schemaPath:"#/properties/usePolarExpress/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.fallback !== undefined){
let data13 = data.fallback;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key1 in data13){
if(!((((key1 === "lr") || (key1 === "betas")) || (key1 === "weightDecay")) || (key1 === "epsilon"))){
const err27 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data13.lr !== undefined){
let data14 = data13.lr;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err28 = {instancePath:instancePath+"/fallback/lr",schemaPath:"#/properties/fallback/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/fallback/lr",schemaPath:"#/properties/fallback/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data13.betas !== undefined){
let data15 = data13.betas;
if(Array.isArray(data15)){
if(data15.length > 2){
const err30 = {instancePath:instancePath+"/fallback/betas",schemaPath:"#/properties/fallback/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data15.length < 2){
const err31 = {instancePath:instancePath+"/fallback/betas",schemaPath:"#/properties/fallback/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err32 = {instancePath:instancePath+"/fallback/betas/" + i1,schemaPath:"#/properties/fallback/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data16 >= 1 || isNaN(data16)){
const err33 = {instancePath:instancePath+"/fallback/betas/" + i1,schemaPath:"#/properties/fallback/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/fallback/betas/" + i1,schemaPath:"#/properties/fallback/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/fallback/betas",schemaPath:"#/properties/fallback/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data13.weightDecay !== undefined){
let data17 = data13.weightDecay;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err36 = {instancePath:instancePath+"/fallback/weightDecay",schemaPath:"#/properties/fallback/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/fallback/weightDecay",schemaPath:"#/properties/fallback/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data13.epsilon !== undefined){
let data18 = data13.epsilon;
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err38 = {instancePath:instancePath+"/fallback/epsilon",schemaPath:"#/properties/fallback/properties/epsilon/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/fallback/epsilon",schemaPath:"#/properties/fallback/properties/epsilon/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate112.errors = vErrors;
return errors === 0;
}

const schema54 = {"type":"object","description":"SOAP (Vyas et al. 2024, nikhilvyas/SOAP): Adam in the eigenbasis of Shampoo’s Kronecker factors, refreshed by a QR power step.","additionalProperties":false,"properties":{"type":{"const":"soap"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.003.","default":0.003},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.95,0.95].","default":[0.95,0.95]},"shampooBeta":{"type":"number","exclusiveMaximum":1,"description":"Decay of the Kronecker factors L_d; a negative value uses β₂. Default -1.","default":-1},"eps":{"type":"number","minimum":0,"description":"Term added to the denominator for numerical stability. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Decoupled weight decay, applied after the step: p ← p − lr·wd·p. Default 0.01.","default":0.01},"preconditionFrequency":{"type":"integer","minimum":1,"description":"Refresh the eigenbases (one power iteration + QR) every k steps. Default 10.","default":10},"maxPrecondDim":{"type":"integer","minimum":1,"description":"Dimensions larger than this get no factor (identity basis). Default 10000.","default":10000},"mergeDims":{"type":"boolean","description":"Merge neighbouring dimensions while their product stays ≤ maxPrecondDim. Default false.","default":false},"precondition1d":{"type":"boolean","description":"Also precondition 1-D parameters (biases, norm gains). Default false.","default":false},"normalizeGrads":{"type":"boolean","description":"Divide each update by its RMS (helps at large preconditionFrequency). Default false.","default":false},"dataFormat":{"type":"string","enum":["channels_first","channels_last"],"description":"Layout of 4-D weights when merging dimensions. Default \"channels_first\".","default":"channels_first","enumDescriptions":["NCHW","NHWC: permuted to NCHW before merging"]},"correctBias":{"type":"boolean","description":"Adam bias correction: step lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ). Default true.","default":true}}};

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema54.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("soap" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "soap"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.shampooBeta !== undefined){
let data4 = data.shampooBeta;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 >= 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/shampooBeta",schemaPath:"#/properties/shampooBeta/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/shampooBeta",schemaPath:"#/properties/shampooBeta/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.eps !== undefined){
let data5 = data.eps;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data6 = data.weightDecay;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.preconditionFrequency !== undefined){
let data7 = data.preconditionFrequency;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err16 = {instancePath:instancePath+"/preconditionFrequency",schemaPath:"#/properties/preconditionFrequency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/preconditionFrequency",schemaPath:"#/properties/preconditionFrequency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.maxPrecondDim !== undefined){
let data8 = data.maxPrecondDim;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err18 = {instancePath:instancePath+"/maxPrecondDim",schemaPath:"#/properties/maxPrecondDim/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/maxPrecondDim",schemaPath:"#/properties/maxPrecondDim/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.mergeDims !== undefined){
if(typeof data.mergeDims !== "boolean"){
const err20 = {instancePath:instancePath+"/mergeDims",schemaPath:"#/properties/mergeDims/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.precondition1d !== undefined){
if(typeof data.precondition1d !== "boolean"){
const err21 = {instancePath:instancePath+"/precondition1d",schemaPath:"#/properties/precondition1d/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.normalizeGrads !== undefined){
if(typeof data.normalizeGrads !== "boolean"){
const err22 = {instancePath:instancePath+"/normalizeGrads",schemaPath:"#/properties/normalizeGrads/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.dataFormat !== undefined){
let data12 = data.dataFormat;
if(typeof data12 !== "string"){
const err23 = {instancePath:instancePath+"/dataFormat",schemaPath:"#/properties/dataFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((data12 === "channels_first") || (data12 === "channels_last"))){
const err24 = {instancePath:instancePath+"/dataFormat",schemaPath:"#/properties/dataFormat/enum",keyword:"enum",params:{allowedValues: schema54.properties.dataFormat.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.correctBias !== undefined){
if(typeof data.correctBias !== "boolean"){
const err25 = {instancePath:instancePath+"/correctBias",schemaPath:"#/properties/correctBias/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate114.errors = vErrors;
return errors === 0;
}

const schema55 = {"type":"object","description":"Shampoo (Gupta et al. 2018, kozistr/pytorch_optimizer): one Kronecker statistic per dimension, update multiplied by their inverse r-th roots.","additionalProperties":false,"properties":{"type":{"const":"shampoo"},"lr":{"type":"number","minimum":0,"description":"Base learning rate; each step uses lr × λ(t) of the schedule. Default 0.001.","default":0.001},"momentum":{"type":"number","minimum":0,"maximum":1,"description":"Momentum μ: g ← (1 − μ)g + μ·(last preconditioned update). Default 0.","default":0},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay: L2 on the gradient, or decoupled with weightDecouple. Default 0.","default":0},"weightDecouple":{"type":"boolean","description":"Decoupled weight decay p ← p(1 − wd·lr) as in AdamW. Default false.","default":false},"fixedDecay":{"type":"boolean","description":"With weightDecouple: p ← p(1 − wd), independent of the LR. Default false.","default":false},"preconditioningComputeSteps":{"type":"integer","minimum":1,"description":"Recompute the inverse roots every k steps (they start at 0: the first k − 1 steps do not move p). Default 1.","default":1},"matrixEps":{"type":"number","minimum":0,"description":"Initial statistics matrixEps·I (keeps the inverse roots finite). Default 0.000001.","default":0.000001},"maximize":{"type":"boolean","description":"Maximize the objective (negate the gradient). Default false.","default":false}}};

function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema55.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("shampoo" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "shampoo"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.momentum !== undefined){
let data2 = data.momentum;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/momentum",schemaPath:"#/properties/momentum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data3 = data.weightDecay;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.weightDecouple !== undefined){
if(typeof data.weightDecouple !== "boolean"){
const err9 = {instancePath:instancePath+"/weightDecouple",schemaPath:"#/properties/weightDecouple/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.fixedDecay !== undefined){
if(typeof data.fixedDecay !== "boolean"){
const err10 = {instancePath:instancePath+"/fixedDecay",schemaPath:"#/properties/fixedDecay/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.preconditioningComputeSteps !== undefined){
let data6 = data.preconditioningComputeSteps;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/preconditioningComputeSteps",schemaPath:"#/properties/preconditioningComputeSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/preconditioningComputeSteps",schemaPath:"#/properties/preconditioningComputeSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.matrixEps !== undefined){
let data7 = data.matrixEps;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/matrixEps",schemaPath:"#/properties/matrixEps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/matrixEps",schemaPath:"#/properties/matrixEps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.maximize !== undefined){
if(typeof data.maximize !== "boolean"){
const err15 = {instancePath:instancePath+"/maximize",schemaPath:"#/properties/maximize/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate116.errors = vErrors;
return errors === 0;
}

const schema56 = {"type":"object","description":"Prodigy (Mishchenko & Defazio 2023, konstmish/prodigy): Adam whose step size d is estimated on the fly; lr is a multiplier of d.","additionalProperties":false,"properties":{"type":{"const":"prodigy"},"lr":{"type":"number","exclusiveMinimum":0,"description":"Multiplier of the estimated step size d (the step uses d·lr·λ(t)); leave at 1 unless training is unstable. Default 1.","default":1},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","exclusiveMinimum":0,"description":"Term added to the denominator outside the square root. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay: L2 on the gradient, or p ← p(1 − wd·d·lr) when decouple is true. Default 0.","default":0},"useBiasCorrection":{"type":"boolean","description":"Adam bias correction folded into the step size: × √(1 − β₂^k) / (1 − β₁^k). Default false.","default":false},"d0":{"type":"number","exclusiveMinimum":0,"description":"Initial estimate d₀ of the distance to a solution. Default 0.000001.","default":0.000001},"growthRate":{"type":"number","exclusiveMinimum":0,"description":"Cap on the growth of d per step (d ← min(…, d·growthRate)); 1.02 gives a warmup-like ramp. Default ∞ (leave out: JSON cannot write it)."},"beta3":{"type":"number","minimum":0,"exclusiveMaximum":1,"description":"Decay β₃ of the running sums behind the d estimate. Default √β₂ (leave out)."},"decouple":{"type":"boolean","description":"AdamW-style decoupled weight decay (false: L2 added to the gradient). Default true.","default":true},"safeguardWarmup":{"type":"boolean","description":"Leave lr out of the denominator of the d estimate (helps under LR warmup). Default false.","default":false},"dCoef":{"type":"number","exclusiveMinimum":0,"description":"Coefficient of the d estimate: the preferred knob (0.5 or 2 also work). Default 1.","default":1},"sliceP":{"type":"integer","minimum":1,"description":"Estimate d from every p-th entry only (≈ 11 saves memory; 1 = exact Prodigy). Default 1.","default":1}}};

function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema56.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("prodigy" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "prodigy"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 <= 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.useBiasCorrection !== undefined){
if(typeof data.useBiasCorrection !== "boolean"){
const err14 = {instancePath:instancePath+"/useBiasCorrection",schemaPath:"#/properties/useBiasCorrection/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.d0 !== undefined){
let data7 = data.d0;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/d0",schemaPath:"#/properties/d0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/d0",schemaPath:"#/properties/d0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.growthRate !== undefined){
let data8 = data.growthRate;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 <= 0 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/growthRate",schemaPath:"#/properties/growthRate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/growthRate",schemaPath:"#/properties/growthRate/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.beta3 !== undefined){
let data9 = data.beta3;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/beta3",schemaPath:"#/properties/beta3/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9 >= 1 || isNaN(data9)){
const err20 = {instancePath:instancePath+"/beta3",schemaPath:"#/properties/beta3/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/beta3",schemaPath:"#/properties/beta3/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.decouple !== undefined){
if(typeof data.decouple !== "boolean"){
const err22 = {instancePath:instancePath+"/decouple",schemaPath:"#/properties/decouple/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.safeguardWarmup !== undefined){
if(typeof data.safeguardWarmup !== "boolean"){
const err23 = {instancePath:instancePath+"/safeguardWarmup",schemaPath:"#/properties/safeguardWarmup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.dCoef !== undefined){
let data12 = data.dCoef;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 <= 0 || isNaN(data12)){
const err24 = {instancePath:instancePath+"/dCoef",schemaPath:"#/properties/dCoef/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/dCoef",schemaPath:"#/properties/dCoef/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.sliceP !== undefined){
let data13 = data.sliceP;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err26 = {instancePath:instancePath+"/sliceP",schemaPath:"#/properties/sliceP/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err27 = {instancePath:instancePath+"/sliceP",schemaPath:"#/properties/sliceP/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate118.errors = vErrors;
return errors === 0;
}

const schema57 = {"type":"object","description":"D-Adapt Adam (Defazio & Mishchenko 2023, facebookresearch/dadaptation): Adam with a D-Adaptation step size; lr is a multiplier of d.","additionalProperties":false,"properties":{"type":{"const":"dadapt_adam"},"lr":{"type":"number","exclusiveMinimum":0,"description":"Multiplier of the estimated step size d (the step uses d·lr·λ(t)); leave at 1 unless training is unstable. Default 1.","default":1},"betas":{"type":"array","items":{"type":"number","minimum":0,"exclusiveMaximum":1},"minItems":2,"maxItems":2,"description":"Coefficients [β₁, β₂] of the running averages, each in [0, 1). Default [0.9,0.999].","default":[0.9,0.999]},"eps":{"type":"number","exclusiveMinimum":0,"description":"Term added to the denominator outside the square root. Default 1e-8.","default":1e-8},"weightDecay":{"type":"number","minimum":0,"description":"Weight decay: L2 on the gradient, or p ← p(1 − wd·d·lr) when decouple is true. Default 0.","default":0},"useBiasCorrection":{"type":"boolean","description":"Adam bias correction folded into the step size: × √(1 − β₂^k) / (1 − β₁^k). Default false.","default":false},"d0":{"type":"number","exclusiveMinimum":0,"description":"Initial estimate d₀ of the distance to a solution. Default 0.000001.","default":0.000001},"growthRate":{"type":"number","exclusiveMinimum":0,"description":"Cap on the growth of d per step (d ← min(…, d·growthRate)); 1.02 gives a warmup-like ramp. Default ∞ (leave out: JSON cannot write it)."},"decouple":{"type":"boolean","description":"AdamW-style decoupled weight decay (false: L2 added to the gradient). Default false.","default":false}}};

function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema57.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if("dadapt_adam" !== data.type){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "dadapt_adam"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lr !== undefined){
let data1 = data.lr;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 <= 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/lr",schemaPath:"#/properties/lr/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.betas !== undefined){
let data2 = data.betas;
if(Array.isArray(data2)){
if(data2.length > 2){
const err4 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 2){
const err5 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 >= 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/betas/" + i0,schemaPath:"#/properties/betas/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/betas",schemaPath:"#/properties/betas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.weightDecay !== undefined){
let data5 = data.weightDecay;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/weightDecay",schemaPath:"#/properties/weightDecay/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.useBiasCorrection !== undefined){
if(typeof data.useBiasCorrection !== "boolean"){
const err14 = {instancePath:instancePath+"/useBiasCorrection",schemaPath:"#/properties/useBiasCorrection/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.d0 !== undefined){
let data7 = data.d0;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/d0",schemaPath:"#/properties/d0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/d0",schemaPath:"#/properties/d0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.growthRate !== undefined){
let data8 = data.growthRate;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 <= 0 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/growthRate",schemaPath:"#/properties/growthRate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/growthRate",schemaPath:"#/properties/growthRate/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.decouple !== undefined){
if(typeof data.decouple !== "boolean"){
const err19 = {instancePath:instancePath+"/decouple",schemaPath:"#/properties/decouple/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate120.errors = vErrors;
return errors === 0;
}


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("sgd" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs8 = errors;
let valid3 = true;
const _errs9 = errors;
if(errors === _errs9){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data.type !== undefined){
if("bgd" !== data.type){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs9 === errors;
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid3 = _valid1;
}
if(!valid3){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs14 = errors;
let valid5 = true;
const _errs15 = errors;
if(errors === _errs15){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.type !== undefined){
if("momentum" !== data.type){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid2 = _errs15 === errors;
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs18 = errors;
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var _valid2 = _errs18 === errors;
valid5 = _valid2;
}
if(!valid5){
const err11 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs20 = errors;
let valid7 = true;
const _errs21 = errors;
if(errors === _errs21){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.type !== undefined){
if("nag" !== data.type){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid3 = _errs21 === errors;
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs24 = errors;
if(!(validate68(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var _valid3 = _errs24 === errors;
valid7 = _valid3;
}
if(!valid7){
const err15 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs26 = errors;
let valid9 = true;
const _errs27 = errors;
if(errors === _errs27){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
if(data.type !== undefined){
if("adagrad" !== data.type){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid4 = _errs27 === errors;
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs30 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid4 = _errs30 === errors;
valid9 = _valid4;
}
if(!valid9){
const err19 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs32 = errors;
let valid11 = true;
const _errs33 = errors;
if(errors === _errs33){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data.type !== undefined){
if("adadelta" !== data.type){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid5 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs36 = errors;
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var _valid5 = _errs36 === errors;
valid11 = _valid5;
}
if(!valid11){
const err23 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const _errs38 = errors;
let valid13 = true;
const _errs39 = errors;
if(errors === _errs39){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
if(data.type !== undefined){
if("rmsprop" !== data.type){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
else {
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid6 = _errs39 === errors;
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs42 = errors;
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
var _valid6 = _errs42 === errors;
valid13 = _valid6;
}
if(!valid13){
const err27 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const _errs44 = errors;
let valid15 = true;
const _errs45 = errors;
if(errors === _errs45){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
if(data.type !== undefined){
if("adam" !== data.type){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid7 = _errs45 === errors;
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs48 = errors;
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid7 = _errs48 === errors;
valid15 = _valid7;
}
if(!valid15){
const err31 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const _errs50 = errors;
let valid17 = true;
const _errs51 = errors;
if(errors === _errs51){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.type === undefined) && (missing8 = "type")){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
if(data.type !== undefined){
if("adamw" !== data.type){
const err33 = {};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
else {
const err34 = {};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
var _valid8 = _errs51 === errors;
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs54 = errors;
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
var _valid8 = _errs54 === errors;
valid17 = _valid8;
}
if(!valid17){
const err35 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const _errs56 = errors;
let valid19 = true;
const _errs57 = errors;
if(errors === _errs57){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.type === undefined) && (missing9 = "type")){
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
if(data.type !== undefined){
if("adamax" !== data.type){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
else {
const err38 = {};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
var _valid9 = _errs57 === errors;
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs60 = errors;
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var _valid9 = _errs60 === errors;
valid19 = _valid9;
}
if(!valid19){
const err39 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const _errs62 = errors;
let valid21 = true;
const _errs63 = errors;
if(errors === _errs63){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.type === undefined) && (missing10 = "type")){
const err40 = {};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
if(data.type !== undefined){
if("nadam" !== data.type){
const err41 = {};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
}
else {
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
var _valid10 = _errs63 === errors;
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs66 = errors;
if(!(validate82(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var _valid10 = _errs66 === errors;
valid21 = _valid10;
}
if(!valid21){
const err43 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const _errs68 = errors;
let valid23 = true;
const _errs69 = errors;
if(errors === _errs69){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.type === undefined) && (missing11 = "type")){
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
if(data.type !== undefined){
if("lion" !== data.type){
const err45 = {};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
}
else {
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
var _valid11 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs72 = errors;
if(!(validate84(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
var _valid11 = _errs72 === errors;
valid23 = _valid11;
}
if(!valid23){
const err47 = {instancePath,schemaPath:"#/allOf/11/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const _errs74 = errors;
let valid25 = true;
const _errs75 = errors;
if(errors === _errs75){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.type === undefined) && (missing12 = "type")){
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
if(data.type !== undefined){
if("sophia" !== data.type){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
else {
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid12 = _errs75 === errors;
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs78 = errors;
if(!(validate86(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var _valid12 = _errs78 === errors;
valid25 = _valid12;
}
if(!valid25){
const err51 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const _errs80 = errors;
let valid27 = true;
const _errs81 = errors;
if(errors === _errs81){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((data.type === undefined) && (missing13 = "type")){
const err52 = {};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
if(data.type !== undefined){
if("muon" !== data.type){
const err53 = {};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
}
else {
const err54 = {};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
var _valid13 = _errs81 === errors;
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs84 = errors;
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var _valid13 = _errs84 === errors;
valid27 = _valid13;
}
if(!valid27){
const err55 = {instancePath,schemaPath:"#/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
const _errs86 = errors;
let valid29 = true;
const _errs87 = errors;
if(errors === _errs87){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.type === undefined) && (missing14 = "type")){
const err56 = {};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
if(data.type !== undefined){
if("muonclip" !== data.type){
const err57 = {};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
}
else {
const err58 = {};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
var _valid14 = _errs87 === errors;
errors = _errs86;
if(vErrors !== null){
if(_errs86){
vErrors.length = _errs86;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs90 = errors;
if(!(validate90(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
var _valid14 = _errs90 === errors;
valid29 = _valid14;
}
if(!valid29){
const err59 = {instancePath,schemaPath:"#/allOf/14/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
const _errs92 = errors;
let valid31 = true;
const _errs93 = errors;
if(errors === _errs93){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing15;
if((data.type === undefined) && (missing15 = "type")){
const err60 = {};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
if(data.type !== undefined){
if("hybrid" !== data.type){
const err61 = {};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
}
else {
const err62 = {};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
var _valid15 = _errs93 === errors;
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs96 = errors;
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var _valid15 = _errs96 === errors;
valid31 = _valid15;
}
if(!valid31){
const err63 = {instancePath,schemaPath:"#/allOf/15/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
const _errs98 = errors;
let valid33 = true;
const _errs99 = errors;
if(errors === _errs99){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if((data.type === undefined) && (missing16 = "type")){
const err64 = {};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
if(data.type !== undefined){
if("adopt" !== data.type){
const err65 = {};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
}
else {
const err66 = {};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
var _valid16 = _errs99 === errors;
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
if(_valid16){
const _errs102 = errors;
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
var _valid16 = _errs102 === errors;
valid33 = _valid16;
}
if(!valid33){
const err67 = {instancePath,schemaPath:"#/allOf/16/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
const _errs104 = errors;
let valid35 = true;
const _errs105 = errors;
if(errors === _errs105){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing17;
if((data.type === undefined) && (missing17 = "type")){
const err68 = {};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
else {
if(data.type !== undefined){
if("ademamix" !== data.type){
const err69 = {};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
}
else {
const err70 = {};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
var _valid17 = _errs105 === errors;
errors = _errs104;
if(vErrors !== null){
if(_errs104){
vErrors.length = _errs104;
}
else {
vErrors = null;
}
}
if(_valid17){
const _errs108 = errors;
if(!(validate96(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var _valid17 = _errs108 === errors;
valid35 = _valid17;
}
if(!valid35){
const err71 = {instancePath,schemaPath:"#/allOf/17/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
const _errs110 = errors;
let valid37 = true;
const _errs111 = errors;
if(errors === _errs111){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing18;
if((data.type === undefined) && (missing18 = "type")){
const err72 = {};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
if(data.type !== undefined){
if("cautious_adamw" !== data.type){
const err73 = {};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
}
else {
const err74 = {};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
var _valid18 = _errs111 === errors;
errors = _errs110;
if(vErrors !== null){
if(_errs110){
vErrors.length = _errs110;
}
else {
vErrors = null;
}
}
if(_valid18){
const _errs114 = errors;
if(!(validate98(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
var _valid18 = _errs114 === errors;
valid37 = _valid18;
}
if(!valid37){
const err75 = {instancePath,schemaPath:"#/allOf/18/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
const _errs116 = errors;
let valid39 = true;
const _errs117 = errors;
if(errors === _errs117){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing19;
if((data.type === undefined) && (missing19 = "type")){
const err76 = {};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
else {
if(data.type !== undefined){
if("cautious_lion" !== data.type){
const err77 = {};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
}
else {
const err78 = {};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
var _valid19 = _errs117 === errors;
errors = _errs116;
if(vErrors !== null){
if(_errs116){
vErrors.length = _errs116;
}
else {
vErrors = null;
}
}
if(_valid19){
const _errs120 = errors;
if(!(validate100(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
var _valid19 = _errs120 === errors;
valid39 = _valid19;
}
if(!valid39){
const err79 = {instancePath,schemaPath:"#/allOf/19/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
const _errs122 = errors;
let valid41 = true;
const _errs123 = errors;
if(errors === _errs123){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing20;
if((data.type === undefined) && (missing20 = "type")){
const err80 = {};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
else {
if(data.type !== undefined){
if("laprop" !== data.type){
const err81 = {};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
}
else {
const err82 = {};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
var _valid20 = _errs123 === errors;
errors = _errs122;
if(vErrors !== null){
if(_errs122){
vErrors.length = _errs122;
}
else {
vErrors = null;
}
}
if(_valid20){
const _errs126 = errors;
if(!(validate102(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid20 = _errs126 === errors;
valid41 = _valid20;
}
if(!valid41){
const err83 = {instancePath,schemaPath:"#/allOf/20/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
const _errs128 = errors;
let valid43 = true;
const _errs129 = errors;
if(errors === _errs129){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing21;
if((data.type === undefined) && (missing21 = "type")){
const err84 = {};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
else {
if(data.type !== undefined){
if("adan" !== data.type){
const err85 = {};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
}
else {
const err86 = {};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
var _valid21 = _errs129 === errors;
errors = _errs128;
if(vErrors !== null){
if(_errs128){
vErrors.length = _errs128;
}
else {
vErrors = null;
}
}
if(_valid21){
const _errs132 = errors;
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var _valid21 = _errs132 === errors;
valid43 = _valid21;
}
if(!valid43){
const err87 = {instancePath,schemaPath:"#/allOf/21/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
const _errs134 = errors;
let valid45 = true;
const _errs135 = errors;
if(errors === _errs135){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing22;
if((data.type === undefined) && (missing22 = "type")){
const err88 = {};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
else {
if(data.type !== undefined){
if("mars" !== data.type){
const err89 = {};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
}
else {
const err90 = {};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
var _valid22 = _errs135 === errors;
errors = _errs134;
if(vErrors !== null){
if(_errs134){
vErrors.length = _errs134;
}
else {
vErrors = null;
}
}
if(_valid22){
const _errs138 = errors;
if(!(validate106(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
var _valid22 = _errs138 === errors;
valid45 = _valid22;
}
if(!valid45){
const err91 = {instancePath,schemaPath:"#/allOf/22/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
const _errs140 = errors;
let valid47 = true;
const _errs141 = errors;
if(errors === _errs141){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing23;
if((data.type === undefined) && (missing23 = "type")){
const err92 = {};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
else {
if(data.type !== undefined){
if("schedule_free_adamw" !== data.type){
const err93 = {};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
}
else {
const err94 = {};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
var _valid23 = _errs141 === errors;
errors = _errs140;
if(vErrors !== null){
if(_errs140){
vErrors.length = _errs140;
}
else {
vErrors = null;
}
}
if(_valid23){
const _errs144 = errors;
if(!(validate108(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
var _valid23 = _errs144 === errors;
valid47 = _valid23;
}
if(!valid47){
const err95 = {instancePath,schemaPath:"#/allOf/23/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
const _errs146 = errors;
let valid49 = true;
const _errs147 = errors;
if(errors === _errs147){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing24;
if((data.type === undefined) && (missing24 = "type")){
const err96 = {};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
else {
if(data.type !== undefined){
if("schedule_free_sgd" !== data.type){
const err97 = {};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
}
else {
const err98 = {};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
var _valid24 = _errs147 === errors;
errors = _errs146;
if(vErrors !== null){
if(_errs146){
vErrors.length = _errs146;
}
else {
vErrors = null;
}
}
if(_valid24){
const _errs150 = errors;
if(!(validate110(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var _valid24 = _errs150 === errors;
valid49 = _valid24;
}
if(!valid49){
const err99 = {instancePath,schemaPath:"#/allOf/24/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
const _errs152 = errors;
let valid51 = true;
const _errs153 = errors;
if(errors === _errs153){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing25;
if((data.type === undefined) && (missing25 = "type")){
const err100 = {};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
else {
if(data.type !== undefined){
if("normuon" !== data.type){
const err101 = {};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
}
else {
const err102 = {};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
var _valid25 = _errs153 === errors;
errors = _errs152;
if(vErrors !== null){
if(_errs152){
vErrors.length = _errs152;
}
else {
vErrors = null;
}
}
if(_valid25){
const _errs156 = errors;
if(!(validate112(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
var _valid25 = _errs156 === errors;
valid51 = _valid25;
}
if(!valid51){
const err103 = {instancePath,schemaPath:"#/allOf/25/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
const _errs158 = errors;
let valid53 = true;
const _errs159 = errors;
if(errors === _errs159){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing26;
if((data.type === undefined) && (missing26 = "type")){
const err104 = {};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
else {
if(data.type !== undefined){
if("soap" !== data.type){
const err105 = {};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
}
else {
const err106 = {};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
var _valid26 = _errs159 === errors;
errors = _errs158;
if(vErrors !== null){
if(_errs158){
vErrors.length = _errs158;
}
else {
vErrors = null;
}
}
if(_valid26){
const _errs162 = errors;
if(!(validate114(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
var _valid26 = _errs162 === errors;
valid53 = _valid26;
}
if(!valid53){
const err107 = {instancePath,schemaPath:"#/allOf/26/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
const _errs164 = errors;
let valid55 = true;
const _errs165 = errors;
if(errors === _errs165){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing27;
if((data.type === undefined) && (missing27 = "type")){
const err108 = {};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
else {
if(data.type !== undefined){
if("shampoo" !== data.type){
const err109 = {};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
}
else {
const err110 = {};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
var _valid27 = _errs165 === errors;
errors = _errs164;
if(vErrors !== null){
if(_errs164){
vErrors.length = _errs164;
}
else {
vErrors = null;
}
}
if(_valid27){
const _errs168 = errors;
if(!(validate116(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
errors = vErrors.length;
}
var _valid27 = _errs168 === errors;
valid55 = _valid27;
}
if(!valid55){
const err111 = {instancePath,schemaPath:"#/allOf/27/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
const _errs170 = errors;
let valid57 = true;
const _errs171 = errors;
if(errors === _errs171){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing28;
if((data.type === undefined) && (missing28 = "type")){
const err112 = {};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
else {
if(data.type !== undefined){
if("prodigy" !== data.type){
const err113 = {};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
}
else {
const err114 = {};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
var _valid28 = _errs171 === errors;
errors = _errs170;
if(vErrors !== null){
if(_errs170){
vErrors.length = _errs170;
}
else {
vErrors = null;
}
}
if(_valid28){
const _errs174 = errors;
if(!(validate118(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
var _valid28 = _errs174 === errors;
valid57 = _valid28;
}
if(!valid57){
const err115 = {instancePath,schemaPath:"#/allOf/28/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
const _errs176 = errors;
let valid59 = true;
const _errs177 = errors;
if(errors === _errs177){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing29;
if((data.type === undefined) && (missing29 = "type")){
const err116 = {};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
else {
if(data.type !== undefined){
if("dadapt_adam" !== data.type){
const err117 = {};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
}
else {
const err118 = {};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
var _valid29 = _errs177 === errors;
errors = _errs176;
if(vErrors !== null){
if(_errs176){
vErrors.length = _errs176;
}
else {
vErrors = null;
}
}
if(_valid29){
const _errs180 = errors;
if(!(validate120(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
var _valid29 = _errs180 === errors;
valid59 = _valid29;
}
if(!valid59){
const err119 = {instancePath,schemaPath:"#/allOf/29/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err120 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data.type !== undefined){
let data30 = data.type;
if(typeof data30 !== "string"){
const err121 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(!((((((((((((((((((((((((((((((data30 === "sgd") || (data30 === "bgd")) || (data30 === "momentum")) || (data30 === "nag")) || (data30 === "adagrad")) || (data30 === "adadelta")) || (data30 === "rmsprop")) || (data30 === "adam")) || (data30 === "adamw")) || (data30 === "adamax")) || (data30 === "nadam")) || (data30 === "lion")) || (data30 === "sophia")) || (data30 === "muon")) || (data30 === "muonclip")) || (data30 === "hybrid")) || (data30 === "adopt")) || (data30 === "ademamix")) || (data30 === "cautious_adamw")) || (data30 === "cautious_lion")) || (data30 === "laprop")) || (data30 === "adan")) || (data30 === "mars")) || (data30 === "schedule_free_adamw")) || (data30 === "schedule_free_sgd")) || (data30 === "normuon")) || (data30 === "soap")) || (data30 === "shampoo")) || (data30 === "prodigy")) || (data30 === "dadapt_adam"))){
const err122 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema27.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}

const schema58 = {"type":"object","description":"Tune within a budget on tuning seeds, then compare the chosen values on the experiment’s seeds (SPEC §10).","additionalProperties":false,"required":["space"],"properties":{"space":{"type":"object","description":"Option paths of the run’s optimizer (\"lr\", \"muon.lr\", \"betas[1]\", …) → range, in the order trials use them.","minProperties":1,"additionalProperties":{"$ref":"#/definitions/tuneRange"}},"trials":{"type":"integer","minimum":1,"maximum":1000,"description":"Trials for halton and random (grid ignores it). Default 8.","default":8},"method":{"type":"string","enum":["halton","grid","random"],"description":"How trials are placed in the space. Default \"halton\".","default":"halton","enumDescriptions":["Unscrambled Halton points, trial i = 1, 2, …","Every combination of values and gridPoints (≤ 1,000)","Seeded uniform draws"]},"seeds":{"type":"array","items":{"type":"integer","minimum":0},"minItems":1,"description":"Tuning seeds; must not overlap the experiment’s \"seeds\". Default: the first of 1000, 1001, … not among them."},"select":{"type":"string","enum":["target","final","best"],"enumDescriptions":["Mean steps to the target (not reached: ranked after, by final metric)","Mean target metric at the last evaluation (training loss without a target)","Mean best value of that metric"],"description":"How trials are ranked (diverged last; ties go to the lower trial index). Default \"target\" with a target, else \"final\"."}}};
const schema59 = {"type":"object","description":"One key of the space: { \"log\": [lo, hi] }, { \"linear\": [lo, hi] } (with \"gridPoints\" for the grid method) or { \"values\": [v, …] }.","additionalProperties":false,"properties":{"log":{"type":"array","items":{"type":"number"},"description":"Log-uniform range [lo, hi], lo > 0: exp(ln lo + u·(ln hi − ln lo))."},"linear":{"type":"array","items":{"type":"number"},"description":"Linear range [lo, hi]: lo + u·(hi − lo)."},"values":{"type":"array","items":{"type":"number"},"description":"Values to choose from: v[floor(u·n)]."},"gridPoints":{"type":"integer","minimum":2,"description":"Grid method: evenly spaced points of the range, both ends included (log-spaced for \"log\"). Default 5.","default":5}}};

function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "log") || (key0 === "linear")) || (key0 === "values")) || (key0 === "gridPoints"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.log !== undefined){
let data0 = data.log;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/log/" + i0,schemaPath:"#/properties/log/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.linear !== undefined){
let data2 = data.linear;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err3 = {instancePath:instancePath+"/linear/" + i1,schemaPath:"#/properties/linear/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/linear",schemaPath:"#/properties/linear/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.values !== undefined){
let data4 = data.values;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err5 = {instancePath:instancePath+"/values/" + i2,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.gridPoints !== undefined){
let data6 = data.gridPoints;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err7 = {instancePath:instancePath+"/gridPoints",schemaPath:"#/properties/gridPoints/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 2 || isNaN(data6)){
const err8 = {instancePath:instancePath+"/gridPoints",schemaPath:"#/properties/gridPoints/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate125.errors = vErrors;
return errors === 0;
}


function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.space === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "space"},message:"must have required property '"+"space"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "space") || (key0 === "trials")) || (key0 === "method")) || (key0 === "seeds")) || (key0 === "select"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.space !== undefined){
let data0 = data.space;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length < 1){
const err2 = {instancePath:instancePath+"/space",schemaPath:"#/properties/space/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key1 in data0){
if(!(validate125(data0[key1], {instancePath:instancePath+"/space/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/space",schemaPath:"#/properties/space/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.trials !== undefined){
let data2 = data.trials;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/trials",schemaPath:"#/properties/trials/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/trials",schemaPath:"#/properties/trials/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/trials",schemaPath:"#/properties/trials/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.method !== undefined){
let data3 = data.method;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data3 === "halton") || (data3 === "grid")) || (data3 === "random"))){
const err8 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema58.properties.method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.seeds !== undefined){
let data4 = data.seeds;
if(Array.isArray(data4)){
if(data4.length < 1){
const err9 = {instancePath:instancePath+"/seeds",schemaPath:"#/properties/seeds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/seeds/" + i0,schemaPath:"#/properties/seeds/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/seeds/" + i0,schemaPath:"#/properties/seeds/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/seeds",schemaPath:"#/properties/seeds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.select !== undefined){
let data6 = data.select;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/select",schemaPath:"#/properties/select/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((data6 === "target") || (data6 === "final")) || (data6 === "best"))){
const err14 = {instancePath:instancePath+"/select",schemaPath:"#/properties/select/enum",keyword:"enum",params:{allowedValues: schema58.properties.select.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate124.errors = vErrors;
return errors === 0;
}


function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.optimizer === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "optimizer"},message:"must have required property '"+"optimizer"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "optimizer")) || (key0 === "schedule")) || (key0 === "sweep")) || (key0 === "tune"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.optimizer !== undefined){
if(!(validate61(data.optimizer, {instancePath:instancePath+"/optimizer",parentData:data,parentDataProperty:"optimizer",rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
if(data.schedule !== undefined){
if(!(validate32(data.schedule, {instancePath:instancePath+"/schedule",parentData:data,parentDataProperty:"schedule",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.sweep !== undefined){
let data3 = data.sweep;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs8 = errors;
if(!((((((((((((((((((((((((((((((((((((((((((((((((key1 === "adamw.eps") || (key1 === "adamw.lr")) || (key1 === "adamw.weightDecay")) || (key1 === "alpha")) || (key1 === "alphaWarmup")) || (key1 === "beta3")) || (key1 === "beta3Warmup")) || (key1 === "d0")) || (key1 === "dCoef")) || (key1 === "dampening")) || (key1 === "eps")) || (key1 === "epsilon")) || (key1 === "fallback.eps")) || (key1 === "fallback.epsilon")) || (key1 === "fallback.lr")) || (key1 === "fallback.weightDecay")) || (key1 === "gamma")) || (key1 === "growthRate")) || (key1 === "hessianInterval")) || (key1 === "initialAccumulatorValue")) || (key1 === "innerMomentum")) || (key1 === "lr")) || (key1 === "lr1d")) || (key1 === "lrDecay")) || (key1 === "matrixEps")) || (key1 === "maxGradNorm")) || (key1 === "maxPrecondDim")) || (key1 === "momentum")) || (key1 === "momentumDecay")) || (key1 === "mu")) || (key1 === "muon.lr")) || (key1 === "muon.momentum")) || (key1 === "muon.nsSteps")) || (key1 === "muon.weightDecay")) || (key1 === "muonBeta2")) || (key1 === "nsSteps")) || (key1 === "preconditionFrequency")) || (key1 === "preconditioningComputeSteps")) || (key1 === "qkClipAlpha")) || (key1 === "qkClipThreshold")) || (key1 === "r")) || (key1 === "rho")) || (key1 === "shampooBeta")) || (key1 === "sliceP")) || (key1 === "warmupSteps")) || (key1 === "weightDecay")) || (key1 === "weightDecay1d")) || (key1 === "weightLrPower"))){
const err5 = {instancePath:instancePath+"/sweep",schemaPath:"#/properties/sweep/propertyNames/enum",keyword:"enum",params:{allowedValues: schema26.properties.sweep.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid1 = _errs8 === errors;
if(!valid1){
const err6 = {instancePath:instancePath+"/sweep",schemaPath:"#/properties/sweep/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(Array.isArray(data4)){
if(data4.length < 1){
const err7 = {instancePath:instancePath+"/sweep/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sweep/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err8 = {instancePath:instancePath+"/sweep/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/sweep/additionalProperties/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/sweep/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sweep/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/sweep",schemaPath:"#/properties/sweep/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.tune !== undefined){
if(!(validate124(data.tune, {instancePath:instancePath+"/tune",parentData:data,parentDataProperty:"tune",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.task === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.steps === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.runs === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runs"},message:"must have required property '"+"runs"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema6.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.task !== undefined){
if(!(validate22(data.task, {instancePath:instancePath+"/task",parentData:data,parentDataProperty:"task",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.steps !== undefined){
let data3 = data.steps;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.seeds !== undefined){
let data4 = data.seeds;
if(Array.isArray(data4)){
if(data4.length < 1){
const err10 = {instancePath:instancePath+"/seeds",schemaPath:"#/properties/seeds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/seeds/" + i0,schemaPath:"#/properties/seeds/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/seeds/" + i0,schemaPath:"#/properties/seeds/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/seeds",schemaPath:"#/properties/seeds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.evalEvery !== undefined){
let data6 = data.evalEvery;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/evalEvery",schemaPath:"#/properties/evalEvery/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/evalEvery",schemaPath:"#/properties/evalEvery/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.target !== undefined){
let data7 = data.target;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.metric === undefined){
const err16 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7.value === undefined){
const err17 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "metric") || (key1 === "value"))){
const err18 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.metric !== undefined){
let data8 = data7.metric;
if(typeof data8 !== "string"){
const err19 = {instancePath:instancePath+"/target/metric",schemaPath:"#/properties/target/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((((data8 === "loss") || (data8 === "valLoss")) || (data8 === "valAccuracy")) || (data8 === "valPerplexity"))){
const err20 = {instancePath:instancePath+"/target/metric",schemaPath:"#/properties/target/properties/metric/enum",keyword:"enum",params:{allowedValues: schema6.properties.target.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.value !== undefined){
let data9 = data7.value;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err21 = {instancePath:instancePath+"/target/value",schemaPath:"#/properties/target/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.schedule !== undefined){
if(!(validate32(data.schedule, {instancePath:instancePath+"/schedule",parentData:data,parentDataProperty:"schedule",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.baseline !== undefined){
let data11 = data.baseline;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err23 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.runs !== undefined){
let data12 = data.runs;
if(Array.isArray(data12)){
if(data12.length < 1){
const err25 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate60(data12[i1], {instancePath:instancePath+"/runs/" + i1,parentData:data12,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.snapshotEvery !== undefined){
let data14 = data.snapshotEvery;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err27 = {instancePath:instancePath+"/snapshotEvery",schemaPath:"#/properties/snapshotEvery/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err28 = {instancePath:instancePath+"/snapshotEvery",schemaPath:"#/properties/snapshotEvery/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.tune !== undefined){
if(!(validate124(data.tune, {instancePath:instancePath+"/tune",parentData:data,parentDataProperty:"tune",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

