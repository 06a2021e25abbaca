import * as vscode from 'vscode';
import { ARTICLE_FILE_SCHEMES } from '../articles';
import type { Entity } from '../../core/entities/entity';
import type { Highlighter, HighlightStatus } from './highlighter';

const SCHEMES_WITH_STATUS = new Set([...ARTICLE_FILE_SCHEMES, 'untitled']);

/** Counts of the active article's actors, places and numbers, or why it is not highlighted. */
export class EntityStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimLens.entities', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];
  private shown = false;

  constructor(private readonly highlighter: Highlighter) {
    this.item.name = 'Claim Lens';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      highlighter.onDidChange((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    ];
    this.update();
  }

  /** The text shown now, for tests and diagnostics. */
  get text(): string {
    return this.shown ? this.item.text : '';
  }

  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? '');
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !SCHEMES_WITH_STATUS.has(document.uri.scheme)) {
      this.hide();
      return;
    }
    const status = this.highlighter.status(document);
    this.render(status);
    this.item.show();
    this.shown = true;
  }

  private render(status: HighlightStatus): void {
    switch (status.state) {
      case 'off':
        this.item.text = '$(eye-closed) Claim Lens';
        this.item.tooltip = 'Claim Lens highlighting is off. Click to turn it on.';
        this.item.command = 'claimLens.toggleHighlighting';
        return;
      case 'skipped':
        this.item.text = '$(circle-slash) Claim Lens';
        this.item.tooltip = `Not highlighted: ${status.eligibility.message}.`;
        this.item.command = status.eligibility.reason === 'binary' ? undefined : {
          title: 'Open Settings',
          command: 'workbench.action.openSettings',
          arguments: [status.eligibility.reason === 'size' ? 'claimLens.maxFileSizeMB' : 'claimLens.languages'],
        };
        return;
      case 'on': {
        const counts = countByKind(status.entities);
        const scanning = status.complete ? '' : ' $(loading~spin)';
        this.item.text = `$(person) ${counts.actor} $(location) ${counts.place} $(symbol-number) ${counts.number}${scanning}`;
        this.item.tooltip = `Claim Lens: ${plural(counts.actor, 'actor')}, ${plural(counts.place, 'place')} and ` +
          `${plural(counts.number, 'number')} in this article${status.complete ? '' : ' so far'}. Click to go to one.`;
        this.item.command = 'claimLens.goToEntity';
      }
    }
  }

  private hide(): void {
    this.item.hide();
    this.shown = false;
  }
}

function countByKind(entities: readonly Entity[]): Record<Entity['kind'], number> {
  const counts = { actor: 0, place: 0, number: 0 };
  for (const entity of entities) counts[entity.kind]++;
  return counts;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
