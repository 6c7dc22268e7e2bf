// The scaling curve of `dyad code --jobs N`: articles/s coding the same articles (with places) on 1, 2, … worker threads, and each rate's ratio to one worker's.
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/document/types.js';
import { codeInParallel } from '../src/pipeline/parallel.js';

export interface ScalingPoint {
  jobs: number;
  /** Articles/s from the first article coded to the last: the workers' start-up (loading dictionaries and gazetteer) left out. */
  rate: number;
  /** Seconds from the pool's start to the last article. */
  wall: number;
  events: number;
  /** CPU seconds of this process (every thread) over the run, start-up included. */
  cpu: number;
}

async function* each(articles: Article[]): AsyncGenerator<Article> {
  yield* articles;
}

/** One run of `codeInParallel` with `jobs` workers over the articles, as `dyad code --jobs N` runs it. */
export async function scalingPoint(articles: Article[], jobs: number): Promise<ScalingPoint> {
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  let first = 0;
  let done = 0;
  let events = 0;
  for await (const { result } of codeInParallel(each(articles), { jobs, knowledge: {}, places: true })) {
    if (done === 0) first = performance.now();
    done++;
    if ('events' in result) events += result.events.length;
  }
  const end = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  return { jobs, rate: (done - 1) / Math.max(1e-3, (end - first) / 1000), wall: (end - start) / 1000, events, cpu: (cpu.user + cpu.system) / 1e6 };
}

/**
 * The curve for 1, 2, … up to the machine's cores, as lines to print. The machine's speed drifts during a run (other
 * work shares its cores), so the corpus is coded in `rounds` slices, each slice by every worker count in turn, in
 * ascending then descending order round after round, and each count's rate is its articles over its summed time.
 */
export async function benchScaling(articles: Article[], maxJobs: number = availableParallelism(), rounds = 4): Promise<string[]> {
  const before = loadavg()[0]!;
  const counts = Array.from({ length: Math.max(1, maxJobs) }, (_, k) => k + 1);
  const totals = new Map<number, { articles: number; seconds: number; wall: number; events: number; cpu: number }>(counts.map((j) => [j, { articles: 0, seconds: 0, wall: 0, events: 0, cpu: 0 }]));
  const size = Math.ceil(articles.length / rounds);
  for (let r = 0; r < rounds; r++) {
    const slice = articles.slice(r * size, (r + 1) * size);
    if (slice.length < 2) continue;
    for (const jobs of r % 2 === 0 ? counts : [...counts].reverse()) {
      const p = await scalingPoint(slice, jobs);
      const t = totals.get(jobs)!;
      t.articles += slice.length - 1;
      t.seconds += (slice.length - 1) / p.rate;
      t.wall += p.wall;
      t.events += p.events;
      t.cpu += p.cpu;
    }
  }
  const rate = (jobs: number) => totals.get(jobs)!.articles / totals.get(jobs)!.seconds;
  const one = totals.get(1)!;
  const lines = [`scaling           dyad code --jobs N, with places, ${articles.length} articles in ${rounds} slices, each coded by every N in turn (load average ${before.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, ${availableParallelism()} cores)`];
  for (const jobs of counts) {
    const t = totals.get(jobs)!;
    const same = t.events === one.events ? '' : `  EVENTS DIFFER: ${t.events} vs ${one.events}`;
    lines.push(`  --jobs ${String(jobs).padEnd(3)}       ${rate(jobs).toFixed(0).padStart(5)} articles/s  ratio ${(rate(jobs) / rate(1)).toFixed(2)}  (${t.wall.toFixed(1)} s with start-ups, ${((t.cpu / (t.articles + rounds)) * 1000).toFixed(2)} CPU ms per article)${same}`);
  }
  return lines;
}
