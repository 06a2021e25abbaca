import * as l10n from '@vscode/l10n';
import { problemText, type LocatedIssue } from '../validation/problemMessage';

/** Why an imported claim could not be built: its span, or what the claim schema found wrong. */
export type ClaimBuildError =
  | { code: 'span-outside'; start: number; end: number; length: number }
  | { code: 'invalid-claim'; at: LocatedIssue };

/**
 * What is wrong in an imported brat or W3C file, as data: importProblemText says it in the user's
 * language; the line travels beside it (ImportProblem).
 */
export type ImportMessage =
  | { code: 'not-ascending'; id: string; offsets: string }
  | { code: 'not-imported-kind'; id: string }
  | { code: 'not-brat-line'; text: string }
  | { code: 'offsets-outside'; id: string; offsets: string }
  | { code: 'text-mismatch'; id: string; found: string; expected: string }
  | { code: 'unknown-type'; id: string; type: string }
  | { code: 'bad-status'; value: string; statuses: string }
  | { code: 'bad-link'; value: string }
  | { code: 'figure-note-not-json' }
  | { code: 'bad-relation'; type: string; from: string; to: string }
  | { code: 'not-annotation-object' }
  | { code: 'not-annotation-type'; type: string }
  | { code: 'no-target-source' }
  | { code: 'not-json'; detail: string }
  | { code: 'not-json-annotation' }
  | { code: 'no-selector' }
  | { code: 'quote-not-found'; quote: string }
  /** `id`: the annotation's, in a brat file. */
  | { code: 'not-built'; id?: string; error: ClaimBuildError };

function buildErrorText(error: ClaimBuildError): string {
  return error.code === 'span-outside'
    ? l10n.t('span {0}-{1} is outside the {2}-character article', error.start, error.end, error.length)
    : problemText({ code: 'schema', at: error.at });
}

/** "T3: …": a problem of one annotation. */
const ofAnnotation = (id: string, problem: string): string => l10n.t('{0}: {1}', id, problem);

/** An import problem in the user's language: the bundle the extension or the CLI gave @vscode/l10n, else English. */
export function importProblemText(message: ImportMessage): string {
  switch (message.code) {
    case 'not-ascending':
      return ofAnnotation(message.id, l10n.t('offsets {0} are not ascending ranges', message.offsets));
    case 'not-imported-kind':
      return ofAnnotation(message.id, l10n.t('events, normalizations and equivalences are not imported'));
    case 'not-brat-line':
      return l10n.t('not a brat annotation line: {0}', message.text);
    case 'offsets-outside':
      return ofAnnotation(message.id, l10n.t('offsets {0} are not inside the text', message.offsets));
    case 'text-mismatch':
      return ofAnnotation(message.id, l10n.t('the text at its offsets is "{0}", not "{1}"', message.found, message.expected));
    case 'unknown-type':
      return ofAnnotation(message.id, l10n.t('type {0} is not one Claim Lens knows (Claim, Actor, Place, Number)', message.type));
    case 'bad-status':
      return l10n.t('status "{0}" is not one of {1}', message.value, message.statuses);
    case 'bad-link':
      return l10n.t('link "{0}" is not "TYPE ARTICLE#CLAIM"', message.value);
    case 'figure-note-not-json':
      return l10n.t('figure note is not JSON');
    case 'bad-relation':
      return l10n.t('relation {0} {1} → {2} is not a link between two imported claims', message.type, message.from, message.to);
    case 'not-annotation-object':
      return l10n.t('expected an Annotation object');
    case 'not-annotation-type':
      return l10n.t('type {0} is not Annotation', message.type);
    case 'no-target-source':
      return l10n.t('the annotation has no target source');
    case 'not-json':
      return l10n.t('not JSON: {0}', message.detail);
    case 'not-json-annotation':
      return l10n.t('not a JSON annotation');
    case 'no-selector':
      return l10n.t('neither a TextQuoteSelector nor a TextPositionSelector inside the article');
    case 'quote-not-found':
      return l10n.t('the quote "{0}" is not in the article', message.quote);
    case 'not-built': {
      const text = buildErrorText(message.error);
      return message.id === undefined ? text : ofAnnotation(message.id, text);
    }
  }
}
