import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Claim, Claimant, Measure } from '../../../src/core/claims/model';
import { createSidecar, describeDocument, serializeSidecar, type ArticleMetadata } from '../../../src/core/claims/sidecar';
import type { NumberValue } from '../../../src/core/entities/entity';

// An invented battle, written for these tests: five outlets, two sides, one wire sentence printed three
// times, a claimant who changes his figure, and an article whose metadata and text carry markup.

interface FigureSpec {
  text: string;
  value: NumberValue;
  measure: Measure;
  group: string;
  side: string;
}

interface ClaimSpec {
  id: string;
  quote: string;
  claimant: Claimant;
  figures: FigureSpec[];
}

interface ArticleSpec {
  file: string;
  metadata: ArticleMetadata;
  text: string;
  claims: ClaimSpec[];
}

const OMARZAI: Claimant = { name: 'Farid Omarzai', affiliation: 'resistance', side: 'Resistance' };
const SADIQ: Claimant = { name: 'Hamidullah Sadiq', affiliation: 'Taliban', side: 'Taliban' };
const SABERI: Claimant = { name: 'Anwar Saberi', affiliation: 'Taliban', side: 'Taliban' };
const TALIBAN_DEAD = { measure: 'killed' as const, group: 'Taliban fighters', side: 'Taliban' };
const RESISTANCE_DEAD = { measure: 'killed' as const, group: 'resistance fighters', side: 'Resistance' };
const atLeast = (text: string, value: number): NumberValue => ({ value, min: value, qualifier: text.split(' ').slice(0, 2).join(' ') });

const WIRE = 'At least 40 Taliban fighters were killed in two days of fighting for the Sang-e Surkh ridge, resistance spokesman Farid Omarzai said';
export const HOSTILE_TITLE = '<script>window.pwned = 1</script> Ridge report';
export const HOSTILE_OUTLET = '"><img src=x onerror=alert(1)>';
export const HOSTILE_QUOTE = '<b>Five</b> Taliban fighters were wounded <img src=y onerror=alert(2)>';

