// Prints an EvalReport: the records with misses, the per-root table, and the summary figures last (or all of it as JSON).
import type { EvalReport, GoldEvent, PredictedEvent, Scores, Share } from './score.js';

function fixed(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(3);
}

function share(s: Share): string {
  return `${fixed(s.value)} (${s.correct} of ${s.total})`;
}

function quoted(phrases: string[]): string {
  return phrases.map((p) => JSON.stringify(p)).join('|');
}

/** How the gold event judges an actor: its code prefix, else its phrases, else `*` (not judged). */
function goldActor(code: string | null | undefined, phrases: string[] | undefined): string {
  if (code === null) return 'none';
  if (code !== undefined) return code;
  return phrases && phrases.length > 0 ? quoted(phrases) : '*';
}

function goldLine(e: GoldEvent): string {
  return `${e.cameo.padEnd(4)}  ${goldActor(e.source, e.source_text)} → ${goldActor(e.target, e.target_text)}`;
}

function predictedLine(e: PredictedEvent): string {
  const actor = (a: { code: string; text: string } | null): string => (a ? `${a.code} ${JSON.stringify(a.text)}` : 'none');
  return `${e.cameo.padEnd(4)}  ${actor(e.source)} → ${actor(e.target)}`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
}

/**
 * Text for people, or JSON. In text, the summary figures are the last four lines, because hooks and CI read
 * `tail -4`; the misses and the per-root table, which can be long, come first.
 */
export interface ThresholdScores extends Scores {
  threshold: number;
}

export function formatEvalReport(report: EvalReport, options: { json: boolean; threshold?: number; alternatives?: ThresholdScores[] }): string {
  if (options.json) return JSON.stringify(options.threshold === undefined ? report : { ...report, threshold: options.threshold, alternatives: options.alternatives ?? [] }, null, 2) + '\n';
  const out: string[] = [];

  out.push(`Records with misses: ${report.misses.length} of ${report.records}`);
  for (const r of report.misses) {
    out.push('', `${r.id}  ${r.text}`);
    for (const g of r.missed) out.push(`  missed    ${goldLine(g)}`);
    for (const p of r.spurious) out.push(`  spurious  ${predictedLine(p)}`);
  }

  out.push('', 'Per root code:');
  const rows = [['root', 'support', 'predicted', 'matched', 'precision', 'recall']];
  for (const r of report.perRoot) rows.push([r.root, String(r.support), String(r.predicted), String(r.matched), fixed(r.precision), fixed(r.recall)]);
  out.push(...table(rows));

  if (report.confusion.length > 0) {
    out.push('', 'Roots confused (gold → predicted, - for none), most frequent first:');
    out.push(report.confusion.slice(0, 24).map((c) => `${c.gold}→${c.predicted} ${c.count}`).join('  '));
  }

  if (report.perKind.length > 0) {
    out.push('', 'Per kind of text:');
    const kinds = [['kind', 'records', 'precision', 'recall', 'F1', 'type F1']];
    for (const k of report.perKind) kinds.push([k.kind, String(k.records), fixed(k.precision), fixed(k.recall), fixed(k.f1), fixed(k.type.f1)]);
    out.push(...table(kinds));
  }

  if (options.alternatives?.length) {
    out.push('', `Events at least this confident (scored above at ${options.threshold}):`);
    for (const a of options.alternatives) out.push(`  ${a.threshold.toFixed(2)}: precision ${fixed(a.precision)}  recall ${fixed(a.recall)}  F1 ${fixed(a.f1)}`);
  }

  out.push(
    '',
    `date accuracy ${share(report.dateAccuracy)}  location accuracy ${share(report.locationAccuracy)}`,
    `events: ${report.goldEvents} gold, ${report.predictedEvents} predicted, ${report.matched} matched, in ${report.records} records`,
    `precision ${fixed(report.precision)}  recall ${fixed(report.recall)}  F1 ${fixed(report.f1)}`,
    `type F1 ${fixed(report.type.f1)}  (precision ${fixed(report.type.precision)}  recall ${fixed(report.type.recall)})`,
    `code accuracy ${share(report.codeAccuracy)}`,
  );
  return out.join('\n') + '\n';
}
