import * as assert from 'node:assert/strict';
import { describeLink, linkHalves, linkTarget, oneSidedLinks, relativeArticlePath, resolveArticlePath, withLink, withoutLink } from '../../../src/core/claims/links';
import type { Claim } from '../../../src/core/claims/model';
import { claimWith, RESISTANCE } from '../topics/battle';
import { translated } from '../translated';

const claim = (id: string): Claim => claimWith(id, 'At least 40 were killed.', RESISTANCE, []);

describe('links between claims', () => {
  it('stores paths relative to the article folder, with forward slashes', () => {
    assert.equal(relativeArticlePath('/ws/news/a.txt', '/ws/news/b.txt'), 'b.txt');
    assert.equal(relativeArticlePath('/ws/news/a.txt', '/ws/analysis/c.md'), '../analysis/c.md');
    assert.equal(relativeArticlePath('/ws/a.txt', '/ws/news/deep/b.txt'), 'news/deep/b.txt');
    assert.equal(resolveArticlePath('/ws/news/a.txt', '../analysis/c.md'), '/ws/analysis/c.md');
    assert.equal(resolveArticlePath('/ws/news/a.txt', './b.txt'), '/ws/news/b.txt');
  });

  it('makes both halves: revises on the later claim, revised-by on the earlier', () => {
    const { onFrom, onTo } = linkHalves({ article: '/ws/news/late.txt', claim: 'l' }, { article: '/ws/old/early.txt', claim: 'e' }, 'revises');
    assert.deepEqual(onFrom, { type: 'revises', article: '../old/early.txt', claim: 'e' });
    assert.deepEqual(onTo, { type: 'revised-by', article: '../news/late.txt', claim: 'l' });
    assert.equal(linkHalves({ article: '/a.txt', claim: 'x' }, { article: '/b.txt', claim: 'y' }, 'repeats').onTo.type, 'repeats');
    assert.throws(() => linkHalves({ article: '/a.txt', claim: 'x' }, { article: '/a.txt', claim: 'x' }, 'repeats'), RangeError);
  });

  it('keeps one link per pair of claims, replacing its type, and removes it', () => {
    let linked = withLink(claim('a'), { type: 'repeats', article: 'b.txt', claim: 'b' });
    linked = withLink(linked, { type: 'contradicts', article: 'b.txt', claim: 'b' });
    linked = withLink(linked, { type: 'repeats', article: 'c.txt', claim: 'c' });
    assert.deepEqual(linked.links?.map((link) => `${link.type} ${link.claim}`), ['contradicts b', 'repeats c']);
    assert.equal(withoutLink(withoutLink(linked, { article: 'b.txt', claim: 'b' }), { article: 'c.txt', claim: 'c' }).links, undefined);
    assert.deepEqual(linkTarget('/ws/news/a.txt', { type: 'repeats', article: '../b.txt', claim: 'b' }), { article: '/ws/b.txt', claim: 'b' });
  });

  it('finds links whose other half is missing or disagrees', () => {
    const { onFrom, onTo } = linkHalves({ article: '/ws/a.txt', claim: 'a' }, { article: '/ws/b.txt', claim: 'b' }, 'revises');
    const a = withLink(claim('a'), onFrom);
    const b = withLink(claim('b'), onTo);
    const lookup = (claims: Record<string, Claim>) => (ref: { article: string; claim: string }) => claims[`${ref.article}#${ref.claim}`];
    assert.deepEqual(oneSidedLinks({ article: '/ws/a.txt', claim: 'a' }, a, lookup({ '/ws/b.txt#b': b })), []);
    assert.deepEqual(oneSidedLinks({ article: '/ws/a.txt', claim: 'a' }, a, lookup({ '/ws/b.txt#b': claim('b') })), [onFrom]);
    const wrongType = withLink(claim('b'), { ...onTo, type: 'revises' });
    assert.deepEqual(oneSidedLinks({ article: '/ws/a.txt', claim: 'a' }, a, lookup({ '/ws/b.txt#b': wrongType })), [onFrom]);
  });

  it('lists a link by its kind and article name, in the language loaded', () => {
    const link = { type: 'revised-by' as const, article: '../wire/kabul-wire.txt', claim: 'w1' };
    assert.equal(describeLink(link), 'is revised by kabul-wire.txt');
    assert.equal(translated({ '{0} {1}': '{1} [{0}]', 'is revised by': 'wird revidiert von' }, () => describeLink(link)), 'kabul-wire.txt [wird revidiert von]');
  });
});
