import * as assert from 'node:assert/strict';
import { parseIdentities, serializeIdentities } from '../../../src/core/identity/parse';
import { assignSide, keepDistinct, mergeClaimants, mergeReason, proposeMerges, resolveClaimant, sideOf } from '../../../src/core/identity/resolve';
import { EMPTY_IDENTITIES, type Identities } from '../../../src/core/identity/schema';
import { inferSides, sideOfGroup } from '../../../src/core/identity/sides';
import { problemText } from '../../../src/core/validation/problemMessage';
import { translated } from '../translated';

const FILE = `{
  // comments are allowed
  "$schema": "claimlens:/schemas/identities-1.json",
  "claimants": [
    { "name": "Fahim Dashti", "aliases": ["Dashti", "Fahim Dasti"], "side": "National Resistance Front", "kind": "person" },
    { "name": "Taliban spokesman", "kind": "role", "side": "Taliban" }
  ],
  "sides": [
    { "name": "Taliban", "members": ["Islamic Emirate", "Zabihullah Mujahid"] },
    { "name": "National Resistance Front", "members": ["NRF"] }
  ],
  "distinct": [["Ali Nazary", "Ali Maisam Nazary"]]
}`;

describe('identities file', () => {
  it('reads claimants, sides and rejected merges', () => {
    const { identities, problems } = parseIdentities(FILE);
    assert.deepEqual(problems, []);
    assert.equal(identities.claimants.length, 2);
    assert.deepEqual(identities.sides.map((side) => side.name), ['Taliban', 'National Resistance Front']);
    assert.deepEqual(identities.distinct, [['Ali Nazary', 'Ali Maisam Nazary']]);
  });

  it('keeps the valid entries of a broken file and says where the others are', () => {
    const text = '{ "claimants": [ { "name": "" }, { "name": "Ok" }, { "name": "X", "kind": "robot" } ], "colour": 1, "sides": {} }';
    const { identities, problems } = parseIdentities(text);
    assert.deepEqual(identities.claimants, [{ name: 'Ok' }]);
    assert.equal(problems.length, 4);
    for (const problem of problems) assert.ok(problem.end > problem.start && problem.end <= text.length, problemText(problem.message));
  });

  it('never throws, whatever the text', () => {
    const inputs = ['', 'null', '[]', '{', '{"claimants": [', '"x"', '{"__proto__": {"claimants": 1}}', '{"distinct": [["a"]]}', '\uFEFF{}', '{'.repeat(5000)];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 300; round++) {
      const chars = [...FILE];
      for (let change = 0; change < 3; change++) chars[Math.floor(random() * chars.length)] = String.fromCharCode(32 + Math.floor(random() * 95));
      inputs.push(chars.join(''), FILE.slice(0, Math.floor(random() * FILE.length)));
    }
    for (const input of inputs) assert.doesNotThrow(() => parseIdentities(input));
  });

  it('round-trips through its stable serialization', () => {
    const { identities } = parseIdentities(FILE);
    const text = serializeIdentities(identities);
    assert.deepEqual(parseIdentities(text), { identities, problems: [] });
    assert.ok(text.endsWith('}\n'));
  });
});

describe('resolving claimants', () => {
  const { identities } = parseIdentities(FILE);

  it('files every spelling under one key, label and side', () => {
    for (const name of ['Dashti', 'Fahim Dasti', 'fahim dashti']) {
      assert.deepEqual(resolveClaimant(identities, { name }), { key: 'fahim dashti', label: 'Fahim Dashti', side: 'National Resistance Front' });
    }
  });

  it('falls back on the claimant\'s own side or its affiliation\'s', () => {
    assert.deepEqual(resolveClaimant(identities, { name: 'Ahmad Massoud', affiliation: 'NRF' }), {
      key: 'ahmad massoud', label: 'Ahmad Massoud', side: 'National Resistance Front',
    });
    assert.equal(resolveClaimant(identities, { name: 'Zabihullah Mujahid' }).side, 'Taliban');
    assert.equal(resolveClaimant(EMPTY_IDENTITIES, { name: 'X', side: 'Y' }).side, 'Y');
    assert.equal(resolveClaimant(EMPTY_IDENTITIES, { name: 'Residents' }).side, undefined);
  });

  it('finds sides by name, member, claimant or acronym', () => {
    assert.equal(sideOf(identities, 'Islamic Emirate'), 'Taliban');
    assert.equal(sideOf(identities, 'Dashti'), 'National Resistance Front');
    assert.equal(sideOf({ ...identities, sides: [{ name: 'Rapid Support Forces' }] }, 'RSF'), 'Rapid Support Forces');
    assert.equal(sideOf(identities, 'United Nations'), undefined);
  });
});

