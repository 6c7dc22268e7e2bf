// The confidence stage: each event gets the probability, by the trained model, that a careful coder would code it so.
import type { Doc } from '../../document/types.js';
import { eventFeatures } from './features.js';
import { confidenceModel, probability, type ConfidenceModel } from './model.js';

export function scoreConfidence(doc: Doc, model: ConfidenceModel | null = confidenceModel()): Doc {
  if (!model) return { ...doc, events: doc.events.map((e) => ({ ...e, confidence: 1 })) };
  return { ...doc, events: doc.events.map((e) => ({ ...e, confidence: Math.round(probability(model.weights, eventFeatures(doc, e)) * 1000) / 1000 })) };
}
