import * as assert from 'node:assert/strict';
import { importBrat } from '../../../src/core/exchange/brat';
import { importProblemText } from '../../../src/core/exchange/importMessages';
import { importW3c } from '../../../src/core/exchange/w3c';
import { translated } from '../translated';
import { EVERY_IMPORT_MESSAGE } from './everyImportMessage';

const TEXT = 'Kabul, 3 Sept. The ministry said 12 posts fell.';
const defaults = { author: 'i', now: new Date('2026-09-03T08:00:00Z') };

/** A few sentences in Spanish, the rest in English: enough to see that problems are told from the bundle. */
const SPANISH = {
  '{0}: {1}': '{0} → {1}',
  'not a brat annotation line: {0}': 'no es una línea de anotación brat: {0}',
  'offsets {0} are not inside the text': 'los desplazamientos {0} caen fuera del texto',
  'status "{0}" is not one of {1}': 'el estado «{0}» no es uno de {1}',
  'the quote "{0}" is not in the article': 'la cita «{0}» no está en el artículo',
  'expected an ISO 8601 date-time such as 2024-09-03T08:15:00Z': 'se esperaba una fecha ISO 8601',
};

const inSpanish = <T>(tell: () => T): T => translated(SPANISH, tell);

describe('import problems', () => {
  it('are told from the translation loaded, English without one', () => {
    const ann = ['T1\tClaim 15 47\tThe ministry said 12 posts fell.', 'garbage line', 'T2\tClaim 10 99\tout of range', 'A1\tStatus T1 maybe', ''].join('\n');
    const { problems } = importBrat(TEXT, ann, 'a.txt', defaults);
    assert.deepEqual(inSpanish(() => problems.map((problem) => [problem.line, importProblemText(problem.message)])), [
      [2, 'no es una línea de anotación brat: garbage line'],
      [3, 'T2 → los desplazamientos 10 99 caen fuera del texto'],
      [4, 'el estado «maybe» no es uno de unverified, corroborated, disputed, refuted'],
    ]);
    assert.equal(importProblemText(problems[1].message), 'T2: offsets 10 99 are not inside the text');
  });

  it('tell a claim the schema refuses through the one zod-issue helper, in the translation loaded', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      created: 'last Tuesday',
      target: { source: 'a.txt', selector: [{ type: 'TextQuoteSelector', exact: 'nowhere to be found' }, { type: 'TextPositionSelector', start: 15, end: 47 }] },
    };
    const lost = importW3c(TEXT, [{ annotation, line: 1, source: 'a.txt' }], defaults).problems;
    assert.deepEqual(inSpanish(() => lost.map((problem) => importProblemText(problem.message))), ['la cita «nowhere to be found» no está en el artículo']);
    const placed = { ...annotation, target: { source: 'a.txt', selector: [{ type: 'TextPositionSelector', start: 15, end: 47 }] } };
    const [problem] = importW3c(TEXT, [{ annotation: placed, line: 1, source: 'a.txt' }], defaults).problems;
    assert.equal(importProblemText(problem.message), 'created: expected an ISO 8601 date-time such as 2024-09-03T08:15:00Z');
    assert.equal(inSpanish(() => importProblemText(problem.message)), 'created → se esperaba una fecha ISO 8601');
  });

  it('fill in every parameter of every problem', () => {
    for (const message of EVERY_IMPORT_MESSAGE) {
      const text = importProblemText(message);
      assert.ok(text.length > 0 && !/\{\d\}/u.test(text), `${JSON.stringify(message)}: ${text}`);
    }
  });
});
