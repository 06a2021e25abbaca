import * as assert from 'node:assert/strict';
import { createRecognizer, type Entity, type Recognizer } from '../../../src/core/entities';

let shared: Recognizer | undefined;

/** The built-in recognizer, built once for the whole suite (its index takes a moment). */
export function builtin(): Recognizer {
  shared ??= createRecognizer();
  return shared;
}

/** "kind:text" for each entity, the compact form the tests compare. */
export function labels(entities: readonly Entity[]): string[] {
  return entities.map((e) => `${e.kind}:${e.text}`);
}

export function recognizeLabels(text: string, recognizer: Recognizer = builtin()): string[] {
  return labels(recognizer.recognize(text));
}

/** Every entity's offsets point at its text, entities are sorted and never overlap. */
export function assertWellFormed(text: string, entities: readonly Entity[]): void {
  let previousEnd = 0;
  for (const entity of entities) {
    assert.equal(text.slice(entity.start, entity.end), entity.text, `offsets of ${JSON.stringify(entity.text)}`);
    assert.ok(entity.start >= previousEnd, `${JSON.stringify(entity.text)} overlaps or is out of order`);
    previousEnd = entity.end;
  }
}

export function find(entities: readonly Entity[], text: string): Entity {
  const entity = entities.find((e) => e.text === text);
  assert.ok(entity, `no entity ${JSON.stringify(text)} in ${JSON.stringify(labels(entities))}`);
  return entity;
}
