// The confidence model: logistic regression weights over event features, read from data/models/ (trained by `npm run train`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../../paths.js';

export const MODEL_FILE = join(dataDir, 'models', 'event-confidence.json');

export const ConfidenceModelSchema = z.object({
  /** What the model is and how it was made: data, iterations, figures. */
  description: z.string(),
  trained_on: z.array(z.string()),
  /** Events below this confidence are not printed or stored unless the user asks (--min-confidence). */
  threshold: z.number().min(0).max(1),
  weights: z.record(z.string(), z.number()),
});

export type ConfidenceModel = z.infer<typeof ConfidenceModelSchema>;

let loaded: ConfidenceModel | null | undefined;

/** The bundled model, or null when there is none (a fresh clone before `npm run train`: every event then has confidence 1). */
export function confidenceModel(): ConfidenceModel | null {
  if (loaded === undefined) loaded = existsSync(MODEL_FILE) ? ConfidenceModelSchema.parse(JSON.parse(readFileSync(MODEL_FILE, 'utf8'))) : null;
  return loaded;
}

/** The probability that an event with these features is right: the logistic of the summed weights. */
export function probability(weights: Readonly<Record<string, number>>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
