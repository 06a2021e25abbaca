import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ENGLISH_CLAIMANT_WORDS } from '../../src/core/claims/claimants';
import { ENGLISH_GROUPING_WORDS } from '../../src/core/claims/grouping';
import { ENGLISH_LINK_WORDS } from '../../src/core/claims/links';
import type { LinkType } from '../../src/core/claims/model';
import { describeEntity, ENGLISH_ENTITY_WORDS } from '../../src/core/entities/describe';
import type { Entity } from '../../src/core/entities/entity';
import { ENGLISH_ELIGIBILITY_WORDS, whyNotHighlighted, type NotHighlighted } from '../../src/core/scanning/eligibility';
import { importProblemText } from '../../src/core/exchange/importMessages';
import { ENGLISH_MERGE_WORDS } from '../../src/core/identity/resolve';
import { ENGLISH_SUGGESTION_WORDS } from '../../src/core/topics/comparison';
import { ENGLISH_TOPIC_LABEL_WORDS } from '../../src/core/topics/topics';
import { problemText } from '../../src/core/validation/problemMessage';
import { localisedClaimantWords, localisedGroupingWords, localisedLinkWords } from '../../src/extension/claims/claimWords';
import { localisedTopicLabelWords, localisedViewWords } from '../../src/extension/compare/viewWords';
import { localisedImportWords } from '../../src/extension/exchange/importWords';
import { localisedEligibilityWords } from '../../src/extension/highlighting/eligibilityWords';
import { localisedEntityWords } from '../../src/extension/highlighting/entityWords';
import { localisedMergeWords } from '../../src/extension/identity/mergeWords';
import { localisedValidationWords } from '../../src/extension/validationWords';
import { EVERY_IMPORT_MESSAGE } from '../unit/exchange/everyImportMessage';
import { EVERY_MESSAGE } from '../unit/validation/everyMessage';

// The core says its sentences in English by default and the extension passes the same sentences through
// vscode.l10n.t: in an English VS Code the two must read alike, or a translator translates a sentence the
// core never says.
describe("the core's words in VS Code's display language", () => {
  before(() => assert.equal(vscode.env.language, 'en', "the extension's sentences are compared with the core's English"));

  it('tell every validation problem as the core does', () => {
    for (const message of EVERY_MESSAGE) assert.equal(problemText(message, localisedValidationWords), problemText(message), JSON.stringify(message));
  });

  it('tell import problems as the core does', () => {
    for (const message of EVERY_IMPORT_MESSAGE) {
      assert.equal(importProblemText(message, localisedImportWords, localisedValidationWords), importProblemText(message), JSON.stringify(message));
    }
  });

  it('describe entities, unhighlighted articles, missing groups, links and suggestions as the core does', () => {
    const entities: Entity[] = [
      { kind: 'actor', subtype: 'armed group', text: 'NRF', canonical: 'National Resistance Front', alias: 'NRF', source: 'workspace', start: 0, end: 3 },
      { kind: 'place', text: 'Izyum', canonical: 'Izium', source: 'builtin', start: 0, end: 5 },
      { kind: 'number', text: 'dozens', start: 0, end: 6, value: { value: 24, min: 20, max: 30, vague: true }, source: 'rule' },
    ];
    for (const entity of entities) assert.deepEqual(describeEntity(entity, localisedEntityWords), describeEntity(entity, ENGLISH_ENTITY_WORDS));
    const verdicts: NotHighlighted[] = [
      { highlighted: false, reason: 'language', languageId: 'json' },
      { highlighted: false, reason: 'size', sizeMB: 3, maxSizeMB: 1 },
      { highlighted: false, reason: 'binary' },
    ];
    for (const verdict of verdicts) assert.equal(whyNotHighlighted(verdict, localisedEligibilityWords), whyNotHighlighted(verdict, ENGLISH_ELIGIBILITY_WORDS));
    for (const by of ['actor', 'place', 'side'] as const) assert.equal(localisedGroupingWords.missing(by), ENGLISH_GROUPING_WORDS.missing(by));
    const types: LinkType[] = ['corroborates', 'contradicts', 'repeats', 'revises', 'revised-by'];
    for (const type of types) {
      assert.equal(localisedLinkWords.link(type, 'wire.txt'), ENGLISH_LINK_WORDS.link(type, 'wire.txt'));
      assert.equal(localisedViewWords.link(type, 'wire.txt'), ENGLISH_LINK_WORDS.link(type, 'wire.txt'));
    }
    assert.equal(localisedViewWords.sameFigure('Zabihullah Mujahid'), ENGLISH_SUGGESTION_WORDS.sameFigure('Zabihullah Mujahid'));
    assert.equal(localisedViewWords.changedFigure('Zabihullah Mujahid'), ENGLISH_SUGGESTION_WORDS.changedFigure('Zabihullah Mujahid'));
    for (const measure of ['killed', 'forces deployed', 'other'] as const) {
      assert.equal(localisedTopicLabelWords.topic('Taliban', measure), ENGLISH_TOPIC_LABEL_WORDS.topic('Taliban', measure));
    }
    assert.equal(localisedTopicLabelWords.unspecified(), ENGLISH_TOPIC_LABEL_WORDS.unspecified());
    for (const [place, fromDate] of [['Khost', '2026-12-01'], ['Khost', undefined], [undefined, '2026-12-01'], [undefined, undefined]]) {
      assert.equal(localisedTopicLabelWords.part('Taliban killed', place, fromDate), ENGLISH_TOPIC_LABEL_WORDS.part('Taliban killed', place, fromDate));
    }
  });

  it('say why a claimant or a merge of names is suggested as the core does', () => {
    for (const reason of ['afterQuotation', 'beforeQuotation', 'sameSentence', 'previousSentence', 'nextSentence', 'sameParagraph', 'speakerGoesOn'] as const) {
      assert.equal(localisedClaimantWords[reason]('said'), ENGLISH_CLAIMANT_WORDS[reason]('said'));
    }
    assert.equal(localisedClaimantWords.actorInSentence(), ENGLISH_CLAIMANT_WORDS.actorInSentence());
    for (const relation of ['spelling', 'surname', 'acronym'] as const) {
      assert.equal(localisedMergeWords[relation]('Bilal Karimi', 'Karimi'), ENGLISH_MERGE_WORDS[relation]('Bilal Karimi', 'Karimi'));
    }
  });
});
