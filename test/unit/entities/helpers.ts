import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
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

export const KINDS = ['actor', 'place', 'number'] as const;
export type Scored = (typeof KINDS)[number] | 'micro';

interface Span {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/**
 * Exact F1 per kind and micro-averaged of the built-in recognizer on a fixture folder (texts/ + gold/ in the
 * shared corpus's format), scored like score.mjs's exact match: same kind and same boundaries.
 */
export function fixtureScores(fixture: string): { articles: number; scores: Record<Scored, number>; misses: string[] } {
  const names = fs.readdirSync(path.join(fixture, 'gold')).filter((f) => f.endsWith('.json')).sort();
  const tally = new Map<string, { tp: number; fp: number; fn: number }>(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  for (const name of names) {
    const base = name.replace(/\.json$/, '');
    const text = fs.readFileSync(path.join(fixture, 'texts', `${base}.txt`), 'utf8');
    const gold = JSON.parse(fs.readFileSync(path.join(fixture, 'gold', name), 'utf8')) as Span[];
    const predicted = builtin().recognize(text).map((e) => ({ type: e.kind as string, start: e.start, end: e.end }));
    for (const kind of KINDS) {
      const key = (s: Span): string => `${s.start}:${s.end}`;
      const g = new Set(gold.filter((s) => s.type === kind).map(key));
      const p = new Set(predicted.filter((s) => s.type === kind).map(key));
      const t = tally.get(kind)!;
      for (const k of p) if (g.has(k)) t.tp++; else { t.fp++; misses.push(`FP ${kind} ${base} ${JSON.stringify(text.slice(...k.split(':').map(Number)))}`); }
      for (const k of g) if (!p.has(k)) { t.fn++; misses.push(`FN ${kind} ${base} ${JSON.stringify(text.slice(...k.split(':').map(Number)))}`); }
    }
  }
  const all = { tp: 0, fp: 0, fn: 0 };
  const scores = {} as Record<Scored, number>;
  for (const kind of KINDS) {
    const t = tally.get(kind)!;
    all.tp += t.tp;
    all.fp += t.fp;
    all.fn += t.fn;
    scores[kind] = f1(t.tp, t.fp, t.fn);
  }
  scores.micro = f1(all.tp, all.fp, all.fn);
  return { articles: names.length, scores, misses };
}

/** Fails with the misses when a score falls below its floor. */
export function assertAboveFloors(fixture: string, floors: Record<Scored, number>, minArticles: number): void {
  const { articles, scores, misses } = fixtureScores(fixture);
  assert.ok(articles >= minArticles, `the fixture ${fixture} has its articles`);
  const summary = (Object.keys(floors) as Scored[]).map((k) => `${k} ${scores[k].toFixed(3)}`).join(', ');
  for (const kind of Object.keys(floors) as Scored[]) {
    assert.ok(scores[kind] >= floors[kind], `exact ${kind} F1 ${scores[kind].toFixed(3)} < ${floors[kind]} (${summary})\n${misses.join('\n')}`);
  }
}
