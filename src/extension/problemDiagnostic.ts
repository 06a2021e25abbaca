import * as vscode from 'vscode';
import { problemText, type ProblemMessage } from '../core/validation/problemMessage';
import { lineColumnAt } from '../core/text/lineColumns';

/** Where a file Claim Lens reads is wrong and why: offsets in `text`. */
export interface LocatedProblem {
  message: ProblemMessage;
  start: number;
  end: number;
}

/** What is wrong, in VS Code's display language (the bundle features.ts gave @vscode/l10n). */
export const problemMessage = (problem: { message: ProblemMessage }): string => problemText(problem.message);

/**
 * A problem of a sidecar, gazetteer or identities file as a Problems entry on the spot that is wrong;
 * `consequence` adds what Claim Lens does about it ("{0} This entry is skipped…").
 */
export function problemDiagnostic(
  text: string,
  problem: LocatedProblem,
  consequence: (message: string) => string,
  severity = vscode.DiagnosticSeverity.Error,
): vscode.Diagnostic {
  const start = lineColumnAt(text, problem.start);
  const end = lineColumnAt(text, Math.max(problem.end, problem.start));
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), consequence(problemMessage(problem)), severity);
  diagnostic.source = 'Claim Lens';
  return diagnostic;
}
