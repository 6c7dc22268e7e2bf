// How long one query takes, as the store benchmarks report it: p50 and p95 of repeated runs after one warm-up run.
import { performance } from 'node:perf_hooks';

/** The value at percentile `p` of times sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `run` once to warm caches, then `repeats` times, and gives the median and 95th percentile in ms. */
export async function queryTimes(run: () => Promise<unknown>, repeats: number): Promise<{ p50: number; p95: number }> {
  await run();
  const times: number[] = [];
  for (let k = 0; k < repeats; k++) {
    const s = performance.now();
    await run();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
