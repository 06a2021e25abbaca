import * as z from 'zod/mini';
import type { Entity } from '../entities/entity';
import { lazy } from '../lazy';
import type { SchemaRule } from '../validation/problemMessage';
import { quoteSelector } from './anchoring';
import { suggestFigures, type FigureContext } from './figures';

export const CLAIM_STATUSES = ['unverified', 'corroborated', 'disputed', 'refuted'] as const;
export { DEFAULT_CATEGORIES } from './defaultCategories';
/** What a figure counts. */
export const MEASURES = [
  'killed', 'wounded', 'captured', 'missing', 'displaced', 'equipment destroyed', 'equipment seized',
  'positions taken', 'forces deployed', 'duration', 'distance', 'money', 'other',
] as const;
/**
 * Links between claims, stored on both claims: `revises` on the later figure, `revised-by` on the earlier
 * one; the other kinds are their own inverse.
 */
export const LINK_TYPES = ['corroborates', 'contradicts', 'repeats', 'revises', 'revised-by'] as const;
/** Claims whose text was not found with certainty: kept, listed and written with the quote they had. */
export const ATTENTION_STATES = ['needs-review', 'orphan'] as const;

/**
 * strict: unknown keys are problems (typos in hand edits show up); lenient: unknown keys are dropped,
 * to read what a newer format still shares with this one.
 */
export type Strictness = 'strict' | 'lenient';

export function claimSchemaFor(strictness: Strictness) {
  const nonEmpty = z.string().check(z.minLength(1, { error: 'not-empty' satisfies SchemaRule }));
  const offset = z.int().check(z.nonnegative());
  const isoTime = z.iso.datetime({ offset: true, error: 'date-time' satisfies SchemaRule });
  const object = strictness === 'strict' ? z.strictObject : z.object;
  const range = object({ start: offset, end: offset }).check(
    z.refine((value) => value.end > value.start, { error: 'end-after-start' satisfies SchemaRule, path: ['end'] }),
  );
  const mention = object({ canonical: nonEmpty, text: nonEmpty, start: offset, end: offset });
  /** The counted group as the analyst sees it ("Taliban fighters") and the side it belongs to. */
  const whose = object({ group: nonEmpty, side: z.optional(nonEmpty) });
  const link = object({
    type: z.enum(LINK_TYPES),
    /** The other claim's article, relative to this sidecar's folder, with forward slashes. */
    article: nonEmpty,
    claim: nonEmpty,
  });
  const numberValue = object({
    value: z.number(),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    vague: z.optional(z.boolean()),
    percent: z.optional(z.boolean()),
    currency: z.optional(nonEmpty),
    qualifier: z.optional(nonEmpty),
  });
  return object({
    id: nonEmpty,
    anchor: range,
    quote: object({ exact: nonEmpty, prefix: z.string(), suffix: z.string() }),
    /** Absent when the quote is at the anchor; else why the analyst must look (format 2). */
    attention: z.optional(object({ state: z.enum(ATTENTION_STATES), reason: nonEmpty })),
    claimant: object({
      name: nonEmpty,
      affiliation: z.optional(nonEmpty),
      side: z.optional(nonEmpty),
      /** A role rather than a name: "a Taliban spokesman", "an NRF source". */
      anonymous: z.optional(z.boolean()),
    }),
    category: nonEmpty,
    status: z.enum(CLAIM_STATUSES),
    actors: z.array(mention),
    places: z.array(mention),
    numbers: z.array(object({
      text: nonEmpty,
      start: offset,
      end: offset,
      value: numberValue,
      measure: z.optional(z.enum(MEASURES)),
      whose: z.optional(whose),
      /** The topic the analyst put this figure in; absent: the automatic one. */
      topic: z.optional(nonEmpty),
    })),
    links: z.optional(z.array(link)),
    note: z.string(),
    author: z.string(),
    created: isoTime,
    modified: isoTime,
  });
}

/** Built on first use: schemas cost activation time. */
export const claimSchema = lazy(() => claimSchemaFor('strict'));

export type Claim = z.infer<ReturnType<typeof claimSchema>>;
export type ClaimStatus = Claim['status'];
export type Claimant = Claim['claimant'];
/** An actor or a place named inside the claim; offsets are in the article. */
export type ClaimMention = Claim['actors'][number];
export type ClaimNumber = Claim['numbers'][number];
export type Measure = (typeof MEASURES)[number];
export type Whose = NonNullable<ClaimNumber['whose']>;
export type LinkType = (typeof LINK_TYPES)[number];
export type ClaimLink = NonNullable<Claim['links']>[number];
export type Attention = NonNullable<Claim['attention']>;

