import * as vscode from 'vscode';
import { ARTICLE_FILE_SCHEMES } from '../articles';
import type { Entity } from '../../core/entities/entity';
import { whyNotHighlighted } from '../../core/scanning/eligibility';
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
        this.item.tooltip = vscode.l10n.t('Claim Lens highlighting is off. Click to turn it on.');
        this.item.command = 'claimLens.toggleHighlighting';
        return;
      case 'skipped':
        this.item.text = '$(circle-slash) Claim Lens';
        this.item.tooltip = vscode.l10n.t('Not highlighted: {0}.', whyNotHighlighted(status.eligibility));
        this.item.command = status.eligibility.reason === 'binary' ? undefined : {
          title: vscode.l10n.t('Open Settings'),
          command: 'workbench.action.openSettings',
          arguments: [status.eligibility.reason === 'size' ? 'claimLens.maxFileSizeMB' : 'claimLens.languages'],
        };
        return;
      case 'on': {
        const counts = countByKind(status.entities);
        const scanning = status.complete ? '' : ' $(loading~spin)';
        this.item.text = `$(person) ${counts.actor} $(location) ${counts.place} $(symbol-number) ${counts.number}${scanning}`;
        const [actors, places, numbers] = [actorCount(counts.actor), placeCount(counts.place), numberCount(counts.number)];
        this.item.tooltip = status.complete
          ? vscode.l10n.t('Claim Lens: {0}, {1} and {2} in this article. Click to go to one.', actors, places, numbers)
          : vscode.l10n.t('Claim Lens: {0}, {1} and {2} in this article so far. Click to go to one.', actors, places, numbers);
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

// One function per noun: each language has its own plural, so the whole phrase is what gets translated.
function actorCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 actor') : vscode.l10n.t('{0} actors', count);
}

function placeCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 place') : vscode.l10n.t('{0} places', count);
}

function numberCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 number') : vscode.l10n.t('{0} numbers', count);
}
