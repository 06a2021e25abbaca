import * as vscode from 'vscode';
import type { Entity } from '../../core/entities/entity';
import { describeEntity } from '../../core/entities/describe';
import type { Settings } from '../settings';
import type { Highlighter } from './highlighter';

/** Names the kind and canonical name of the highlighted entity under the mouse. */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly highlighter: Highlighter,
    private readonly settings: Settings,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (this.highlighter.status(document).state !== 'on') return undefined;
    const entity = this.highlighter.scanner.entityAt(document, document.offsetAt(position));
    if (!entity || !this.settings.kindEnabled(entity.kind, document)) return undefined;
    const range = new vscode.Range(document.positionAt(entity.start), document.positionAt(entity.end));
    return new vscode.Hover(hoverMarkdown(entity), range);
  }
}

function hoverMarkdown(entity: Entity): vscode.MarkdownString {
  const description = describeEntity(entity);
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.appendMarkdown(`$(${ICONS[entity.kind]}) **${description.title}**`);
  markdown.appendText(` — ${description.name}`);
  for (const line of description.details) {
    markdown.appendMarkdown('  \n');
    markdown.appendText(line);
  }
  return markdown;
}

const ICONS: Record<Entity['kind'], string> = { actor: 'person', place: 'location', number: 'symbol-number' };
