import type { Claim, ClaimNumber, Claimant, Measure } from '../../../src/core/claims/model';
import type { ArticleInput } from '../../../src/core/topics/topics';
import type { NumberValue } from '../../../src/core/entities/entity';

export interface FigureSpec {
  text: string;
  value: NumberValue;
  measure?: Measure;
  whose?: { group: string; side?: string };
  topic?: string;
}

/** A claim over `quote`, whose figures are found in the quote by their text. */
export function claimWith(id: string, quote: string, claimant: Claimant, figures: FigureSpec[], extra: Partial<Claim> = {}): Claim {
  const numbers: ClaimNumber[] = figures.map(({ text, value, measure, whose, topic }) => {
    const start = quote.indexOf(text);
    if (start < 0) throw new Error(`"${text}" is not in "${quote}"`);
    return { text, start, end: start + text.length, value, measure, whose, topic };
  });
  return {
    id,
    anchor: { start: 0, end: quote.length },
    quote: { exact: quote, prefix: '', suffix: '' },
    claimant,
    category: 'casualties',
    status: 'unverified',
    actors: [],
    places: [{ canonical: 'Paryan', text: 'Paryan', start: 0, end: 1 }],
    numbers,
    note: '',
    author: 'test',
    created: '2026-09-05T10:00:00Z',
    modified: '2026-09-05T10:00:00Z',
    ...extra,
  };
}

export const RESISTANCE: Claimant = { name: 'Ali Nazary', side: 'Resistance' };
export const RESISTANCE_SOURCE: Claimant = { name: 'a resistance source', side: 'Resistance', anonymous: true };
export const TALIBAN: Claimant = { name: 'Zabihullah Mujahid', side: 'Taliban' };
export const TALIBAN_DEPUTY: Claimant = { name: 'Bilal Karimi', side: 'Taliban' };
const talibanDead = { group: 'Taliban fighters', side: 'Taliban' };
const resistanceDead = { group: 'resistance fighters', side: 'Resistance' };

const WIRE = 'At least 40 Taliban fighters were killed in the fighting for the Paryan district, resistance spokesman Ali Nazary said.';

/** The battle of the issue, told by five outlets: one wire sentence printed three times, conflicting sides. */
export function battleArticles(): ArticleInput[] {
  return [
    {
      path: '/ws/news/wire.txt',
      metadata: { title: 'Heavy fighting in Paryan', outlet: 'Kabul Wire', published: '2026-09-04' },
      claims: [
        claimWith('w1', WIRE, RESISTANCE, [{ text: 'At least 40', value: { value: 40, min: 40, qualifier: 'At least' }, measure: 'killed', whose: talibanDead }]),
        claimWith('w2', 'Taliban spokesman Zabihullah Mujahid said only about nine resistance fighters had died.', TALIBAN, [
          { text: 'nine', value: { value: 9, qualifier: 'about' }, measure: 'killed', whose: resistanceDead },
        ]),
      ],
    },
    {
      path: '/ws/news/daily.txt',
      metadata: { title: 'Resistance claims Paryan victory', outlet: 'Daily Post', published: '2026-09-05' },
      claims: [
        claimWith('d1', `${WIRE.slice(0, -1)} on Saturday.`, RESISTANCE, [{ text: 'At least 40', value: { value: 40, min: 40, qualifier: 'At least' }, measure: 'killed', whose: talibanDead }]),
        claimWith('d2', 'A resistance source said hundreds of Taliban were killed and 35 injured.', RESISTANCE_SOURCE, [
          { text: 'hundreds', value: { value: 100, min: 100, max: 999, vague: true }, measure: 'killed', whose: talibanDead },
          { text: '35', value: { value: 35 }, measure: 'wounded', whose: talibanDead },
        ]),
      ],
    },
    {
      path: '/ws/news/gazette.txt',
      metadata: { title: 'Paryan: both sides claim gains', outlet: 'Gazette', published: '2026-09-05' },
      claims: [
        claimWith('g1', WIRE, RESISTANCE, [{ text: 'At least 40', value: { value: 40, min: 40, qualifier: 'At least' }, measure: 'killed', whose: talibanDead }]),
        claimWith('g2', 'Deputy spokesman Bilal Karimi put the resistance dead at 31.', TALIBAN_DEPUTY, [
          { text: '31', value: { value: 31 }, measure: 'killed', whose: resistanceDead },
        ]),
        claimWith('g3', 'Mujahid said two Taliban fighters were killed.', TALIBAN, [
          { text: 'two', value: { value: 2 }, measure: 'killed', whose: talibanDead },
        ]),
      ],
    },
    {
      path: '/ws/analysis/review.md',
      metadata: { title: 'What happened in Paryan', outlet: 'Review', published: '2026-09-07' },
      claims: [
        claimWith('r1', 'Nazary told the Review that the fighting cost the Taliban at least 40 men, a figure he had given before.', RESISTANCE, [
          { text: 'at least 40', value: { value: 40, min: 40, qualifier: 'at least' }, measure: 'killed', whose: talibanDead },
        ]),
        claimWith('r2', 'At least six resistance fighters died.', { name: 'unattributed' }, [
          { text: 'At least six', value: { value: 6, min: 6, qualifier: 'At least' }, measure: 'killed', whose: resistanceDead },
        ]),
        claimWith('r3', 'Mujahid later said 12 Taliban fighters had been killed.', TALIBAN, [
          { text: '12', value: { value: 12 }, measure: 'killed', whose: talibanDead },
        ]),
      ],
    },
  ];
}
