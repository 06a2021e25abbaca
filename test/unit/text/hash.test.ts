import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../../src/core/text/hash';

describe('sha256Hex', () => {
  it('hashes the empty text to the well-known digest', async () => {
    assert.equal(await sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes the UTF-8 bytes, as a file on disk would be hashed', async () => {
    const text = 'Qal‘a-ye Naw 🚩 — CRLF\r\n';
    assert.equal(await sha256Hex(text), createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
  });
});
