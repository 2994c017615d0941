/**
 * Runs a suite (core/suite.ts): checks every config first (validation problems, a target each, shared run
 * names), then trains the configs one after the other through `startExperiment` — each is an ordinary
 * experiment with its own results directory and report — and writes `suite.json` and `suite.html` atomically
 * through the results writer. Shared by the CLI (`optlab suite`) and the editor command.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { BackendPreference } from '../core/backend';
import type { ExperimentSummary } from '../core/events';
import { createRunDir, writeFileAtomic, writeJsonAtomic } from '../core/results';
import { SuiteInputError, buildSuite, suiteRunNames } from '../core/suite';
import type { SuiteConfigInput, SuiteResult, SuiteTaskInput } from '../core/suite';
import { renderSuiteHtml } from '../core/suiteReport';
import { loadConfig, startExperiment } from './experimentRunner';
import type { ExperimentEvent } from './experimentRunner';

/** Suites go to `<workspace>/.optlab/suites/suite/<timestamp>/` unless told otherwise. */
const DEFAULT_SUITES_DIR = path.join('.optlab', 'suites');

export interface SuiteFile {
  /** Path as given: read, validated and named in messages. */
  file: string;
  text: string;
  /** How suite.json and suite.html name it (default `file`), e.g. workspace-relative. */
  label?: string;
}

export interface SuiteStartOptions {
  files: SuiteFile[];
  workspaceRoot: string;
  backend: BackendPreference;
  maxWorkers?: number;
  /** Results root of the experiments (each task is an experiment there). */
  resultsDir: string;
  /** Where suite.json and suite.html go; default a fresh folder under <workspace>/DEFAULT_SUITES_DIR. */
  outDir?: string;
  steps?: number;
  distDir: string;
  assetsDir?: string;
}

export type SuiteEvent =
  | { kind: 'task-start'; index: number; total: number; file: string; jobs: number; steps: number }
  | { kind: 'experiment'; index: number; event: ExperimentEvent }
  | { kind: 'task-end'; index: number; summary: ExperimentSummary };

export interface SuiteOutcome {
  /** Undefined when cancelled or a task's results could not be written. */
  result?: SuiteResult;
  dir?: string;
  html?: string;
  json?: string;
  cancelled: boolean;
  /** A task that stopped because its results could not be written (message), if any. */
  writeError?: string;
  summaries: ExperimentSummary[];
}

export interface SuiteHandle {
  readonly tasks: SuiteConfigInput[];
  readonly runNames: string[];
  cancel(): void;
  done: Promise<SuiteOutcome>;
}

/** Validates every config (ConfigError with its problems) and the suite rules (SuiteInputError). */
function prepareSuite(files: readonly SuiteFile[], workspaceRoot: string): { tasks: SuiteConfigInput[]; runNames: string[] } {
  // One file given twice (a repeated glob) would count its task twice in every score.
  const seen = new Map<string, string>();
  for (const f of files) {
    const real = realPathOf(f.file);
    const first = seen.get(real);
    if (first !== undefined) throw new SuiteInputError(`${f.label ?? f.file} is given twice (as ${first}); each config is one task of the suite`);
    seen.set(real, f.label ?? f.file);
  }
  const tasks = files.map((f) => ({ file: f.label ?? f.file, config: loadConfig(f.text, f.file, workspaceRoot) }));
  return { tasks, runNames: suiteRunNames(tasks) };
}

function realPathOf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Writes suite.json and suite.html into `dir`; returns their paths. */
export function writeSuite(dir: string, result: SuiteResult): { json: string; html: string } {
  const json = path.join(dir, 'suite.json');
  const html = path.join(dir, 'suite.html');
  writeJsonAtomic(json, result);
  writeFileAtomic(html, renderSuiteHtml(result));
  return { json, html };
}

export function startSuite(opts: SuiteStartOptions, onEvent: (e: SuiteEvent) => void): SuiteHandle {
  const { tasks, runNames } = prepareSuite(opts.files, opts.workspaceRoot);
  let cancelled = false;
  let current: { cancel(): void } | undefined;
  const run = async (): Promise<SuiteOutcome> => {
    const startedAt = new Date();
    const finished: SuiteTaskInput[] = [];
    for (let i = 0; i < tasks.length && !cancelled; i++) {
      const handle = startExperiment(
        {
          configText: opts.files[i].text, configPath: opts.files[i].file, workspaceRoot: opts.workspaceRoot,
          backend: opts.backend, maxWorkers: opts.maxWorkers, resultsDir: opts.resultsDir, steps: opts.steps,
          distDir: opts.distDir, assetsDir: opts.assetsDir,
        },
        (event) => onEvent({ kind: 'experiment', index: i, event }),
      );
      current = handle;
      onEvent({ kind: 'task-start', index: i, total: tasks.length, file: tasks[i].file, jobs: handle.jobs.length, steps: opts.steps ?? tasks[i].config.steps });
      const summary = await handle.done;
      current = undefined;
      onEvent({ kind: 'task-end', index: i, summary });
      finished.push({ ...tasks[i], summary });
      if (summary.writeError) return { cancelled: false, writeError: summary.writeError, summaries: finished.map((t) => t.summary) };
      if (summary.cancelled) cancelled = true;
    }
    const summaries = finished.map((t) => t.summary);
    if (cancelled) return { cancelled: true, summaries };
    const result = buildSuite(finished, startedAt.toISOString());
    const dir = opts.outDir ?? createRunDir(path.join(opts.workspaceRoot, DEFAULT_SUITES_DIR), 'suite', startedAt);
    return { result, dir, ...writeSuite(dir, result), cancelled: false, summaries };
  };
  return {
    tasks,
    runNames,
    cancel: () => {
      cancelled = true;
      current?.cancel();
    },
    done: run(),
  };
}
