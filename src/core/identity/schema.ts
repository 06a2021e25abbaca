import * as z from 'zod/mini';
import { lazy } from '../lazy';

// The JSON schema in schemas/identities.schema.json mirrors these definitions; a unit test checks that both
// accept and reject the same files.

export const IDENTITIES_SCHEMA_ID = 'claimlens:/schemas/identities-1.json';
/** Where the identities file lives in each workspace folder, beside the gazetteer. */
export const IDENTITIES_PATH = '.claimlens/identities.json';

const MAX_NAME_LENGTH = 200;
const MAX_LIST = 1000;
const name = lazy(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH)));

export const CLAIMANT_KINDS = ['person', 'body', 'role'] as const;

export const identityClaimantSchema = lazy(() => z.strictObject({
  name: name().check(z.describe('The name Claim Lens shows for this claimant.')),
  aliases: z.optional(z.array(name()).check(z.maxLength(MAX_LIST), z.describe('Other spellings and shorter forms of the same claimant.'))),
  side: z.optional(name().check(z.describe('The side the claimant speaks for.'))),
  kind: z.optional(z.enum(CLAIMANT_KINDS).check(z.describe('A person, a body (ministry, group, outlet) or a role ("a Taliban spokesman").'))),
}));

export const sideSchema = lazy(() => z.strictObject({
  name: name().check(z.describe('The side as Claim Lens shows it.')),
  members: z.optional(z.array(name()).check(z.maxLength(MAX_LIST), z.describe('Groups, bodies and people that belong to this side.'))),
}));

export const distinctPairSchema = lazy(() => z.tuple([name(), name()]).check(z.describe('Two names the analyst said are different claimants.')));

export const identitiesSchema = lazy(() => z
  .strictObject({
    $schema: z.optional(z.string()),
    claimants: z.optional(z.array(identityClaimantSchema()).check(z.describe('Claimants and the other names they appear under.'))),
    sides: z.optional(z.array(sideSchema()).check(z.describe('The sides of the conflicts, each with its members; a member belongs to one side.'))),
    distinct: z.optional(z.array(distinctPairSchema()).check(z.describe('Pairs of names the analyst said are different claimants: never proposed for a merge again.'))),
  })
  .check(z.describe('Claim Lens workspace identities (.claimlens/identities.json).')));

export type IdentityClaimant = z.infer<ReturnType<typeof identityClaimantSchema>>;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];
export type Side = z.infer<ReturnType<typeof sideSchema>>;

/** The workspace's identities file as Claim Lens uses it: every list present. */
export interface Identities {
  claimants: IdentityClaimant[];
  sides: Side[];
  distinct: Array<[string, string]>;
}

export const EMPTY_IDENTITIES: Identities = Object.freeze({ claimants: [], sides: [], distinct: [] }) as Identities;
