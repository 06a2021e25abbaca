import * as assert from 'node:assert/strict';
import { cliImportWords } from '../../../src/cli/words';
import { importBrat } from '../../../src/core/exchange/brat';
import { ENGLISH_IMPORT_WORDS, importProblemText, type ImportWords } from '../../../src/core/exchange/importMessages';
import { importW3c } from '../../../src/core/exchange/w3c';
import { ENGLISH_VALIDATION_WORDS, type ValidationWords } from '../../../src/core/validation/problemMessage';
import { EVERY_IMPORT_MESSAGE } from './everyImportMessage';

const TEXT = 'Kabul, 3 Sept. The ministry said 12 posts fell.';
const defaults = { author: 'i', now: new Date('2026-09-03T08:00:00Z') };

/** A few sentences in Spanish, the rest in English: enough to see whose words a problem is told in. */
const SPANISH: ImportWords = {
  ...ENGLISH_IMPORT_WORDS,
  ofAnnotation: (id, problem) => `${id} → ${problem}`,
  notBratLine: (text) => `no es una línea de anotación brat: ${text}`,
  offsetsOutside: (offsets) => `los desplazamientos ${offsets} caen fuera del texto`,
  badStatus: (value, statuses) => `el estado «${value}» no es uno de ${statuses}`,
  quoteNotFound: (quote) => `la cita «${quote}» no está en el artículo`,
};
const SPANISH_VALIDATION: ValidationWords = { ...ENGLISH_VALIDATION_WORDS, rule: (rule) => (rule === 'date-time' ? 'se esperaba una fecha ISO 8601' : ENGLISH_VALIDATION_WORDS.rule(rule)) };

describe('import problems', () => {
  it('are told in the words the caller passes', () => {
    const ann = ['T1\tClaim 15 47\tThe ministry said 12 posts fell.', 'garbage line', 'T2\tClaim 10 99\tout of range', 'A1\tStatus T1 maybe', ''].join('\n');
    const { problems } = importBrat(TEXT, ann, 'a.txt', defaults);
    assert.deepEqual(problems.map((problem) => [problem.line, importProblemText(problem.message, SPANISH)]), [
      [2, 'no es una línea de anotación brat: garbage line'],
      [3, 'T2 → los desplazamientos 10 99 caen fuera del texto'],
      [4, 'el estado «maybe» no es uno de unverified, corroborated, disputed, refuted'],
    ]);
    assert.equal(importProblemText(problems[1].message), 'T2: offsets 10 99 are not inside the text');
  });

  it('tell a claim the schema refuses through the one zod-issue helper, in the words passed', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      created: 'last Tuesday',
      target: { source: 'a.txt', selector: [{ type: 'TextQuoteSelector', exact: 'nowhere to be found' }, { type: 'TextPositionSelector', start: 15, end: 47 }] },
    };
    const lost = importW3c(TEXT, [{ annotation, line: 1, source: 'a.txt' }], defaults).problems;
    assert.deepEqual(lost.map((problem) => importProblemText(problem.message, SPANISH)), ['la cita «nowhere to be found» no está en el artículo']);
    const placed = { ...annotation, target: { source: 'a.txt', selector: [{ type: 'TextPositionSelector', start: 15, end: 47 }] } };
    const [problem] = importW3c(TEXT, [{ annotation: placed, line: 1, source: 'a.txt' }], defaults).problems;
    assert.equal(importProblemText(problem.message), 'created: expected an ISO 8601 date-time such as 2024-09-03T08:15:00Z');
    assert.equal(importProblemText(problem.message, SPANISH, SPANISH_VALIDATION), 'created: se esperaba una fecha ISO 8601');
  });

  it("read the same in the CLI as in the core's English when no translation is loaded", () => {
    for (const message of EVERY_IMPORT_MESSAGE) assert.equal(importProblemText(message, cliImportWords), importProblemText(message), JSON.stringify(message));
  });
});
