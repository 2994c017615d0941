/**
 * Hover provider for `*.optlab.json`: LR curve previews on `schedule` and `optimizer` (see hoverMarkdown.ts).
 * The Markdown builder, schedules and SVG renderer load on the first hover, not at activation. Works on
 * unsaved text.
 */
import * as vscode from 'vscode';

/** `*.optlab.json` whatever language it ended up with (jsonc by our association; json if a user overrides it). */
export const CONFIG_SELECTOR: vscode.DocumentSelector = [
  { language: 'jsonc', pattern: '**/*.optlab.json' },
  { language: 'json', pattern: '**/*.optlab.json' },
];

export class LrHoverProvider implements vscode.HoverProvider {
  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const { lrHoverMarkdown } = await import('./hoverMarkdown');
    const res = lrHoverMarkdown(document.getText(), document.offsetAt(position), document.uri.toString());
    if (!res) return undefined;
    const md = new vscode.MarkdownString(res.markdown);
    // Only the panel and copy commands may run from links; no raw HTML is needed (the image is Markdown).
    md.isTrusted = { enabledCommands: ['optimizerLab.openLrSchedule', 'optimizerLab.copyScheduleAsPytorch'] };
    md.supportHtml = false;
    // Highlight the hovered token only (a whole object would be a distracting range).
    const n = res.node;
    const tokenish = n.type !== 'object' && n.type !== 'array' && n.type !== 'property';
    const range = tokenish ? new vscode.Range(document.positionAt(n.offset), document.positionAt(n.offset + n.length)) : undefined;
    return new vscode.Hover(md, range);
  }
}
