/**
 * Runs inside the VS Code extension host (see runTest.ts); the workspace is a copy of test/e2e/fixtures.
 * Checks the packaged surfaces through the public vscode API: activation, contributed commands registered,
 * diagnostics at the exact position of the error in broken.optlab.json, the `schedule` hover with its LR
 * image, and a real run of quick.optlab.json producing results on disk.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'optimizer-lab.optimizer-lab';

function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return folder.uri.fsPath;
}

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** 0-based line/character of the first `token` outside a `//` comment line. */
function positionOf(text: string, token: string): vscode.Position {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trimStart().startsWith('//')) continue;
    const c = lines[i].indexOf(token);
    if (c >= 0) return new vscode.Position(i, c);
  }
  throw new Error(`${token} not found`);
}

function hoverText(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('Optimizer Lab in VS Code', () => {
  let ext: vscode.Extension<unknown>;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is loaded`);
    ext = found;
    await ext.activate();
  });

  it('activates', () => {
    assert.strictEqual(ext.isActive, true);
  });

  it('registers every contributed command', async () => {
    const manifest = ext.packageJSON as { contributes?: { commands?: { command: string }[] } };
    const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.includes('optimizerLab.runExperiment'), 'runExperiment is contributed');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepStrictEqual(missing, [], 'contributed but not registered');
  });

  it('reports the unknown key in broken.optlab.json at its position, and no JSON comment errors', async () => {
    const uri = vscode.Uri.file(path.join(workspaceDir(), 'broken.optlab.json'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'jsonc', '*.optlab.json is JSON with Comments');
    const at = positionOf(doc.getText(), '"learningRate"');
    const diags = await waitFor(
      `a diagnostic on line ${at.line + 1}`,
      () => {
        const d = vscode.languages.getDiagnostics(uri);
        return d.some((x) => x.range.start.line === at.line) ? d : undefined;
      },
      30_000,
    );
    const hit = diags.find((x) => x.range.start.line === at.line);
    assert.ok(hit && /learningRate/.test(hit.message), `message names the key: ${hit?.message}`);
    assert.ok(hit.range.contains(at) || hit.range.start.isEqual(at), `range ${JSON.stringify(hit.range)} covers the key at ${at.line}:${at.character}`);
    assert.deepStrictEqual(diags.filter((d) => /Comments are not permitted/i.test(d.message)), []);
  });

  it('shows an LR image when hovering "schedule"', async () => {
    const uri = vscode.Uri.file(path.join(workspaceDir(), 'quick.optlab.json'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const at = positionOf(doc.getText(), '"schedule"').translate(0, 2);
    const hovers = await waitFor(
      'an Optimizer Lab hover with an image',
      async () => {
        const hs = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at)) ?? [];
        return hs.some((h) => /!\[[^\]]*\]\(data:image\/svg\+xml|<img/.test(hoverText(h))) ? hs : undefined;
      },
      20_000,
    );
    assert.ok(hovers.length > 0);
  });

  it('runs quick.optlab.json and writes metrics and a summary', async () => {
    const ws = workspaceDir();
    const uri = vscode.Uri.file(path.join(ws, 'quick.optlab.json'));
    const config = JSON.parse(fs.readFileSync(uri.fsPath, 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { name: string; runs: { name: string }[] };
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const base = path.join(ws, '.optlab', 'runs', config.name);
    await vscode.commands.executeCommand('optimizerLab.runExperiment', uri);
    const runDir = await waitFor(
      `${base}/<timestamp>/summary.json`,
      () => {
        if (!fs.existsSync(base)) return undefined;
        const dirs = fs.readdirSync(base).map((d) => path.join(base, d)).filter((d) => fs.existsSync(path.join(d, 'summary.json')));
        return dirs[0];
      },
      150_000,
    );
    const metricsDir = path.join(runDir, 'metrics');
    const files = fs.existsSync(metricsDir) ? fs.readdirSync(metricsDir).filter((f) => f.endsWith('.jsonl')) : [];
    assert.ok(files.length >= config.runs.length, `one metrics file per run (got ${files.join(', ')})`);
    for (const f of files) {
      const rows = fs.readFileSync(path.join(metricsDir, f), 'utf8').split('\n').filter((l) => l.trim());
      assert.ok(rows.length > 0, `${f} has rows`);
      assert.strictEqual(typeof (JSON.parse(rows[rows.length - 1]) as { step?: unknown }).step, 'number');
    }
  });
});