export const INVERSE_LINK: Record<LinkType, LinkType> = {
  corroborates: 'corroborates',
  contradicts: 'contradicts',
  repeats: 'repeats',
  revises: 'revised-by',
  'revised-by': 'revises',
};

export interface NewClaim {
  /** The whole article text; `start` and `end` are offsets into it. */
  text: string;
  start: number;
  end: number;
  claimant: Claimant;
  category: string;
  /** Entities of the article; those inside the span are kept. */
  entities: readonly Entity[];
  author: string;
  now?: Date;
  id?: string;
  /** What the figures' measure and whose are suggested from: the claimant's side, the article's sides. */
  figures?: FigureContext;
}

function mentionOf(entity: Entity): ClaimMention {
  return { canonical: entity.canonical ?? entity.text, text: entity.text, start: entity.start, end: entity.end };
}

/** Builds and validates a claim; throws a RangeError for a span outside the text, a zod $ZodError for empty fields. */
export function createClaim(input: NewClaim): Claim {
  const { text, start, end } = input;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new RangeError(`claim span [${start}, ${end}) is not a non-empty range of a ${text.length}-character text`);
  }
  const inside = input.entities.filter((entity) => entity.start >= start && entity.end <= end);
  const time = (input.now ?? new Date()).toISOString();
  return claimSchema().parse({
    id: input.id ?? globalThis.crypto.randomUUID(),
    anchor: { start, end },
    quote: quoteSelector(text, start, end),
    claimant: input.claimant,
    category: input.category,
    status: 'unverified',
    actors: inside.filter((entity) => entity.kind === 'actor').map(mentionOf),
    places: inside.filter((entity) => entity.kind === 'place').map(mentionOf),
    numbers: numbersOf(text, inside, input),
    note: '',
    author: input.author,
    created: time,
    modified: time,
  });
}

/** The numbers of the claim, each with the measure and whose suggested from the words around it. */
function numbersOf(text: string, inside: readonly Entity[], input: NewClaim): ClaimNumber[] {
  const numbers = inside.flatMap((entity) => (entity.kind === 'number' && entity.value
    ? [{ text: entity.text, start: entity.start, end: entity.end, value: entity.value }]
    : []));
  const context: FigureContext = { speakerSide: input.claimant.side, entities: input.entities, ...input.figures };
  const figures = suggestFigures(text, numbers, context);
  return numbers.map((number, index) => ({ ...number, measure: figures[index].measure, ...(figures[index].whose && { whose: figures[index].whose }) }));
}

/**
 * A copy with exactly the format's fields, keys in schema order: what a sidecar stores, independent of how
 * the claim object was put together. Keep in step with claimSchemaFor.
 */
export function canonicalClaim(claim: Claim): Claim {
  const { anchor, quote, claimant, attention } = claim;
  const mention = ({ canonical, text, start, end }: ClaimMention): ClaimMention => ({ canonical, text, start, end });
  return {
    id: claim.id,
    anchor: { start: anchor.start, end: anchor.end },
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    attention: attention && { state: attention.state, reason: attention.reason },
    claimant: { name: claimant.name, affiliation: claimant.affiliation, side: claimant.side, anonymous: claimant.anonymous },
    category: claim.category,
    status: claim.status,
    actors: claim.actors.map(mention),
    places: claim.places.map(mention),
    numbers: claim.numbers.map(({ text, start, end, value, measure, whose, topic }) => ({
      text,
      start,
      end,
      value: {
        value: value.value,
        min: value.min,
        max: value.max,
        vague: value.vague,
        percent: value.percent,
        currency: value.currency,
        qualifier: value.qualifier,
      },
      measure,
      whose: whose && { group: whose.group, side: whose.side },
      topic,
    })),
    links: claim.links?.length ? claim.links.map(({ type, article, claim: id }) => ({ type, article, claim: id })) : undefined,
    note: claim.note,
    author: claim.author,
    created: claim.created,
    modified: claim.modified,
  };
}

/** Document order: by anchor start, then end, then id, so the order never depends on when claims were made. */
export function compareClaims(a: Claim, b: Claim): number {
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
