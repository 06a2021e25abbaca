// Timing shared by the benches (all.mjs runs only the files directly in scripts/bench/, not this folder).
import { performance } from 'node:perf_hooks';

/**
 * Medians over `runs` of wall-clock and CPU time (all threads of this process, so the garbage collector's
 * helpers count): on a shared machine the CPU figure says what the code costs, the wall figure what a user
 * would wait. `run` gets the round's number; the last round's result is returned with the figures.
 */
export function measure(run, runs) {
  const wall = [];
  const cpu = [];
  let result;
  for (let round = 0; round < runs; round++) {
    const startedCpu = process.cpuUsage();
    const started = performance.now();
    result = run(round);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(startedCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (times) => times.sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { wall: median(wall), cpu: median(cpu), result };
}

/** One line: the label, both medians and the target when there is one. */
export function report(label, { wall, cpu }, target, { labelWidth = 60, digits = 1 } = {}) {
  const width = digits + 6;
  const figures = `${wall.toFixed(digits).padStart(width)} ms wall ${cpu.toFixed(digits).padStart(width)} ms CPU`;
  console.log(`${label.padEnd(labelWidth)} ${figures}${target ? `   (target ≤ ${target} ms)` : ''}`);
}
