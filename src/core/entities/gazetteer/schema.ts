import { z } from 'zod';

/** Limits keep a hostile workspace file from making the index huge; entries are literal strings, never patterns. */
const MAX_NAME_LENGTH = 200;
const MAX_ALIASES = 100;

const name = z.string().trim().min(1).max(MAX_NAME_LENGTH);

export const ACTOR_SUBTYPES = ['person', 'organisation', 'armed group', 'outlet', 'state'] as const;
export const PLACE_SUBTYPES = ['country', 'region', 'district', 'town', 'feature'] as const;

export const gazetteerEntrySchema = z
  .object({
    name: name.describe('The name as it should be shown, matched literally (not a regular expression).'),
    kind: z.enum(['actor', 'place']).describe('An actor (person, organisation, armed group, outlet, state) or a place.'),
    subtype: z.enum([...ACTOR_SUBTYPES, ...PLACE_SUBTYPES]).optional().describe('A finer kind, e.g. "armed group" or "district".'),
    aliases: z.array(name).max(MAX_ALIASES).optional().describe('Other spellings, transliterations and acronyms of the same name.'),
  })
  .strict()
  .refine((entry) => entry.subtype === undefined || (entry.kind === 'actor' ? (ACTOR_SUBTYPES as readonly string[]) : (PLACE_SUBTYPES as readonly string[])).includes(entry.subtype), {
    message: 'This subtype belongs to the other kind.',
    path: ['subtype'],
  });

export const ignoredTermSchema = name.describe('A term never highlighted, compared without case or accents.');

export const workspaceGazetteerSchema = z
  .object({
    $schema: z.string().optional(),
    entries: z.array(gazetteerEntrySchema).optional().describe('Names Claim Lens should recognise in this workspace.'),
    ignore: z.array(ignoredTermSchema).optional().describe('Terms Claim Lens should never highlight in this workspace.'),
  })
  .strict()
  .describe('Claim Lens workspace gazetteer (.claimlens/gazetteer.json).');

/** The JSON schema the extension contributes for `.claimlens/gazetteer.json` (draft 7, which VS Code validates fully). */
export function gazetteerJsonSchema(): object {
  return z.toJSONSchema(workspaceGazetteerSchema, { target: 'draft-7', io: 'input' });
}
