import * as assert from 'node:assert/strict';
import { comparePage } from '../../../src/extension/compare/compareHtml';
import { IncrementalComparison } from '../../../src/core/topics/incremental';
import { headerOf } from '../../../src/core/topics/view';
import { translated } from '../translated';
import { battleArticles } from './battle';

const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);

describe('comparison view model', () => {
  it('describes rows, flags, plot bars and suggestions as plain data', () => {
    const { views } = new IncrementalComparison(name).update(battleArticles());
    const [taliban] = views;
    assert.equal(taliban.summary, '7 figures · 4 distinct figures · 4 articles · 4 outlets');
    assert.deepEqual(taliban.conflicts, ['Resistance ≥ 40 vs Taliban 2–12']);
    assert.deepEqual(taliban.revisions, ['Zabihullah Mujahid: 2 (2026-09-05) → 12 (2026-09-07)']);
    const wire = taliban.rows.find((row) => row.claimId === 'w1')!;
    assert.deepEqual([wire.text, wire.display, wire.sources, wire.outlet, wire.articleName], ['At least 40', '≥ 40', '2 of 4', 'Kabul Wire', 'wire.txt']);
    assert.deepEqual(taliban.plot.map((bar) => [bar.claimant, bar.min, bar.max]), [
      ['Ali Nazary', 40, null], ['a resistance source', 200, 999], ['Zabihullah Mujahid', 2, 2], ['Zabihullah Mujahid', 12, 12],
    ]);
    assert.equal(taliban.rows.find((row) => row.claimId === 'g3')!.revised, true);
    assert.equal(taliban.suggestions.length, 4);
    assert.deepEqual(headerOf(taliban).rows, []);
    assert.equal(headerOf(taliban).rowCount, 7);
  });

  it('keeps a side its colour and rebuilds only the topics a change touches', () => {
    const comparison = new IncrementalComparison(name);
    const articles = battleArticles();
    const first = comparison.update(articles);
    assert.equal(first.changed.length, 3);
    assert.deepEqual(comparison.sides, ['Resistance', 'Taliban']);
    assert.deepEqual(comparison.update(articles).changed, []);

    const review = articles[3];
    const changed = [...articles.slice(0, 3), { ...review, claims: review.claims.map((claim) => (claim.id === 'r2' ? { ...claim, status: 'disputed' as const } : claim)) }];
    const update = comparison.update(changed);
    assert.deepEqual(update.changed.map((view) => view.id), ['killed:resistance']);
    assert.equal(update.changed[0].rows.find((row) => row.claimId === 'r2')!.status, 'disputed');
    assert.deepEqual(update.removed, []);

    const relabelled = comparison.update(changed, { parties: { claimant: (claimant) => ({ key: claimant.name, label: claimant.name.toUpperCase() }), counted: (whose) => ({ key: whose.group, label: whose.group, side: whose.side }) } });
    assert.equal(relabelled.changed.length, 3, 'other identities rebuild every topic');

    const withoutWounded = changed.map((article) => ({ ...article, claims: article.claims.filter((claim) => claim.id !== 'd2') }));
    assert.ok(comparison.update(withoutWounded).removed.includes('wounded:taliban'));
  });

  it('says its sentences in the language loaded, the data unchanged', () => {
    const german = {
      '{0} figures': '{0} Zahlen',
      '{0} distinct figures': '{0} verschiedene',
      '{0} articles': '{0} Artikel',
      '{0} outlets': '{0} Medien',
      '{0} {1} vs {2} {3}': '{0} {1} gegen {2} {3}',
      '{0} of {1}': '{0} von {1}',
    };
    const [taliban] = translated(german, () => new IncrementalComparison(name).update(battleArticles()).views);
    assert.equal(taliban.summary, '7 Zahlen · 4 verschiedene · 4 Artikel · 4 Medien');
    assert.deepEqual(taliban.conflicts, ['Resistance ≥ 40 gegen Taliban 2–12']);
    assert.equal(taliban.rows.find((row) => row.claimId === 'w1')!.sources, '2 von 4');
    assert.deepEqual(taliban.revisions, ['Zabihullah Mujahid: 2 (2026-09-05) → 12 (2026-09-07)']);
  });

  it('gives the reasons for its suggested links in the language loaded', () => {
    const english = new IncrementalComparison(name).update(battleArticles()).views[0];
    const german = {
      '{0} {1} {2}: {3}': '{0} → {2} ({1}): {3}',
      repeats: 'wiederholt',
      'the same figure from {0}': 'dieselbe Zahl von {0}',
      '{0} changed the figure': '{0} änderte die Zahl',
    };
    const [taliban] = translated(german, () => new IncrementalComparison(name).update(battleArticles()).views);
    const reasons = taliban.suggestions.map((suggestion) => suggestion.label.slice(suggestion.label.indexOf(': ') + 2));
    assert.ok(reasons.includes('Zabihullah Mujahid änderte die Zahl'), reasons.join('\n'));
    assert.ok(reasons.some((reason) => reason.startsWith('dieselbe Zahl von ')), reasons.join('\n'));
    assert.ok(english.suggestions.some((suggestion) => suggestion.label.endsWith(': Zabihullah Mujahid changed the figure')));
    assert.ok(taliban.suggestions.some((suggestion) => suggestion.label.includes('(wiederholt): dieselbe Zahl von ')), taliban.suggestions.map((suggestion) => suggestion.label).join('\n'));
    assert.equal(taliban.suggestions.length, english.suggestions.length);
  });
});

describe('comparison page', () => {
  const page = comparePage({
    cspSource: 'https://webview.test', scriptUri: 'https://webview.test/compare.js', styleUri: 'https://webview.test/compare.css',
    nonce: 'abc123', language: 'pt-br', title: 'Compare "<Claims>"', loading: 'Loading…',
  });

  it('allows only its stylesheet and its nonce\'d script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.deepEqual([...page.matchAll(/<script[^>]*>/g)].map((match) => match[0]), ['<script nonce="abc123" src="https://webview.test/compare.js">']);
    assert.doesNotMatch(page, /\son[a-z]+=/i);
  });

  it('escapes what it puts in the page, and holds no article text', () => {
    assert.ok(page.includes('Compare &quot;&lt;Claims&gt;&quot;'));
    assert.ok(!page.includes('<Claims>'));
  });

  it('declares the display language its strings are in', () => {
    assert.match(page, /<html lang="pt-br">/);
  });
});
