import { compareClaims, type Claim } from '../claims/model';

/**
 * Imported claims merged into a sidecar's: one with the id of an existing claim, or else its exact span,
 * updates that claim (the import is the colleague's newer word, the id stays the sidecar's); the others are added.
 */
export function mergeImported(existing: readonly Claim[], imported: readonly Claim[]): { claims: Claim[]; added: number; updated: number } {
  const claims = [...existing];
  let added = 0;
  let updated = 0;
  for (const claim of imported) {
    const index = claims.findIndex((other) => other.id === claim.id);
    const same = index !== -1 ? index : claims.findIndex((other) => other.anchor.start === claim.anchor.start && other.anchor.end === claim.anchor.end);
    if (same === -1) {
      claims.push(claim);
      added++;
    } else {
      claims[same] = { ...claim, id: claims[same].id, created: claims[same].created };
      updated++;
    }
  }
  return { claims: claims.sort(compareClaims), added, updated };
}
