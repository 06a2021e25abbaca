import * as assert from 'node:assert/strict';
import { WriteQueue } from '../../../src/extension/claims/store/writeQueue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('WriteQueue', () => {
  it('runs one write at a time per article, in the order asked, and a failure does not stop the next', async () => {
    const queue = new WriteQueue();
    const log: string[] = [];
    const write = (name: string, fail = false) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
    };
    const first = queue.run('a', write('a1', true));
    const second = queue.run('a', write('a2'));
    const other = queue.run('b', write('b1'));
    await assert.rejects(first, /a1/);
    await Promise.all([second, other]);
    assert.deepEqual(log.filter((entry) => entry.endsWith('a1') || entry.endsWith('a2')), ['start a1', 'end a1', 'start a2', 'end a2']);
    assert.ok(log.indexOf('start b1') < log.indexOf('end a1'), 'another article is not kept waiting');
    assert.equal(queue.isBusy('a'), false);
  });

  it('flush waits for held writes and for those queued while flushing', async () => {
    const queue = new WriteQueue();
    const release = queue.hold();
    const done: string[] = [];
    void queue.run('a', async () => {
      done.push('a');
      void queue.run('b', async () => {
        done.push('b');
      });
    });
    let flushed = false;
    const flushing = queue.flush().then(() => {
      flushed = true;
    });
    await tick();
    assert.equal(flushed, false, 'a held write keeps flush waiting');
    assert.deepEqual(done, []);
    release();
    await flushing;
    assert.deepEqual(done, ['a', 'b']);
  });
});
