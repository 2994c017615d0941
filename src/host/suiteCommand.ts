/**
 * "Optimizer Lab: Run Suite": the configs selected in the explorer (or picked from the workspace's
 * *.optlab.json) run as a suite (runner/suiteRunner.ts) with a cancellable progress notification; the
 * performance profile opens in a panel when it is done, with links to suite.html and suite.json.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { isConfigUri, settings } from './runManager';
import type { RunManager } from './runManager';
import { staticDocument, staticDocumentOptions } from './views/html';
import type { SuiteEvent, SuiteOutcome } from '../runner/suiteRunner';

let suiteRunning = false;

/** Configs from the explorer's selection (clicked item + multi-selection), else a multi-select quick pick. */
async function suiteConfigs(clicked: unknown, selected: unknown): Promise<vscode.Uri[] | undefined> {
  const given = (Array.isArray(selected) ? selected : [clicked]).filter((u): u is vscode.Uri => u instanceof vscode.Uri && isConfigUri(u));
  if (given.length >= 2) return given;
  const files = (await vscode.workspace.findFiles('**/*.optlab.json', '**/node_modules/**', 500)).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  if (files.length < 2) {
    void vscode.window.showErrorMessage(`Optimizer Lab: a suite needs at least two *.optlab.json configs; this workspace has ${files.length}.`);
    return undefined;
  }
  const chosen = new Set(given.map((u) => u.toString()));
  const picks = await vscode.window.showQuickPick(
    files.map((f) => ({ label: path.basename(f.fsPath), description: vscode.workspace.asRelativePath(f), uri: f, picked: chosen.has(f.toString()) })),
    { title: 'Optimizer Lab: Run Suite', placeHolder: 'Pick two or more configs (tasks); runs with the same name are compared across them', canPickMany: true, matchOnDescription: true },
  );
  if (!picks) return undefined;
  if (picks.length < 2) {
    void vscode.window.showErrorMessage('Optimizer Lab: a suite needs at least two configs.');
    return undefined;
  }
  return picks.map((p) => p.uri);
}

async function readConfigs(uris: vscode.Uri[]): Promise<Array<{ file: string; text: string; label: string }>> {
  return Promise.all(uris.map(async (u) => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString());
    const text = open ? open.getText() : Buffer.from(await vscode.workspace.fs.readFile(u)).toString('utf8');
    return { file: u.fsPath, text, label: vscode.workspace.asRelativePath(u) };
  }));
}

/** Progress text of a suite event: task i/N and the share of that task's steps done. */
function progressTracker(report: (message: string, increment: number) => void): (e: SuiteEvent) => void {
  let total = 1;
  let tasks = 1;
  let index = 0;
  let name = '';
  const steps = new Map<string, number>();
  let shown = 0;
  let last = 0;
  return (e) => {
    if (e.kind === 'task-start') {
      ({ index, total: tasks } = e);
      total = Math.max(1, e.jobs * e.steps);
      name = path.basename(e.file);
      steps.clear();
      report(`task ${index + 1}/${tasks}: ${name}`, 0);
    } else if (e.kind === 'experiment' && e.event.kind === 'metrics') {
      steps.set(e.event.job.id, e.event.rows[e.event.rows.length - 1].step + 1);
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      const frac = Math.min(1, [...steps.values()].reduce((a, b) => a + b, 0) / total);
      const pct = (100 * (index + frac)) / tasks;
      report(`task ${index + 1}/${tasks}: ${name} · ${Math.round(100 * frac)}%`, pct - shown);
      shown = pct;
    }
  };
}

function showOutcome(out: SuiteOutcome): void {
  if (out.writeError) {
    void vscode.window.showErrorMessage(`Optimizer Lab: the suite stopped: ${out.writeError}`);
    return;
  }
  if (out.cancelled || !out.result || !out.html) {
    void vscode.window.showInformationMessage('Optimizer Lab: suite cancelled; finished tasks keep their results.');
    return;
  }
  const { result, html, json } = out;
  const panel = vscode.window.createWebviewPanel('optimizerLab.suite', 'Performance Profile', vscode.ViewColumn.Active, staticDocumentOptions());
  void vscode.workspace.fs.readFile(vscode.Uri.file(html)).then((bytes) => {
    panel.webview.html = staticDocument(Buffer.from(bytes).toString('utf8'));
  });
  const best = result.runs[0];
  const openJson = 'Open suite.json';
  const reveal = 'Reveal suite.html';
  void vscode.window.showInformationMessage(`Optimizer Lab: suite done — best ${best.run} (score ${best.score.toFixed(3)}).`, openJson, reveal).then((p) => {
    if (p === openJson && json) void vscode.window.showTextDocument(vscode.Uri.file(json));
    if (p === reveal) void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(html));
  });
}

/** The command: pick configs, refuse while something runs, run, show. */
export async function runSuiteCommand(extensionUri: vscode.Uri, runs: RunManager, clicked?: unknown, selected?: unknown): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Optimizer Lab: running a suite is disabled in an untrusted workspace (it executes training code).');
    return;
  }
  if (suiteRunning || runs.running) {
    void vscode.window.showWarningMessage('Optimizer Lab: an experiment or suite is already running; wait for it or cancel it first.');
    return;
  }
  const uris = await suiteConfigs(clicked, selected);
  if (!uris) return;
  const folder = vscode.workspace.getWorkspaceFolder(uris[0]);
  const workspaceRoot = folder?.uri.fsPath ?? path.dirname(uris[0].fsPath);
  const cfg = settings(uris[0]);
  const { startSuite } = await import('../runner/suiteRunner');
  const { ConfigError } = await import('../runner/experimentRunner');
  const files = await readConfigs(uris);
  suiteRunning = true;
  try {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Optimizer Lab suite', cancellable: true },
      async (progress, token) => {
        let handle;
        try {
          handle = startSuite(
            { files, workspaceRoot, backend: cfg.backend, maxWorkers: cfg.maxWorkers, resultsDir: path.resolve(workspaceRoot, cfg.resultsDir), distDir: vscode.Uri.joinPath(extensionUri, 'dist').fsPath },
            progressTracker((message, increment) => progress.report({ message, increment })),
          );
        } catch (e) {
          const msg = e instanceof ConfigError ? `${path.basename(e.file)}: ${e.problems[0] ? `line ${e.problems[0].range.start.line + 1}: ${e.problems[0].message}` : e.message}` : e instanceof Error ? e.message : String(e);
          void vscode.window.showErrorMessage(`Optimizer Lab: cannot run the suite: ${msg}`);
          return;
        }
        token.onCancellationRequested(() => handle.cancel());
        showOutcome(await handle.done);
      },
    );
  } catch (e) {
    void vscode.window.showErrorMessage(`Optimizer Lab: the suite failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    suiteRunning = false;
  }
}
