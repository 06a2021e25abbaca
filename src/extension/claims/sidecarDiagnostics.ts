import * as vscode from 'vscode';
import type { SidecarProblem } from '../../core/claims/sidecarProblems';
import { lineColumnAt } from '../../core/text/lineColumns';

/** Problems entries for sidecars Claim Lens cannot read, at the spot that is wrong. */
export class SidecarDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('claimLens.sidecars');

  report(sidecar: vscode.Uri, text: string, problems: readonly SidecarProblem[]): void {
    this.collection.set(sidecar, problems.map((problem) => {
      const start = lineColumnAt(text, problem.start);
      const end = lineColumnAt(text, Math.max(problem.end, problem.start));
      const range = new vscode.Range(start.line, start.character, end.line, end.character);
      const severity = problem.kind === 'newer-version' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error;
      const diagnostic = new vscode.Diagnostic(range, vscode.l10n.t('{0}. Claim Lens will not change this file until it is fixed.', problem.message), severity);
      diagnostic.source = 'Claim Lens';
      diagnostic.code = problem.kind;
      return diagnostic;
    }));
  }

  clear(sidecar: vscode.Uri): void {
    this.collection.delete(sidecar);
  }

  problems(sidecar: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(sidecar) ?? [];
  }

  dispose(): void {
    this.collection.dispose();
  }
}
