import type * as vscode from 'vscode';
import { suggestCategory } from '../../core/claims/categories';
import { claimantOf, suggestClaimants, type ClaimantSuggestion } from '../../core/claims/claimants';
import { createClaim, type Claim, type Claimant } from '../../core/claims/model';
import type { Entity } from '../../core/entities/entity';
import type { WorkspaceIdentities } from '../identity/workspaceIdentities';

/** What tagging knows about a selection before the analyst answers: claimant suggestions with their sides. */
export interface TaggedSpan {
  article: vscode.Uri;
  text: string;
  start: number;
  end: number;
  entities: readonly Entity[];
}

export function claimantSuggestions(span: TaggedSpan, identities: WorkspaceIdentities): ClaimantSuggestion[] {
  return suggestClaimants(span.text, span.start, span.end, span.entities, { identities: identities.identities });
}

/** The claimant with its side: the one the analyst gave, else the identities' (file or inferred). */
export function withSide(claimant: Claimant, identities: WorkspaceIdentities): Claimant {
  if (claimant.side) return claimant;
  const side = identities.resolve(claimant).side;
  return side ? { ...claimant, side } : claimant;
}

/** The best suggestion as a claimant, with its side. */
export function bestClaimant(suggestions: readonly ClaimantSuggestion[], identities: WorkspaceIdentities): Claimant | undefined {
  return suggestions[0] && withSide(claimantOf(suggestions[0]), identities);
}

/**
 * A new claim with each figure's measure and whose suggested from the claimant's side and the article's
 * sides, and the category given or suggested from those measures (a killed figure makes a casualties claim).
 */
export function draftClaim(
  span: TaggedSpan,
  claimant: Claimant,
  identities: WorkspaceIdentities,
  options: { author: string; categories: readonly string[]; category?: string },
): Claim {
  const sided = withSide(claimant, identities);
  const claim = createClaim({
    text: span.text,
    start: span.start,
    end: span.end,
    claimant: sided,
    category: options.category ?? 'other',
    entities: span.entities,
    author: options.author,
    figures: { speakerSide: sided.side, articleSides: identities.sidesOfArticle(span.article, sided), identities: identities.identities },
  });
  if (options.category) return claim;
  const measures = claim.numbers.map((number) => number.measure);
  return { ...claim, category: suggestCategory(span.text.slice(span.start, span.end), options.categories, measures) };
}
