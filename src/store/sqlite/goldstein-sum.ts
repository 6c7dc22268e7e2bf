// Sums of Goldstein scores kept exactly in integers (tenths, and the binary values' distance from them), so that a mean from a summary table is the very double SQLite's avg() gives over the events.

/**
 * Goldstein scores have one decimal, and their doubles are multiples of 2^-64 (every score of at least 2^-11 in size
 * is): tenths and this scaled error together say exactly which double each score was.
 */
const SCALE = 2n ** 64n;

/** A score as whole tenths and the exact error of its double against them, in units of 2^-64 / 10. */
export function goldsteinParts(score: number): { tenths: number; error: number } {
  const tenths = Math.round(score * 10);
  const scaled = score * 2 ** 64;
  if (!Number.isInteger(scaled)) throw new Error(`Goldstein score ${score} is not a multiple of 2^-64: not a score of one decimal`);
  return { tenths, error: Number(10n * BigInt(scaled) - BigInt(tenths) * SCALE) };
}

const view = new DataView(new ArrayBuffer(8));

/** The next double up (direction 1) or down (-1). */
function nextDouble(x: number, direction: 1 | -1): number {
  if (x === 0) return direction * Number.MIN_VALUE;
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, bits + (x > 0 === (direction > 0) ? 1n : -1n));
  return view.getFloat64(0);
}

/**
 * The sum of the doubles of scores whose tenths and errors sum as given, rounded once to the nearest double: what
 * SQLite's sum() arrives at with its compensated (Kahan-Babuska-Neumaier) summation.
 */
export function exactScoreSum(tenths: number, error: number): number {
  const numerator = BigInt(tenths) * SCALE + BigInt(error);
  const denominator = 10n * SCALE;
  // Distance of a double from the sum, scaled to integers: doubles near sums of scores are multiples of 2^-100.
  const distance = (x: number): bigint | null => {
    const scaled = x * 2 ** 100;
    if (!Number.isInteger(scaled)) return null;
    const d = BigInt(scaled) * denominator - numerator * 2n ** 100n;
    return d < 0n ? -d : d;
  };
  let best = tenths / 10 + error / 10 / 2 ** 64;
  let bestDistance = distance(best);
  if (bestDistance === null) return best;
  for (const direction of [1, -1] as const) {
    for (;;) {
      const next = nextDouble(best, direction);
      const d = distance(next);
      if (d === null || d >= bestDistance!) break;
      best = next;
      bestDistance = d;
    }
  }
  // Halfway between two doubles, the sum's last addition rounds to the even one, as IEEE 754 does.
  for (const direction of [1, -1] as const) {
    const next = nextDouble(best, direction);
    if (distance(next) === bestDistance && isOdd(best)) return next;
  }
  return best;
}

function isOdd(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getBigInt64(0) & 1n) === 1n;
}
