import { ENGLISH_VALIDATION_WORDS, problemText, type LocatedIssue, type ValidationWords } from '../validation/problemMessage';

/** Why an imported claim could not be built: its span, or what the claim schema found wrong. */
export type ClaimBuildError =
  | { code: 'span-outside'; start: number; end: number; length: number }
  | { code: 'invalid-claim'; at: LocatedIssue };

/**
 * What is wrong in an imported brat or W3C file, as data: the extension and the CLI say it in their
 * user's language with importProblemText; the line travels beside it (ImportProblem).
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

/** Every sentence an import problem is told in: the extension passes vscode.l10n.t ones, the CLI @vscode/l10n ones. */
export interface ImportWords {
  /** "T3: …": a problem of one annotation. */
  ofAnnotation(id: string, problem: string): string;
  notAscending(offsets: string): string;
  notImportedKind(): string;
  notBratLine(text: string): string;
  offsetsOutside(offsets: string): string;
  textMismatch(found: string, expected: string): string;
  unknownType(type: string): string;
  badStatus(value: string, statuses: string): string;
  badLink(value: string): string;
  figureNoteNotJson(): string;
  badRelation(type: string, from: string, to: string): string;
  notAnnotationObject(): string;
  notAnnotationType(type: string): string;
  noTargetSource(): string;
  notJson(detail: string): string;
  notJsonAnnotation(): string;
  noSelector(): string;
  quoteNotFound(quote: string): string;
  spanOutside(start: number, end: number, length: number): string;
}

export const ENGLISH_IMPORT_WORDS: ImportWords = {
  ofAnnotation: (id, problem) => `${id}: ${problem}`,
  notAscending: (offsets) => `offsets ${offsets} are not ascending ranges`,
  notImportedKind: () => 'events, normalizations and equivalences are not imported',
  notBratLine: (text) => `not a brat annotation line: ${text}`,
  offsetsOutside: (offsets) => `offsets ${offsets} are not inside the text`,
  textMismatch: (found, expected) => `the text at its offsets is "${found}", not "${expected}"`,
  unknownType: (type) => `type ${type} is not one Claim Lens knows (Claim, Actor, Place, Number)`,
  badStatus: (value, statuses) => `status "${value}" is not one of ${statuses}`,
  badLink: (value) => `link "${value}" is not "TYPE ARTICLE#CLAIM"`,
  figureNoteNotJson: () => 'figure note is not JSON',
  badRelation: (type, from, to) => `relation ${type} ${from} → ${to} is not a link between two imported claims`,
  notAnnotationObject: () => 'expected an Annotation object',
  notAnnotationType: (type) => `type ${type} is not Annotation`,
  noTargetSource: () => 'the annotation has no target source',
  notJson: (detail) => `not JSON: ${detail}`,
  notJsonAnnotation: () => 'not a JSON annotation',
  noSelector: () => 'neither a TextQuoteSelector nor a TextPositionSelector inside the article',
  quoteNotFound: (quote) => `the quote "${quote}" is not in the article`,
  spanOutside: (start, end, length) => `span ${start}-${end} is outside the ${length}-character article`,
};

function buildErrorText(error: ClaimBuildError, words: ImportWords, validationWords: ValidationWords): string {
  return error.code === 'span-outside'
    ? words.spanOutside(error.start, error.end, error.length)
    : problemText({ code: 'schema', at: error.at }, validationWords);
}

/** An import problem in the words given: English unless the caller passes its user's language. */
export function importProblemText(message: ImportMessage, words: ImportWords = ENGLISH_IMPORT_WORDS, validationWords: ValidationWords = ENGLISH_VALIDATION_WORDS): string {
  switch (message.code) {
    case 'not-ascending':
      return words.ofAnnotation(message.id, words.notAscending(message.offsets));
    case 'not-imported-kind':
      return words.ofAnnotation(message.id, words.notImportedKind());
    case 'not-brat-line':
      return words.notBratLine(message.text);
    case 'offsets-outside':
      return words.ofAnnotation(message.id, words.offsetsOutside(message.offsets));
    case 'text-mismatch':
      return words.ofAnnotation(message.id, words.textMismatch(message.found, message.expected));
    case 'unknown-type':
      return words.ofAnnotation(message.id, words.unknownType(message.type));
    case 'bad-status':
      return words.badStatus(message.value, message.statuses);
    case 'bad-link':
      return words.badLink(message.value);
    case 'figure-note-not-json':
      return words.figureNoteNotJson();
    case 'bad-relation':
      return words.badRelation(message.type, message.from, message.to);
    case 'not-annotation-object':
      return words.notAnnotationObject();
    case 'not-annotation-type':
      return words.notAnnotationType(message.type);
    case 'no-target-source':
      return words.noTargetSource();
    case 'not-json':
      return words.notJson(message.detail);
    case 'not-json-annotation':
      return words.notJsonAnnotation();
    case 'no-selector':
      return words.noSelector();
    case 'quote-not-found':
      return words.quoteNotFound(message.quote);
    case 'not-built': {
      const text = buildErrorText(message.error, words, validationWords);
      return message.id === undefined ? text : words.ofAnnotation(message.id, text);
    }
  }
}
