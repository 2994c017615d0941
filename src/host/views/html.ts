/**
 * The one place where webview HTML is made: options with `localResourceRoots` limited to dist/ and media/,
 * a strict CSP (`default-src 'none'`, scripts only with a per-render nonce from `crypto`, no inline script,
 * no remote resources), and every asset through `asWebviewUri`. Webview scripts are the esbuild bundles
 * `dist/webview/<name>.js` built from `webview/<name>.ts`.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'crypto';
import { escapeHtml } from '../../escape';

/** Options for panels and views: scripts on, resources from dist/ and media/ only. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** 128 bits from the OS CSPRNG, base64 (a valid CSP nonce). */
function getNonce(): string {
  return randomBytes(16).toString('base64');
}


interface HtmlOptions {
  /** Document title. */
  title: string;
  /** Bundle name: loads dist/webview/<script>.js. */
  script: string;
  /** Static markup placed in <body> before the script runs (no inline script or style attributes). */
  body?: string;
  /** data-* attributes on <body>, e.g. { mode: 'side' }; values are escaped. */
  data?: Record<string, string>;
}

/**
 * A panel's page, set up the one way: the extension's icon, the webview options, the page `opts` describes,
 * and the two listeners every panel has (its disposal, the page's messages). Returns the listeners.
 */
export function setUpPanel(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, opts: HtmlOptions, on: { dispose(): void; message(m: unknown): void }): vscode.Disposable[] {
  panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
  panel.webview.options = webviewOptions(extensionUri);
  panel.webview.html = renderHtml(panel.webview, extensionUri, opts);
  return [panel.onDidDispose(() => on.dispose()), panel.webview.onDidReceiveMessage((m: unknown) => on.message(m))];
}

/** Full HTML document for a webview. */
export function renderHtml(webview: vscode.Webview, extensionUri: vscode.Uri, opts: HtmlOptions): string {
  const nonce = getNonce();
  const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', `${opts.script}.js`));
  const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'webview.css'));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data: blob:`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const data = Object.entries(opts.data ?? {})
    .map(([k, v]) => ` data-${k.replace(/[^a-z0-9-]/gi, '')}="${escapeHtml(v)}"`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link href="${styleUri}" rel="stylesheet">
  <title>${escapeHtml(opts.title)}</title>
</head>
<body${data}>
  ${opts.body ?? '<div id="app"></div>'}
  <script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}

/** Options for a panel showing a standalone report file: no script runs and no local resource loads. */
export function staticDocumentOptions(): vscode.WebviewOptions {
  return { enableScripts: false, localResourceRoots: [] };
}

/**
 * A standalone report of the core (suite.html: its own CSP meta, inline styles, no external resource) shown in a
 * panel with scripts off (staticDocumentOptions), its colours mapped to the editor theme.
 */
export function staticDocument(html: string): string {
  const theme = ':root { --fg: var(--vscode-editor-foreground); --bg: var(--vscode-editor-background); --muted: var(--vscode-descriptionForeground); --grid: var(--vscode-editorWidget-border, rgba(127,127,127,.25)); }';
  return html.replace('</style>', `${theme}\n</style>`);
}