describe('proposing merges', () => {
  it('proposes spellings, surnames and acronyms, the fuller name kept', () => {
    const proposals = proposeMerges(['Dashti', 'Fahim Dashti', 'Fahim Dashty', 'Fahim Dasti', 'NRF', 'National Resistance Front', 'Zabihullah Mujahid']);
    const pairs = proposals.map((proposal) => `${proposal.names[0]} ← ${proposal.names[1]} (${proposal.relation})`).sort();
    assert.deepEqual(pairs, [
      'Fahim Dashti ← Dashti (surname)',
      'Fahim Dashti ← Fahim Dashty (spelling)',
      'Fahim Dashti ← Fahim Dasti (spelling)',
      'Fahim Dashty ← Dashti (surname)',
      'Fahim Dashty ← Fahim Dasti (spelling)',
      'Fahim Dasti ← Dashti (surname)',
      'National Resistance Front ← NRF (acronym)',
    ].sort());
    assert.ok(proposals.every((proposal) => mergeReason(proposal).includes(proposal.names[1])));
  });

  it('says why it proposes a merge in the language loaded', () => {
    const [proposal] = proposeMerges(['Bilal Karimi', 'Karimi']);
    assert.equal(mergeReason(proposal), '"Karimi" may be the surname of "Bilal Karimi"');
    const french = { '"{0}" may be the surname of "{1}"': '« {0} » est peut-être le nom de famille de « {1} »' };
    assert.equal(translated(french, () => mergeReason(proposal)), '« Karimi » est peut-être le nom de famille de « Bilal Karimi »');
  });

  it('leaves out a surname shared by two people, merged names and rejected pairs', () => {
    assert.deepEqual(proposeMerges(['Karimi', 'Bilal Karimi', 'Hamid Karimi']).filter((proposal) => proposal.relation === 'surname'), []);
    const { identities } = parseIdentities(FILE);
    assert.deepEqual(proposeMerges(['Dashti', 'Fahim Dasti', 'Fahim Dashti'], identities), []);
    const twoPeople = keepDistinct(EMPTY_IDENTITIES, 'Ali Nazari', 'Ali Nazary');
    assert.deepEqual(proposeMerges(['Nazary', 'Ali Nazary', 'Ali Nazari'], twoPeople), [], 'two people: neither the pair nor the surname');
  });

  it('merges into one identity, absorbing identities the aliases had', () => {
    const start: Identities = { claimants: [{ name: 'Fahim Dasti', side: 'NRF' }], sides: [], distinct: [['Fahim Dashti', 'Dashti']] };
    const merged = mergeClaimants(start, 'Fahim Dashti', ['Fahim Dasti', 'Dashti']);
    assert.deepEqual(merged.claimants, [{ name: 'Fahim Dashti', aliases: ['Fahim Dasti', 'Dashti'], side: 'NRF' }]);
    assert.deepEqual(merged.distinct, []);
  });

  it('puts a member in one side only', () => {
    const once = assignSide(EMPTY_IDENTITIES, 'Zabihullah Mujahid', 'Taliban');
    const moved = assignSide(once, 'Zabihullah Mujahid', 'Islamic Emirate');
    assert.deepEqual(moved.sides, [{ name: 'Taliban', members: [] }, { name: 'Islamic Emirate', members: ['Zabihullah Mujahid'] }]);
  });
});

describe('sides', () => {
  it('are inferred from affiliations, acronyms joined under the full name, each claimant in one side', () => {
    const sides = inferSides([
      { name: 'Fahim Dashti', affiliation: 'NRF' },
      { name: 'Ali Nazary', affiliation: 'National Resistance Front' },
      { name: 'Zabihullah Mujahid', affiliation: 'Taliban' },
      { name: 'Zabihullah Mujahid', affiliation: 'Taliban' },
      { name: 'Zabihullah Mujahid', affiliation: 'Islamic Emirate' },
      { name: 'UN refugee agency', affiliation: 'United Nations' },
      { name: 'Residents' },
    ]);
    assert.deepEqual(sides, [
      { name: 'National Resistance Front', members: ['NRF', 'Fahim Dashti', 'Ali Nazary'] },
      { name: 'Taliban', members: ['Zabihullah Mujahid'] },
      { name: 'Islamic Emirate', members: [] },
    ]);
  });

  it('keep the analyst\'s sides and names', () => {
    const analyst: Identities = { claimants: [], sides: [{ name: 'Taliban', members: ['Islamic Emirate'] }], distinct: [] };
    const sides = inferSides([{ name: 'Zabihullah Mujahid', affiliation: 'Islamic Emirate' }], analyst);
    assert.deepEqual(sides, [{ name: 'Taliban', members: ['Islamic Emirate', 'Zabihullah Mujahid'] }]);
  });

  it('resolve a side\'s words for its enemy to the other side', () => {
    const identities: Identities = { claimants: [], sides: [{ name: 'Taliban', members: ['Islamic Emirate'] }, { name: 'National Resistance Front', members: ['NRF'] }], distinct: [] };
    const sides = ['Taliban', 'National Resistance Front'];
    assert.equal(sideOfGroup('the enemy', 'Taliban', sides, identities), 'National Resistance Front');
    assert.equal(sideOfGroup('insurgents', 'Taliban', sides, identities), 'National Resistance Front');
    assert.equal(sideOfGroup('militia', 'Taliban', sides, identities), 'National Resistance Front');
    assert.equal(sideOfGroup('the resistance', 'Taliban', sides, identities), 'National Resistance Front');
    assert.equal(sideOfGroup('resistance fighters', 'National Resistance Front', sides, identities), 'National Resistance Front');
    assert.equal(sideOfGroup('our fighters', 'Taliban', sides, identities), 'Taliban');
    assert.equal(sideOfGroup('Islamic Emirate soldiers', 'National Resistance Front', sides, identities), 'Taliban');
    assert.equal(sideOfGroup('rebels', 'Taliban', [...sides, 'Pakistan'], identities), undefined, 'three sides: no guess');
    assert.equal(sideOfGroup('civilians', 'Taliban', sides, identities), undefined);
  });
});
