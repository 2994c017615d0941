/**
 * CodeLens on `*.optlab.json`: "▶ Run all" (and "Landscape" for a function2d task) above the file and
 * "▶ Run" / "Preview LR" / "⇪ PyTorch" (export
 * the run as a script) above each entry of `runs`. Positions come from jsonc-parser's tree of the current (possibly unsaved) text.
 */
import * as vscode from 'vscode';
import { nodeAt, parseLenient } from '../core/config/parse';

interface RunLensInfo {
  /** Run name (or `runs[i]` when unnamed). */
  name: string;
  index: number;
  /** Offset of the run object in the text. */
  offset: number;
}

/** Runs and where they start; pure, exported for tests. */
function runEntries(text: string): { runs: RunLensInfo[]; rootOffset: number; function2d: boolean } | undefined {
  const tree = parseLenient(text).root;
  if (!tree) return undefined;
  const runsNode = nodeAt(tree, ['runs']);
  const runs: RunLensInfo[] = [];
  if (runsNode?.type === 'array') {
    (runsNode.children ?? []).forEach((n, index) => {
      const nameNode = n.type === 'object' ? nodeAt(n, ['name']) : undefined;
      const name = typeof nameNode?.value === 'string' ? nameNode.value : `runs[${index}]`;
      runs.push({ name, index, offset: n.offset });
    });
  }
  return { runs, rootOffset: tree.offset, function2d: nodeAt(tree, ['task', 'type'])?.value === 'function2d' };
}

export class RunCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  /** Lets the run manager refresh titles when a run starts/ends. */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const entries = runEntries(document.getText());
    if (!entries) return [];
    const top = new vscode.Range(document.positionAt(entries.rootOffset), document.positionAt(entries.rootOffset));
    const lenses = [
      new vscode.CodeLens(top, { title: '▶ Run all', command: 'optimizerLab.runExperiment', arguments: [document.uri], tooltip: 'Run every run × seed of this experiment' }),
      new vscode.CodeLens(top, { title: 'Preview LR', command: 'optimizerLab.openLrSchedule', arguments: [document.uri], tooltip: 'Open the LR Schedule panel' }),
    ];
    if (entries.function2d) {
      lenses.push(new vscode.CodeLens(top, { title: 'Landscape', command: 'optimizerLab.openLandscape', arguments: [document.uri], tooltip: 'Contour of f with every run\'s (x, y) path and a step scrubber' }));
    }
    for (const r of entries.runs) {
      const pos = document.positionAt(r.offset);
      const range = new vscode.Range(pos, pos);
      lenses.push(
        new vscode.CodeLens(range, { title: '▶ Run', command: 'optimizerLab.runThisRun', arguments: [document.uri, r.name], tooltip: `Run only "${r.name}"` }),
        new vscode.CodeLens(range, { title: 'Preview LR', command: 'optimizerLab.openLrSchedule', arguments: [document.uri, r.name], tooltip: `LR curves of "${r.name}"` }),
        new vscode.CodeLens(range, { title: '⇪ PyTorch', command: 'optimizerLab.exportPytorch', arguments: [document.uri, r.name], tooltip: `Export "${r.name}" as a standalone PyTorch / torchrun script` }),
      );
    }
    return lenses;
  }
}
