// What a store's recorded runs say about its events: the confidence below which events were left out and the dyad
// versions that coded them; and the recording itself, once per run, before its first write.
import { VERSION } from '../version.js';
import type { EventStore, IngestRun } from './model.js';

export interface IngestSummary {
  runs: number;
  /**
   * The lowest threshold any run kept events at: every stored event was rated at least this (0: some run kept all);
   * null when no run was recorded (a database written by a dyad older than the record), so nothing is known.
   */
  min_confidence: number | null;
  /** The versions of dyad that wrote events, in the order they first did. */
  dyad_versions: string[];
  /** The most recent run, or null. */
  last: IngestRun | null;
}

export function summariseRuns(runs: readonly IngestRun[]): IngestSummary {
  return {
    runs: runs.length,
    min_confidence: runs.length === 0 ? null : Math.min(...runs.map((r) => r.min_confidence)),
    dyad_versions: [...new Set(runs.map((r) => r.dyad_version))],
    last: runs.at(-1) ?? null,
  };
}

/** "events kept at confidence 0.11 or above, coded by dyad 0.1.0", or what is not known. */
export function describeRuns(summary: IngestSummary): string {
  if (summary.min_confidence === null) return 'no record of the confidence its events were kept at (written by an older dyad)';
  const kept = summary.min_confidence > 0 ? `events kept at confidence ${summary.min_confidence} or above` : 'every event kept, whatever its confidence';
  return `${kept}, coded by dyad ${summary.dyad_versions.join(', ')}`;
}

/**
 * A function to await before each write of a run: the first call records the run (this dyad's version, the
 * threshold), so a store never holds events of a run it has no record of.
 */
export function runRecorder(store: EventStore, command: IngestRun['command'], minConfidence: number): () => Promise<void> {
  let recorded: Promise<void> | null = null;
  // A failed record (the database busy) is tried again before the next write, as that write will be.
  return () => (recorded ??= store.recordIngestRun({ at: new Date().toISOString(), command, dyad_version: VERSION, min_confidence: minConfidence }).catch((e: unknown) => {
    recorded = null;
    throw e;
  }));
}