export const BATTLE: ArticleSpec[] = [
  {
    file: 'wire.txt',
    metadata: { title: 'Fighting for Sang-e Surkh ridge', outlet: 'Kabul Wire', published: '2026-09-04' },
    text: `Fighting for Sang-e Surkh ridge\n\nKABUL, Sept 4 (Kabul Wire) - ${WIRE} on Thursday.\n\nTaliban spokesman Hamidullah Sadiq said about nine resistance fighters had died and that the ridge was under government control.\n`,
    claims: [
      { id: 'wire-40', quote: WIRE, claimant: OMARZAI, figures: [{ text: 'At least 40', value: atLeast('At least 40', 40), ...TALIBAN_DEAD }] },
      { id: 'wire-9', quote: 'about nine resistance fighters had died', claimant: SADIQ, figures: [{ text: 'nine', value: { value: 9, qualifier: 'about' }, ...RESISTANCE_DEAD }] },
    ],
  },
  {
    file: 'daily.txt',
    metadata: { title: 'Resistance claims heavy Taliban losses', outlet: 'Northern Daily', published: '2026-09-05' },
    text: `Resistance claims heavy Taliban losses\n\n${WIRE.replace('two days of fighting', 'two days of heavy fighting')}.\n\nA resistance source, speaking on condition of anonymity, said hundreds of Taliban were killed and 35 wounded.\n`,
    claims: [
      { id: 'daily-40', quote: WIRE.replace('two days of fighting', 'two days of heavy fighting'), claimant: OMARZAI, figures: [{ text: 'At least 40', value: atLeast('At least 40', 40), ...TALIBAN_DEAD }] },
      {
        id: 'daily-hundreds',
        quote: 'hundreds of Taliban were killed and 35 wounded',
        claimant: { name: 'a resistance source', side: 'Resistance', anonymous: true },
        figures: [
          { text: 'hundreds', value: { value: 100, min: 100, max: 999, vague: true }, ...TALIBAN_DEAD },
          { text: '35', value: { value: 35 }, ...TALIBAN_DEAD, measure: 'wounded' },
        ],
      },
    ],
  },
  {
    file: 'gazette.txt',
    metadata: { title: 'Both sides claim the ridge', outlet: 'Valley Gazette', published: '2026-09-05' },
    text: `Both sides claim the ridge\n\n${WIRE}.\n\nDeputy spokesman Anwar Saberi said 31 resistance fighters were killed. Sadiq said two Taliban fighters were killed.\n`,
    claims: [
      { id: 'gazette-40', quote: WIRE, claimant: OMARZAI, figures: [{ text: 'At least 40', value: atLeast('At least 40', 40), ...TALIBAN_DEAD }] },
      { id: 'gazette-31', quote: '31 resistance fighters were killed', claimant: SABERI, figures: [{ text: '31', value: { value: 31 }, ...RESISTANCE_DEAD }] },
      { id: 'gazette-2', quote: 'two Taliban fighters were killed', claimant: SADIQ, figures: [{ text: 'two', value: { value: 2 }, ...TALIBAN_DEAD }] },
    ],
  },
  {
    file: 'review.md',
    metadata: { title: 'What happened on the ridge', outlet: 'Frontline Review', published: '2026-09-08' },
    text: '# What happened on the ridge\n\nOmarzai told the Review that the Taliban had lost at least 40 men on the ridge, as he had said before.\n\nAt least six resistance fighters died in the fighting.\n\nSadiq later said 12 Taliban fighters had been killed.\n',
    claims: [
      { id: 'review-40', quote: 'the Taliban had lost at least 40 men on the ridge', claimant: OMARZAI, figures: [{ text: 'at least 40', value: atLeast('at least 40', 40), ...TALIBAN_DEAD }] },
      { id: 'review-6', quote: 'At least six resistance fighters died in the fighting', claimant: { name: 'unattributed' }, figures: [{ text: 'At least six', value: atLeast('At least six', 6), ...RESISTANCE_DEAD }] },
      { id: 'review-12', quote: '12 Taliban fighters had been killed', claimant: SADIQ, figures: [{ text: '12', value: { value: 12 }, ...TALIBAN_DEAD }] },
    ],
  },
  {
    file: 'markup.txt',
    metadata: { title: HOSTILE_TITLE, outlet: HOSTILE_OUTLET, published: '2026-09-06' },
    text: `Ridge report\n\nA medic said ${HOSTILE_QUOTE}.\n`,
    claims: [
      { id: 'markup-5', quote: HOSTILE_QUOTE, claimant: { name: '<img src=z onerror=alert(3)>', side: 'Resistance' }, figures: [{ text: 'Five', value: { value: 5 }, ...TALIBAN_DEAD, measure: 'wounded' }] },
    ],
  },
];

function claimOf(text: string, spec: ClaimSpec): Claim {
  const start = text.indexOf(spec.quote);
  if (start < 0) throw new Error(`"${spec.quote}" is not in the article`);
  const end = start + spec.quote.length;
  return {
    id: spec.id,
    anchor: { start, end },
    quote: { exact: spec.quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    claimant: spec.claimant,
    category: 'casualties',
    status: 'unverified',
    actors: [],
    places: [],
    numbers: spec.figures.map(({ text: figure, value, measure, group, side }) => {
      const at = text.indexOf(figure, start);
      return { text: figure, start: at, end: at + figure.length, value, measure, whose: { group, side } };
    }),
    note: '',
    author: 'integration-test',
    created: '2026-09-08T10:00:00.000Z',
    modified: '2026-09-08T10:00:00.000Z',
  };
}

/** Writes the articles and their sidecars into `folder` (node fs, as git would), returning their paths. */
export async function writeBattle(folder: string, { withMarkup = true } = {}): Promise<string[]> {
  fs.mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (const spec of BATTLE) {
    if (!withMarkup && spec.file === 'markup.txt') continue;
    const file = path.join(folder, spec.file);
    fs.writeFileSync(file, spec.text);
    const document = await describeDocument(spec.file, spec.text, spec.metadata);
    fs.writeFileSync(`${file}.claims.json`, serializeSidecar(createSidecar(document, spec.claims.map((claim) => claimOf(spec.text, claim)))));
    files.push(file);
  }
  return files;
}
