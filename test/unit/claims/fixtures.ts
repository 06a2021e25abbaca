import type { Entity } from '../../../src/core/entities/entity';
import { createClaim, type Claim, type NewClaim } from '../../../src/core/claims/model';

/** Sample reporting written for these tests. */
export const ARTICLE = [
  'Fighting flared again in the Andarab valley on Tuesday.',
  '',
  '"At least 40 Taliban were killed when our units retook the ridge," a resistance commander, Ali Nazary, said by phone.',
  '',
  'Taliban spokesman Bilal Karimi rejected the account, saying 31 militia fighters were killed and two armoured vehicles seized near Khost village.',
].join('\n');

export function spanOf(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`"${quote}" not in the text`);
  return { start, end: start + quote.length };
}

export function entity(text: string, kind: Entity['kind'], surface: string, extra: Partial<Entity> = {}): Entity {
  return { kind, text: surface, ...spanOf(text, surface), ...extra };
}

export const ARTICLE_ENTITIES: Entity[] = [
  entity(ARTICLE, 'place', 'Andarab valley', { canonical: 'Andarab' }),
  entity(ARTICLE, 'number', 'At least 40', { value: { value: 40, qualifier: 'at least' } }),
  entity(ARTICLE, 'actor', 'Taliban', { canonical: 'Taliban', subtype: 'armed group' }),
  entity(ARTICLE, 'actor', 'Ali Nazary', { canonical: 'Ali Nazary', subtype: 'person' }),
  entity(ARTICLE, 'actor', 'Bilal Karimi', { subtype: 'person' }),
  entity(ARTICLE, 'number', '31', { value: { value: 31 } }),
  entity(ARTICLE, 'number', 'two', { value: { value: 2 } }),
  entity(ARTICLE, 'place', 'Khost village', { canonical: 'Khost' }),
].sort((a, b) => a.start - b.start);

export const NOW = new Date('2024-09-03T08:15:00.000Z');

export function claimOn(text: string, quote: string, overrides: Partial<NewClaim> = {}): Claim {
  return createClaim({
    text,
    ...spanOf(text, quote),
    claimant: { name: 'Ali Nazary', affiliation: 'National Resistance Front' },
    category: 'casualties',
    entities: [],
    author: 'analyst-a',
    now: NOW,
    ...overrides,
  });
}
