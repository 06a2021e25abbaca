/**
 * One write at a time per article, in the order asked; `flush` waits for every write asked so far, and
 * for those they queue in turn, so deactivation can wait for the last one.
 */
export class WriteQueue {
  /** Per article, the last write asked, settled: it never rejects, so a failure does not stop the next write. */
  private readonly tails = new Map<string, Promise<void>>();

  private gate: Promise<void> = Promise.resolve();

  /** Runs `write` after the article's earlier writes; the returned promise fails when `write` does. */
  run(key: string, write: () => Promise<void>): Promise<void> {
    const gate = this.gate;
    const next = (this.tails.get(key) ?? Promise.resolve()).then(() => gate).then(write);
    const tail: Promise<void> = next.then(settled, settled).then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    this.tails.set(key, tail);
    return next;
  }

  /** Writes asked for from now on wait until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const held = this.gate;
    return () => {
      release();
      if (this.gate === held) this.gate = Promise.resolve();
    };
  }

  isBusy(key: string): boolean {
    return this.tails.has(key);
  }

  async flush(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}

function settled(): void {
  // The write's own outcome is reported by the write; the queue only waits for it to end.
}
