import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { createClaim } from '../../src/core/claims/model';
import { parseSidecar, serializeSidecar, type Sidecar } from '../../src/core/claims/sidecar';
import { answer, readSidecar, sidecarOf, writeArticleWithClaims } from './support/claims';
import type { ClaimLensApi } from '../../src/extension/api';
import { claimLens, closeAllEditors, showArticle, waitFor } from './support/workbench';

const REPORT = [
  'Taliban spokesman Zabihullah Mujahid said at least 40 resistance fighters were killed overnight.',
  'The National Resistance Front said more than 350 Taliban fighters had been trapped in the valley.',
  '',
].join('\n');
const TALIBAN = 'at least 40 resistance fighters were killed overnight';
const NRF = 'more than 350 Taliban fighters had been trapped in the valley';

/** Another writer (a second window, a colleague's pull) changes the sidecar on disk. */
function writeAsColleague(article: vscode.Uri, change: (sidecar: Sidecar) => Sidecar): void {
  const parsed = parseSidecar(fs.readFileSync(sidecarOf(article).fsPath, 'utf8'));
  assert.ok(parsed.ok);
  fs.writeFileSync(sidecarOf(article).fsPath, serializeSidecar(change(parsed.sidecar)));
}

const LATER = '2099-01-01T00:00:00.000Z';

/**
 * Writes an article with one claim, sets its status to disputed, and while that change waits to be written,
 * has a colleague change the sidecar on disk with `colleague`; resolves once our change went through.
 */
async function disputeWhileAColleagueWrites(api: ClaimLensApi, name: string, colleague: (sidecar: Sidecar) => Sidecar): Promise<vscode.Uri> {
  const article = await writeArticleWithClaims(name, REPORT, [TALIBAN]);
  await showArticle(article);
  const [claim] = (await api.claims(article)).claims;
  const release = api.holdClaimWrites();
  let setting: Thenable<unknown> | undefined;
  try {
    setting = vscode.commands.executeCommand('claimLens.setClaimStatus', { article, claimId: claim.id });
    await answer(api, 'status', 2);
    await waitFor(async () => (await api.claims(article)).claims[0].status === 'disputed', 'the change in memory');
    writeAsColleague(article, colleague);
  } finally {
    release();
  }
  await setting;
  return article;
}

describe('concurrent writers of a sidecar', () => {
  afterEach(closeAllEditors);

  it('merges another writer\'s claims and fields with changes not yet written, by claim id', async () => {
    const api = await claimLens();
    const article = await disputeWhileAColleagueWrites(api, 'concurrent-merge.txt', (sidecar) => {
      const start = REPORT.indexOf(NRF);
      const added = createClaim({
        text: REPORT, start, end: start + NRF.length, claimant: { name: 'National Resistance Front' }, category: 'other', entities: [], author: 'colleague',
      });
      return { ...sidecar, claims: [{ ...sidecar.claims[0], note: 'Seen in a second source', modified: LATER }, added] };
    });
    await waitFor(() => readSidecar(article).claims.length === 2, 'both writers\' claims in the sidecar');
    const merged = readSidecar(article).claims;
    assert.deepEqual(merged.map((each) => each.quote.exact), [TALIBAN, NRF]);
    assert.equal(merged[0].status, 'disputed', 'our status');
    assert.equal(merged[0].note, 'Seen in a second source', 'their note');
    assert.equal((await api.claims(article)).claims.length, 2);
  });

  it('reports a field changed both ways as a conflict naming the claim and the field', async () => {
    const api = await claimLens();
    const article = await disputeWhileAColleagueWrites(api, 'concurrent-conflict.txt', (sidecar) => ({
      ...sidecar,
      claims: [{ ...sidecar.claims[0], status: 'refuted', modified: LATER }],
    }));
    await waitFor(() => /Conflicts/.test(api.lastNotice() ?? ''), 'the conflict to be reported');
    assert.match(api.lastNotice() ?? '', /at least 40 resistance fighters/);
    assert.match(api.lastNotice() ?? '', /status/);
    assert.match(api.lastNotice() ?? '', /disputed/);
    assert.match(api.lastNotice() ?? '', /refuted/);
    const [kept] = readSidecar(article).claims;
    assert.equal(kept.status, 'refuted', 'the newer change is kept, the other named in the report');
  });
});
