import * as l10n from '@vscode/l10n';
import { INVERSE_LINK, type Claim, type ClaimLink, type LinkType } from './model';

/** The kinds an analyst chooses; `revised-by` is what `revises` stores on the earlier claim. */
export const LINK_KINDS = ['corroborates', 'contradicts', 'repeats', 'revises'] as const satisfies readonly LinkType[];

/** "corroborates", "is revised by": a link's type as a verb. */
export function linkVerb(type: LinkType): string {
  const texts: Record<LinkType, string> = {
    corroborates: l10n.t('corroborates'),
    contradicts: l10n.t('contradicts'),
    repeats: l10n.t('repeats'),
    revises: l10n.t('revises'),
    'revised-by': l10n.t('is revised by'),
  };
  return texts[type];
}

/** A claim somewhere in the workspace: its article as a posix path. */
export interface ClaimRef {
  article: string;
  claim: string;
}

const folderOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1) || '/';

function segments(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** `to` relative to the folder of `from`, with forward slashes: what a link stores. */
export function relativeArticlePath(from: string, to: string): string {
  const base = segments(folderOf(from));
  const target = segments(to);
  let shared = 0;
  while (shared < base.length && shared < target.length - 1 && base[shared] === target[shared]) shared++;
  return [...base.slice(shared).map(() => '..'), ...target.slice(shared)].join('/');
}

/** The article a link names, as a posix path, from the article holding the link. */
export function resolveArticlePath(from: string, relative: string): string {
  return `/${segments(folderOf(from) + relative).join('/')}`;
}

export function linkTarget(from: string, link: ClaimLink): ClaimRef {
  return { article: resolveArticlePath(from, link.article), claim: link.claim };
}

const sameLink = (a: ClaimLink, b: ClaimLink): boolean => a.article === b.article && a.claim === b.claim;

/** The claim with this link in place of any earlier link to the same claim: two claims have one relation. */
export function withLink(claim: Claim, link: ClaimLink): Claim {
  return { ...claim, links: [...(claim.links ?? []).filter((existing) => !sameLink(existing, link)), link] };
}

export function withoutLink(claim: Claim, to: Omit<ClaimLink, 'type'>): Claim {
  const links = (claim.links ?? []).filter((existing) => !(existing.article === to.article && existing.claim === to.claim));
  return { ...claim, links: links.length > 0 ? links : undefined };
}

/**
 * The two halves of a link from `from` to `to`: `type` on `from`, its inverse on `to`, each naming the
 * other's article relative to its own folder. Apply each to its claim with withLink.
 */
export function linkHalves(from: ClaimRef, to: ClaimRef, type: LinkType): { onFrom: ClaimLink; onTo: ClaimLink } {
  if (from.article === to.article && from.claim === to.claim) throw new RangeError('a claim cannot be linked to itself');
  return {
    onFrom: { type, article: relativeArticlePath(from.article, to.article), claim: to.claim },
    onTo: { type: INVERSE_LINK[type], article: relativeArticlePath(to.article, from.article), claim: from.claim },
  };
}

/** The link from this claim to that one, if any. */
export function linkBetween(claim: Claim, from: string, to: ClaimRef): ClaimLink | undefined {
  return claim.links?.find((link) => link.claim === to.claim && resolveArticlePath(from, link.article) === to.article);
}

/** Links whose other half is missing or of another type: one sidecar changed without the other. */
export function oneSidedLinks(
  from: ClaimRef,
  claim: Claim,
  lookup: (ref: ClaimRef) => Claim | undefined,
): ClaimLink[] {
  return (claim.links ?? []).filter((link) => {
    const target = linkTarget(from.article, link);
    const other = lookup(target);
    return !other || linkBetween(other, target.article, from)?.type !== INVERSE_LINK[link.type];
  });
}

/** "repeats wire.txt": a link to the article named so. */
export const linkText = (type: LinkType, articleName: string): string => l10n.t('{0} {1}', linkVerb(type), articleName);

/** "repeats wire.txt": a link as the hover and the tree list it. */
export function describeLink(link: ClaimLink): string {
  return linkText(link.type, link.article.slice(link.article.lastIndexOf('/') + 1));
}
