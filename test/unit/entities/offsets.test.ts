import * as assert from 'node:assert/strict';
import { assertWellFormed, builtin, labels } from './helpers';

describe('entity offsets with non-ASCII text', () => {
  const cases: [string, string][] = [
    ['accents', 'Médecins Sans Frontières said 12 patients reached Kandahār; Kyiv’s mayor spoke.'],
    ['Arabic', 'قال المتحدث 🙂 إن Taliban fighters entered Kabul with 40 trucks.'],
    ['Cyrillic', 'Київ і Харків: Reuters reported 75 drones over Kyiv.'],
    ['emoji', '🔥🔥 Breaking 👉 the RSF shelled El Fasher, killing 9 👀 people in Sudan.'],
    ['CRLF', 'KABUL, Sep 3 (EFE) -\r\nThe Taliban took Herat.\r\n\r\nReuters said 11 died.\r\n'],
  ];
  for (const [name, text] of cases) {
    it(`keeps offsets exact with ${name}`, () => {
      const entities = builtin().recognize(text);
      assert.ok(entities.length >= 3, `found only ${JSON.stringify(labels(entities))}`);
      assertWellFormed(text, entities);
    });
  }

  it('finds the same entities after an astral character as before it', () => {
    const plain = builtin().recognize('x Reuters said 12 died in Kabul.');
    const shifted = builtin().recognize('😀 Reuters said 12 died in Kabul.');
    assert.deepEqual(labels(shifted), labels(plain));
    assert.deepEqual(
      shifted.map((e) => e.start - plain.find((p) => p.text === e.text)!.start),
      shifted.map(() => 1),
    );
  });

  it('treats CRLF as one line break, so a headline line stays a headline', () => {
    const lf = builtin().recognize('Taliban And Resistance Force Face Off\nThe Resistance Force fought on.');
    const crlf = builtin().recognize('Taliban And Resistance Force Face Off\r\nThe Resistance Force fought on.');
    assert.deepEqual(labels(crlf), labels(lf));
  });
});
