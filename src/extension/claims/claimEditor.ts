import * as vscode from 'vscode';
import { suggestCategory } from '../../core/claims/categories';
import { claimantLabel } from '../../core/claims/grouping';
import { MEASURES, type Claim, type Claimant, type ClaimNumber, type Measure } from '../../core/claims/model';
import type { Recognizer } from '../../core/entities/entity';
import type { WorkspaceIdentities } from '../identity/workspaceIdentities';
import type { Settings } from '../settings';
import { claimantSuggestions, withSide } from './claimDraft';
import type { ClaimStore } from './claimStore';
import { entitiesAround } from './entitiesAround';
import { pickCategory, pickClaimant, pickStatus, showing, statusName, type PromptName } from './prompts';

type Field =
  | { kind: 'claimant' | 'side' | 'category' | 'status' | 'note' | 'done' }
  | { kind: 'figure'; index: number };

interface FieldItem extends vscode.QuickPickItem {
  field: Field;
}

const NO_SIDE = '\u2014';

/** "≥40 killed · Taliban": a figure as the analyst reads it. */
export function figureLabel(number: ClaimNumber): string {
  const measure = number.measure && number.measure !== 'other' ? ` ${number.measure}` : '';
  const whose = number.whose ? ` · ${number.whose.group}${number.whose.side && number.whose.side !== number.whose.group ? ` (${number.whose.side})` : ''}` : '';
  return `${number.text}${measure}${whose}`;
}

function pick<T extends vscode.QuickPickItem>(name: PromptName, items: T[], options: vscode.QuickPickOptions): Promise<T | undefined> {
  return showing(name, async () => vscode.window.showQuickPick(items, options));
}

function ask(name: PromptName, options: vscode.InputBoxOptions): Promise<string | undefined> {
  return showing(name, async () => vscode.window.showInputBox(options));
}

/**
 * One editor for a claim: a list of its fields (claimant, side, category, status, note, each figure) that
 * comes back after every change until the analyst picks Done or presses Escape. Each change is saved at
 * once, so `modified` moves and the hover and the Claims view show it.
 */
export class ClaimEditor {
  constructor(
    private readonly store: ClaimStore,
    private readonly identities: WorkspaceIdentities,
    private readonly settings: Settings,
    private readonly recognizer: () => Promise<Recognizer>,
    private readonly articleText: (article: vscode.Uri) => Promise<string>,
  ) {}

  async open(article: vscode.Uri, claimId: string): Promise<void> {
    for (;;) {
      const claim = this.store.find(article, claimId);
      if (!claim) return;
      const item = await pick('edit', this.fieldItems(claim), {
        title: vscode.l10n.t('Edit claim: "{0}"', claim.quote.exact.length > 50 ? `${claim.quote.exact.slice(0, 49)}…` : claim.quote.exact),
        placeHolder: vscode.l10n.t('Pick what to change; Done or Escape closes'),
      });
      if (!item || item.field.kind === 'done') return;
      const change = await this.changeFor(item.field, claim, article);
      if (change) await this.store.update(article, claimId, change);
    }
  }

  private fieldItems(claim: Claim): FieldItem[] {
    const items: FieldItem[] = [
      { label: `$(person) ${vscode.l10n.t('Claimant')}`, description: claimantLabel(claim.claimant), field: { kind: 'claimant' } },
      { label: `$(shield) ${vscode.l10n.t('Side')}`, description: claim.claimant.side ?? NO_SIDE, field: { kind: 'side' } },
      { label: `$(tag) ${vscode.l10n.t('Category')}`, description: claim.category, field: { kind: 'category' } },
      { label: `$(pass) ${vscode.l10n.t('Status')}`, description: statusName(claim.status), field: { kind: 'status' } },
      { label: `$(note) ${vscode.l10n.t('Note')}`, description: claim.note.replace(/\s*\n\s*/gu, ' ⏎ ') || NO_SIDE, field: { kind: 'note' } },
    ];
    claim.numbers.forEach((number, index) => items.push({
      label: `$(symbol-number) ${vscode.l10n.t('Figure')} ${figureLabel(number)}`,
      description: number.whose?.side,
      field: { kind: 'figure', index },
    }));
    items.push({ label: `$(check) ${vscode.l10n.t('Done')}`, field: { kind: 'done' } });
    return items;
  }

  private async changeFor(field: Field, claim: Claim, article: vscode.Uri): Promise<((claim: Claim) => Claim) | undefined> {
    switch (field.kind) {
      case 'claimant': {
        const text = await this.articleText(article);
        const entities = entitiesAround(text, claim.anchor.start, claim.anchor.end, await this.recognizer());
        const suggestions = claimantSuggestions({ article, text, start: claim.anchor.start, end: claim.anchor.end, entities }, this.identities);
        const known = this.identities.identities.claimants.map((identity): Claimant => ({ name: identity.name, ...(identity.side && { side: identity.side }) }));
        const picked = await pickClaimant(suggestions, claim.claimant, known);
        return picked && ((current) => ({ ...current, claimant: withSide(picked, this.identities) }));
      }
      case 'side': {
        const side = await this.pickSide(claim.claimant.side, vscode.l10n.t('Side of {0}', claim.claimant.name));
        if (side === undefined) return undefined;
        return (current) => ({ ...current, claimant: withoutEmpty({ ...current.claimant, side: side || undefined }) });
      }
      case 'category': {
        const categories = this.settings.claimCategories;
        const suggested = suggestCategory(claim.quote.exact, categories, claim.numbers.map((number) => number.measure));
        const category = await pickCategory(categories, suggested, claim.category);
        return category ? (current) => ({ ...current, category }) : undefined;
      }
      case 'status': {
        const status = await pickStatus(claim.status);
        return status && ((current) => ({ ...current, status }));
      }
      case 'note': {
        const note = await this.editNote(claim.note);
        return note === undefined ? undefined : (current) => ({ ...current, note });
      }
      case 'figure':
        return this.editFigure(claim, field.index);
      case 'done':
        return undefined;
    }
  }

