export { editDistance, foldName, phoneticKey, relateNames, sameWord, type NameRelation } from './names';
export { parseIdentities, serializeIdentities, type IdentitiesProblem, type ParsedIdentities } from './parse';
export {
  assignSide, identityOf, keepDistinct, mergeClaimants, proposeMerges, resolveClaimant, sideOf, sidesIn,
  type ClaimantLike, type MergeProposal, type ResolvedClaimant,
} from './resolve';
export {
  CLAIMANT_KINDS, EMPTY_IDENTITIES, IDENTITIES_PATH, IDENTITIES_SCHEMA_ID, identitiesSchema,
  type ClaimantKind, type Identities, type IdentityClaimant, type Side,
} from './schema';
export { inferSides, isThirdParty, sideOfGroup } from './sides';
