import * as z from 'zod/mini';
import { lazy } from '../../lazy';
import type { SchemaRule } from '../../validation/problemMessage';

// zod/mini keeps the bundle small; the JSON schema in schemas/gazetteer.schema.json is generated from these
// definitions by scripts/gazetteer/schema.mjs, and a unit test checks the two agree.

/** Limits keep a hostile workspace file from making the index huge; entries are literal strings, never patterns. */
const MAX_NAME_LENGTH = 200;
const MAX_ALIASES = 100;

const name = lazy(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH)));

const ACTOR_SUBTYPES = ['person', 'organisation', 'armed group', 'outlet', 'state'] as const;
const PLACE_SUBTYPES = ['country', 'region', 'district', 'town', 'feature'] as const;

function subtypeFits(entry: { kind: 'actor' | 'place'; subtype?: string | undefined }): boolean {
  if (entry.subtype === undefined) return true;
  const allowed: readonly string[] = entry.kind === 'actor' ? ACTOR_SUBTYPES : PLACE_SUBTYPES;
  return allowed.includes(entry.subtype);
}

export const gazetteerEntrySchema = lazy(() => z
  .strictObject({
    name: name().check(z.describe('The name as it should be shown, matched literally (not a regular expression).')),
    kind: z.enum(['actor', 'place']).check(z.describe('An actor (person, organisation, armed group, outlet, state) or a place.')),
    subtype: z.optional(z.enum([...ACTOR_SUBTYPES, ...PLACE_SUBTYPES]).check(z.describe('A finer kind, e.g. "armed group" or "district".'))),
    aliases: z.optional(z.array(name()).check(z.maxLength(MAX_ALIASES), z.describe('Other spellings, transliterations and acronyms of the same name.'))),
  })
  .check(z.refine(subtypeFits, { error: 'subtype-of-other-kind' satisfies SchemaRule, path: ['subtype'] })));

export const ignoredTermSchema = lazy(() => name().check(z.describe('A term never highlighted, compared without case or accents.')));

export const workspaceGazetteerSchema = lazy(() => z
  .strictObject({
    $schema: z.optional(z.string()),
    entries: z.optional(z.array(gazetteerEntrySchema()).check(z.describe('Names Claim Lens should recognise in this workspace.'))),
    ignore: z.optional(z.array(ignoredTermSchema()).check(z.describe('Terms Claim Lens should never highlight in this workspace.'))),
  })
  .check(z.describe('Claim Lens workspace gazetteer (.claimlens/gazetteer.json).')));
