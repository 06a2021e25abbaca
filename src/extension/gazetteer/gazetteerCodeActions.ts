import * as vscode from 'vscode';
import type { Entity } from '../../core/entities/entity';
import { isNameLike } from '../../core/text/nameLike';
import { isArticle } from '../articles';
import type { Highlighter } from '../highlighting/highlighter';
import type { AddAliasArgs, AddEntryArgs, IgnoreArgs } from './gazetteerCommands';

/** "Add to gazetteer as actor / place", "… as an alias of …" and "Don't highlight this" on a name. */
export class GazetteerCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.Refactor.append('claimLens.gazetteer');
  static readonly providedCodeActionKinds = [GazetteerCodeActionProvider.kind];

  constructor(private readonly highlighter: Highlighter) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!isArticle(document) || this.highlighter.status(document).state !== 'on') return [];
    const entity = this.highlighter.scanner.entityAt(document, document.offsetAt(range.start));
    const term = termAt(document, range, entity);
    if (!term) return [];
    const actions: vscode.CodeAction[] = [];
    const from = document.uri.toString();
    if (entity?.kind !== 'actor') actions.push(this.action(vscode.l10n.t('Add "{0}" to the gazetteer as an actor', term), 'claimLens.addToGazetteer', { term, kind: 'actor', document: from } satisfies AddEntryArgs));
    if (entity?.kind !== 'place') actions.push(this.action(vscode.l10n.t('Add "{0}" to the gazetteer as a place', term), 'claimLens.addToGazetteer', { term, kind: 'place', document: from } satisfies AddEntryArgs));
    actions.push(this.action(vscode.l10n.t('Add "{0}" to the gazetteer as another name of…', term), 'claimLens.addGazetteerAlias', { alias: term, document: from } satisfies AddAliasArgs));
    if (entity) actions.push(this.action(vscode.l10n.t('Don\'t highlight "{0}"', term), 'claimLens.ignoreTerm', { term, document: from } satisfies IgnoreArgs));
    return actions;
  }

  private action(title: string, command: string, args: object): vscode.CodeAction {
    const action = new vscode.CodeAction(title, GazetteerCodeActionProvider.kind);
    action.command = { title, command, arguments: [args] };
    return action;
  }
}

/** The highlighted entity under the cursor, or a selection that looks like a name. */
function termAt(document: vscode.TextDocument, range: vscode.Range, entity: Entity | undefined): string | undefined {
  if (!range.isEmpty) {
    const selected = document.getText(range);
    return isNameLike(selected) ? selected.trim() : undefined;
  }
  return entity?.kind === 'number' ? undefined : entity?.text;
}
