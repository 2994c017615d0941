/**
 * Diagnostics for `*.optlab.json` as you type: the core's `validateConfig` (JSON Schema + semantic rules,
 * the same check `optlab validate` and a run perform) debounced by 250 ms, at the exact ranges it reports.
 * The validator (and Ajv behind it) is loaded on first use, not at activation.
 *
 * One problem, one diagnostic. VS Code's JSON language service also looks at these files (it gives schema
 * completion and hover docs through `contributes.jsonValidation`). The split:
 *  - schema and semantic problems are ours: the JSON service gets a completion-only schema that never reports
 *    (see completionSchema.ts), because ours are errors exactly when a run refuses and name the allowed keys;
 *  - syntax errors and duplicate keys are the JSON service's: it reports them whatever the schema, at the
 *    same ranges (both sides use jsonc-parser), so we skip those codes while it validates the document
 *    (language json/jsonc and `json.validate.enable` on). A run still refuses them with the message.
 */
import * as vscode from 'vscode';
import type { Problem } from '../core/config/validate';

/** Diagnostic `source`; codes are the validator's problem codes. */
const DIAGNOSTIC_SOURCE = 'optlab';
export const DEBOUNCE_MS = 250;

function isConfigDocument(doc: vscode.TextDocument): boolean {
  return doc.uri.path.endsWith('.optlab.json');
}

/** Problem codes the JSON language service reports itself (not from a schema), so we leave them to it. */
const JSON_SERVICE_CODES: ReadonlySet<string> = new Set(['syntax', 'duplicate-key']);

/** True when VS Code's JSON language service validates this document (and so reports syntax errors). */
function jsonServiceValidates(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== 'jsonc' && doc.languageId !== 'json') return false;
  return vscode.workspace.getConfiguration('json', doc.uri).get<boolean>('validate.enable', true) !== false;
}

/** Our problems minus those the JSON service shows at the same range. Pure; exported for tests. */
function withoutJsonServiceDuplicates<T extends { code: string }>(problems: readonly T[], jsonServiceActive: boolean): T[] {
  return jsonServiceActive ? problems.filter((p) => !JSON_SERVICE_CODES.has(p.code)) : [...problems];
}

function toDiagnostic(p: Problem): vscode.Diagnostic {
  const range = new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character);
  const d = new vscode.Diagnostic(range, p.message, p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
  d.source = DIAGNOSTIC_SOURCE;
  if (p.code) d.code = p.code;
  return d;
}

export class ConfigDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('optimizerLab');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d)),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (!isConfigDocument(doc)) return;
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.validate(doc);
      }, delay),
    );
  }

  /** Validates now (also used before a run so the Problems view matches what the run refused). */
  async validate(doc: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]> {
    const version = doc.version;
    const { validateConfig } = await import('../core/config/validate');
    if (doc.isClosed || doc.version !== version) return this.collection.get(doc.uri) ?? [];
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    let diags: vscode.Diagnostic[];
    try {
      const { problems } = validateConfig(doc.getText(), { file: doc.uri.fsPath, workspaceRoot: folder?.uri.fsPath });
      diags = withoutJsonServiceDuplicates(problems, jsonServiceValidates(doc)).map(toDiagnostic);
    } catch (e) {
      diags = [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), `Validation failed: ${e instanceof Error ? e.message : String(e)}`, vscode.DiagnosticSeverity.Error)];
    }
    this.collection.set(doc.uri, diags);
    return diags;
  }

  private clear(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.collection.delete(doc.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
