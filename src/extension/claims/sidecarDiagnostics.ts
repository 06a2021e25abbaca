import * as vscode from 'vscode';
import type { SidecarProblem } from '../../core/claims/sidecarProblems';
import { problemDiagnostic } from '../problemDiagnostic';

/** Problems entries for sidecars Claim Lens cannot read, at the spot that is wrong. */
export class SidecarDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('claimLens.sidecars');

  report(sidecar: vscode.Uri, text: string, problems: readonly SidecarProblem[]): void {
    this.collection.set(sidecar, problems.map((problem) => {
      const severity = problem.kind === 'newer-version' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error;
      const diagnostic = problemDiagnostic(text, problem, (message) => vscode.l10n.t('{0}. Claim Lens will not change this file until it is fixed.', message), severity);
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
