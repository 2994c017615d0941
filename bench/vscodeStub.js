// A stand-in for the `vscode` module, for bench/editor.ts: enough API for the extension to activate outside
// VS Code. Registrations (commands, providers, views, serializers, event listeners) are recorded in
// `__registrations` so the bench can check what activation did; everything else is a no-op.
'use strict';

const registrations = [];
const record = (kind, id, value) => {
  registrations.push({ kind, id, value });
  return new Disposable(() => undefined);
};

class Disposable {
  constructor(fn) {
    this._fn = fn;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((d) => d && d.dispose && d.dispose()));
  }
  dispose() {
    if (this._fn) this._fn();
    this._fn = undefined;
  }
}

class EventEmitter {
  constructor() {
    this._listeners = new Set();
    this.event = (listener) => {
      this._listeners.add(listener);
      return new Disposable(() => this._listeners.delete(listener));
    };
  }
  fire(e) {
    for (const l of [...this._listeners]) l(e);
  }
  dispose() {
    this._listeners.clear();
  }
}

class Uri {
  constructor(scheme, fsPath) {
    this.scheme = scheme;
    this.fsPath = fsPath;
    this.path = fsPath.replace(/\\/g, '/');
  }
  static file(p) {
    return new Uri('file', p);
  }
  static parse(s) {
    const m = /^([a-z][a-z0-9+.-]*):(?:\/\/)?(.*)$/i.exec(s);
    return m ? new Uri(m[1], m[2]) : new Uri('file', s);
  }
  static joinPath(base, ...parts) {
    return new Uri(base.scheme, require('path').posix.join(base.path, ...parts));
  }
  with(change) {
    return new Uri(change.scheme || this.scheme, change.path || this.path);
  }
  toString() {
    return `${this.scheme}://${this.path}`;
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}
class Range {
  constructor(a, b, c, d) {
    this.start = typeof a === 'number' ? new Position(a, b) : a;
    this.end = typeof a === 'number' ? new Position(c, d) : b;
  }
}
class Selection extends Range {}
class MarkdownString {
  constructor(value = '') {
    this.value = value;
  }
  appendMarkdown(s) {
    this.value += s;
    return this;
  }
}
class Hover {
  constructor(contents, range) {
    this.contents = contents;
    this.range = range;
  }
}
class Diagnostic {
  constructor(range, message, severity) {
    this.range = range;
    this.message = message;
    this.severity = severity;
  }
}
class CodeLens {
  constructor(range, command) {
    this.range = range;
    this.command = command;
  }
}

const noop = () => undefined;
const event = () => new Disposable(noop);
const statusItem = () => ({ text: '', tooltip: '', command: undefined, show: noop, hide: noop, dispose: noop });
const diagnosticCollection = () => ({ set: noop, delete: noop, clear: noop, dispose: noop, get: () => [] });

module.exports = {
  __registrations: registrations,
  Disposable,
  EventEmitter,
  Uri,
  Position,
  Range,
  Selection,
  MarkdownString,
  Hover,
  Diagnostic,
  CodeLens,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
  commands: {
    registerCommand: (id, fn) => record('command', id, fn),
    executeCommand: async () => undefined,
  },
  languages: {
    registerHoverProvider: (sel, p) => record('hoverProvider', JSON.stringify(sel), p),
    registerCodeLensProvider: (sel, p) => record('codeLensProvider', JSON.stringify(sel), p),
    registerCompletionItemProvider: (sel, p) => record('completionProvider', JSON.stringify(sel), p),
    createDiagnosticCollection: (name) => (record('diagnostics', name), diagnosticCollection()),
  },
  window: {
    registerWebviewViewProvider: (id, p) => record('webviewView', id, p),
    registerWebviewPanelSerializer: (id, s) => record('panelSerializer', id, s),
    createStatusBarItem: statusItem,
    createWebviewPanel: () => {
      throw new Error('vscode stub: no webview panels');
    },
    showInformationMessage: async () => undefined,
    showWarningMessage: async () => undefined,
    showErrorMessage: async () => undefined,
    showQuickPick: async () => undefined,
    showSaveDialog: async () => undefined,
    showTextDocument: async () => undefined,
    withProgress: async (_opts, task) => task({ report: noop }, { isCancellationRequested: false, onCancellationRequested: event }),
    onDidChangeActiveTextEditor: (l) => record('event', 'window.onDidChangeActiveTextEditor', l),
    activeTextEditor: undefined,
    visibleTextEditors: [],
  },
  workspace: {
    workspaceFolders: undefined,
    textDocuments: [],
    isTrusted: true,
    fs: { writeFile: async () => undefined, readFile: async () => new Uint8Array() },
    getConfiguration: () => ({ get: (_k, d) => d, update: async () => undefined, has: () => false }),
    getWorkspaceFolder: () => undefined,
    asRelativePath: (p) => (typeof p === 'string' ? p : p.fsPath),
    openTextDocument: async () => undefined,
    findFiles: async () => [],
    onDidChangeTextDocument: (l) => record('event', 'workspace.onDidChangeTextDocument', l),
    onDidOpenTextDocument: (l) => record('event', 'workspace.onDidOpenTextDocument', l),
    onDidCloseTextDocument: (l) => record('event', 'workspace.onDidCloseTextDocument', l),
    onDidGrantWorkspaceTrust: (l) => record('event', 'workspace.onDidGrantWorkspaceTrust', l),
    onDidChangeConfiguration: (l) => record('event', 'workspace.onDidChangeConfiguration', l),
  },
};
