import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { createClaim } from '../../src/core/claims/model';
import { createSidecar, describeDocument, serializeSidecar } from '../../src/core/claims/sidecar';
import { answer, readSidecar, sidecarOf } from './support/claims';
import { claimLens, closeAllEditors, showArticle, workspaceFile, workspaceRoot } from './support/workbench';

// CRLF and an emoji before the claim: what other tools count wrong.
const ARTICLE = 'Frontline notes 🛰️\r\n\r\n🔥 At least 40 fighters were killed near Andarab, a spokesman said.\r\n=2+2 is not a claim.\r\n';
const CLAIM = 'At least 40 fighters were killed near Andarab';

/** An article with one tagged claim, written to disk as another analyst's checkout would have it. */
async function articleWithClaim(name: string): Promise<vscode.Uri> {
  const uri = workspaceFile('scratch', 'exchange', name);
  fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
  fs.writeFileSync(uri.fsPath, ARTICLE);
  const start = ARTICLE.indexOf(CLAIM);
  const claim = {
    ...createClaim({ text: ARTICLE, start, end: start + CLAIM.length, claimant: { name: 'a spokesman', anonymous: true }, category: 'casualties', entities: [], author: 'analyst', id: `claim-${name}` }),
    note: 'Line one, "quoted"\nline two',
  };
  fs.writeFileSync(sidecarOf(uri).fsPath, serializeSidecar(createSidecar(await describeDocument(name, ARTICLE), [claim])));
  return uri;
}

describe('exchange in real VS Code', () => {
  afterEach(closeAllEditors);

  it('exports the current article as CSV through the palette command, answering the real quick picks', async () => {
    const api = await claimLens();
    const article = await articleWithClaim('export-csv.txt');
    await showArticle(article);
    const destination = workspaceFile('scratch', 'exchange-out', 'claims.csv');
    const exporting = vscode.commands.executeCommand('claimLens.exportClaims', { destination });
    await answer(api, 'exportScope', 1);
    await answer(api, 'exportFormat');
    await exporting;
    const csv = fs.readFileSync(destination.fsPath, 'utf8');
    const lines = csv.split('\r\n');
    assert.match(lines[0], /^article,title,outlet,date,claimant,side,category,status,figures,places,actors,text,note,id,links$/);
    assert.equal(csv.split('claim-export-csv.txt').length, 2, 'one row, for the current article only');
    assert.ok(csv.startsWith(`${lines[0]}\r\n../exchange/export-csv.txt,,,,a spokesman,,casualties,unverified,,,,${CLAIM},"Line one, ""quoted""\nline two",claim-export-csv.txt,\r\n`), csv);
    assert.match(api.lastNotice() ?? '', /Exported 1 claims of 1 articles/);
  });

  it('exports the workspace as brat with code point offsets, and imports it back through the palette', async () => {
    const api = await claimLens();
    const article = await articleWithClaim('export-brat.txt');
    const folder = workspaceFile('scratch', 'exchange-brat');
    const exporting = vscode.commands.executeCommand('claimLens.exportClaims', { destination: folder });
    await answer(api, 'exportScope');
    await answer(api, 'exportFormat', 2);
    await exporting;
    // brat files keep the articles' folders below the folder they all share.
    const annPath = (fs.readdirSync(folder.fsPath, { recursive: true, encoding: 'utf8' }) as string[])
      .map((file) => vscode.Uri.joinPath(folder, file).fsPath).find((file) => file.endsWith('export-brat.ann'));
    assert.ok(annPath, 'export-brat.ann is written');
    const exported = { fsPath: annPath.slice(0, -'.ann'.length) };
    assert.deepEqual(fs.readFileSync(`${exported.fsPath}.txt`), fs.readFileSync(article.fsPath), 'the text is exported byte for byte');
    const ann = fs.readFileSync(annPath, 'utf8');
    const start = Array.from(ARTICLE.slice(0, ARTICLE.indexOf(CLAIM))).length;
    assert.match(ann, new RegExp(`^T1\\tClaim ${start} ${start + CLAIM.length}\\t${CLAIM}$`, 'm'));

    fs.appendFileSync(annPath, 'this line is not brat\n');
    const importing = vscode.commands.executeCommand('claimLens.importClaims', { files: [vscode.Uri.file(annPath)] });
    await answer(api, 'importFormat');
    await importing;
    const imported = readSidecar(vscode.Uri.file(`${exported.fsPath}.txt`));
    assert.equal(imported.claims.length, 1);
    const [claim] = imported.claims;
    assert.equal(ARTICLE.slice(claim.anchor.start, claim.anchor.end), CLAIM);
    assert.deepEqual([claim.id, claim.claimant, claim.note], ['claim-export-brat.txt', { name: 'a spokesman', anonymous: true }, 'Line one, "quoted"\nline two']);
    const lastLine = ann.split('\n').length;
    assert.match(api.lastNotice() ?? '', new RegExp(`Imported 1 claims into 1 new sidecars\\. Problems: .*export-brat\\.ann:${lastLine}: not a brat annotation line`));
  });

  it('never overwrites an existing sidecar when importing', async () => {
    const api = await claimLens();
    const article = await articleWithClaim('import-existing.txt');
    const before = fs.readFileSync(sidecarOf(article).fsPath, 'utf8');
    const ann = workspaceFile('scratch', 'exchange', 'import-existing.ann');
    fs.writeFileSync(ann.fsPath, `T1\tClaim 0 15\tFrontline notes\n`);
    const importing = vscode.commands.executeCommand('claimLens.importClaims', { files: [ann] });
    await answer(api, 'importFormat');
    await importing;
    assert.equal(fs.readFileSync(sidecarOf(article).fsPath, 'utf8'), before);
    assert.match(api.lastNotice() ?? '', /import-existing\.txt\.claims\.json already has claims; not overwritten/);
    assert.deepEqual(fs.readdirSync(workspaceFile('scratch', 'exchange').fsPath).filter((name) => name.endsWith('.tmp')), []);
  });

  it('sets up the git merge driver in the repository: .gitattributes and git config', async () => {
    await claimLens();
    const root = workspaceRoot().fsPath;
    if (!fs.existsSync(`${root}/.git`)) execFileSync('git', ['init', '-q'], { cwd: root });
    await vscode.commands.executeCommand('claimLens.setUpGitMergeDriver', workspaceRoot());
    assert.match(fs.readFileSync(`${root}/.gitattributes`, 'utf8'), /^\*\.claims\.json merge=claimlens$/m);
    const driver = execFileSync('git', ['config', '--get', 'merge.claimlens.driver'], { cwd: root, encoding: 'utf8' });
    assert.match(driver, /dist\/cli\.js" merge-driver %O %A %B\n$/);
    await vscode.commands.executeCommand('claimLens.setUpGitMergeDriver', workspaceRoot());
    assert.equal(fs.readFileSync(`${root}/.gitattributes`, 'utf8').split('merge=claimlens').length, 2, 'the line is added once');
  });
});