  /** '' for no side, undefined when cancelled. */
  private async pickSide(current: string | undefined, title: string): Promise<string | undefined> {
    const sides = this.identities.identities.sides.map((side) => side.name);
    const items = [
      ...sides.map((side) => ({ label: side, description: side === current ? vscode.l10n.t('current') : undefined, value: side })),
      { label: `$(circle-slash) ${vscode.l10n.t('No side')}`, description: vscode.l10n.t('a third party'), value: '' },
      { label: `$(add) ${vscode.l10n.t('Another side…')}`, value: undefined },
    ];
    const picked = await pick('side', items, { title, placeHolder: vscode.l10n.t('Now: {0}', current ?? NO_SIDE) });
    if (!picked) return undefined;
    if (picked.value !== undefined) return picked.value;
    return (await ask('sideName', { title, prompt: vscode.l10n.t('Name of the side') }))?.trim() || undefined;
  }

  /** The note line by line: edit or remove a line, add one; Done keeps the result. */
  private async editNote(note: string): Promise<string | undefined> {
    const lines = note === '' ? [] : note.split('\n');
    for (;;) {
      const items = [
        ...lines.map((line, index) => ({ label: line || ' ', description: vscode.l10n.t('line {0}', index + 1), index })),
        { label: `$(add) ${vscode.l10n.t('Add a line…')}`, index: -1 },
        { label: `$(check) ${vscode.l10n.t('Done')}`, index: -2 },
      ];
      const picked = await pick('note', items, { title: vscode.l10n.t('Note on the claim'), placeHolder: vscode.l10n.t('Pick a line to change it (empty removes it), or add one') });
      if (!picked) return undefined;
      if (picked.index === -2) return lines.join('\n');
      const edited = await ask('noteLine', {
        title: vscode.l10n.t('Note on the claim'),
        prompt: vscode.l10n.t('Sources, doubts, links (Escape cancels)'),
        value: picked.index >= 0 ? lines[picked.index] : '',
      });
      if (edited === undefined) continue;
      if (picked.index === -1) {
        if (edited.trim()) lines.push(edited);
      } else if (edited.trim()) lines[picked.index] = edited;
      else lines.splice(picked.index, 1);
    }
  }

  private async editFigure(claim: Claim, index: number): Promise<((claim: Claim) => Claim) | undefined> {
    const number = claim.numbers[index];
    const items = [
      { label: vscode.l10n.t('What it counts'), description: number.measure ?? NO_SIDE, part: 'measure' as const },
      { label: vscode.l10n.t('Whose'), description: number.whose?.group ?? NO_SIDE, part: 'group' as const },
      { label: vscode.l10n.t('Their side'), description: number.whose?.side ?? NO_SIDE, part: 'side' as const },
      { label: vscode.l10n.t('Value'), description: String(number.value.value), part: 'value' as const },
      { label: vscode.l10n.t('Qualifier'), description: number.value.qualifier ?? NO_SIDE, part: 'qualifier' as const },
    ];
    const part = (await pick('figure', items, { title: vscode.l10n.t('Figure {0}', figureLabel(number)) }))?.part;
    const set = (change: (number: ClaimNumber) => ClaimNumber) => (current: Claim): Claim => ({
      ...current,
      numbers: current.numbers.map((candidate, at) => (at === index ? change(candidate) : candidate)),
    });
    switch (part) {
      case undefined:
        return undefined;
      case 'measure': {
        const measures = MEASURES.map((measure) => ({ label: measure, description: measure === number.measure ? vscode.l10n.t('current') : undefined, measure }));
        const measure: Measure | undefined = (await pick('measure', measures, { title: vscode.l10n.t('What does {0} count?', number.text) }))?.measure;
        return measure && set((current) => ({ ...current, measure }));
      }
      case 'group': {
        const group = await ask('group', { title: vscode.l10n.t('Whose: the group {0} counts', number.text), value: number.whose?.group ?? '' });
        if (group === undefined) return undefined;
        return set((current) => withoutEmpty({
          ...current,
          whose: group.trim() ? { group: group.trim(), ...(current.whose?.side && { side: current.whose.side }) } : undefined,
        }));
      }
      case 'side': {
        const side = await this.pickSide(number.whose?.side, vscode.l10n.t('Side of the group {0} counts', number.text));
        if (side === undefined) return undefined;
        return set((current) => withoutEmpty({
          ...current,
          whose: { group: current.whose?.group ?? (side || number.text), ...(side && { side }) },
        }));
      }
      case 'value': {
        const typed = await ask('value', {
          title: vscode.l10n.t('Value of {0}', number.text),
          value: String(number.value.value),
          validateInput: (value) => (Number.isFinite(Number(value.replace(/,/gu, ''))) && value.trim() !== '' ? undefined : vscode.l10n.t('A number, such as 40 or 1.5')),
        });
        if (typed === undefined) return undefined;
        const value = Number(typed.replace(/,/gu, ''));
        return set((current) => ({ ...current, value: { ...current.value, value } }));
      }
      case 'qualifier': {
        const qualifier = await ask('qualifier', { title: vscode.l10n.t('Qualifier of {0}: "at least", "about", "up to"…', number.text), value: number.value.qualifier ?? '' });
        if (qualifier === undefined) return undefined;
        return set((current) => ({ ...current, value: withoutEmpty({ ...current.value, qualifier: qualifier.trim() || undefined }) }));
      }
    }
  }
}

/** The object without its undefined properties, as the sidecar schema wants them absent. */
function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
