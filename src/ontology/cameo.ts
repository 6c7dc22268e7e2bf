// The CAMEO event ontology at run time: labels, QuadClass, Goldstein and PLOVER type of each code, from data/ontology/cameo.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../paths.js';

export type QuadClass = 1 | 2 | 3 | 4;

/**
 * The standard ICEWS/GDELT QuadClass of a CAMEO root: 01–05 verbal cooperation, 06–08 material cooperation,
 * 09–13 verbal conflict, 14–20 material conflict. Null for anything that is not a root 01–20.
 */
export function quadClassOfRoot(root: string): QuadClass | null {
  if (!/^\d{2}$/.test(root)) return null;
  const n = Number(root);
  if (n >= 1 && n <= 5) return 1;
  if (n >= 6 && n <= 8) return 2;
  if (n >= 9 && n <= 13) return 3;
  if (n >= 14 && n <= 20) return 4;
  return null;
}

const CameoEntry = z
  .object({
    code: z.string().regex(/^\d{2,4}$/),
    root: z.string().regex(/^\d{2}$/),
    name: z.string().min(1),
    goldstein: z.number().min(-10).max(10),
    quad_class: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    description: z.string().nullable(),
    usage_notes: z.string().nullable(),
    plover: z.string().regex(/^[A-Z]+$/),
    plover_mode: z.string().min(1).nullable(),
    plover_context: z.array(z.string().min(1)),
    plover_note: z.string().min(1).nullable(),
    origin: z.enum(['icews', 'cameo-1.1b3']),
    note: z.string().min(1).nullable(),
  })
  .superRefine((e, ctx) => {
    if (!e.code.startsWith(e.root)) ctx.addIssue({ code: 'custom', message: `${e.code}: root ${e.root} is not its first two digits` });
    if (quadClassOfRoot(e.root) !== e.quad_class)
      ctx.addIssue({ code: 'custom', message: `${e.code}: quad_class ${e.quad_class} contradicts root ${e.root}` });
  });
export type CameoEntry = z.infer<typeof CameoEntry>;

const CameoFile = z.object({ codes: z.array(CameoEntry).min(1) });

/** What the rest of dyad needs to know about one event code. */
export interface CameoInfo {
  /** The code asked about, kept even when the facts come from its parent. */
  code: string;
  /** The ontology entry the facts come from: `code` itself, or its 3-digit parent for an unlisted 4-digit code. */
  entry: string;
  label: string;
  root: string;
  quadClass: QuadClass;
  goldstein: number;
  /** PLOVER event type; "NONE" for the CAMEO statements PLOVER has no type for (see docs/ontology.md). */
  plover: string;
  ploverMode: string | null;
  ploverContext: readonly string[];
}

const ontologyPath = join(dataDir, 'ontology', 'cameo.json');
let table: ReadonlyMap<string, CameoEntry> | null = null;

/** Every entry by code, read and validated on first use; later calls return the same map. */
export function loadCameoOntology(): ReadonlyMap<string, CameoEntry> {
  if (table) return table;
  const parsed = CameoFile.safeParse(JSON.parse(readFileSync(ontologyPath, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${ontologyPath} is invalid (${issues.join('; ')}); rebuild it with: npx tsc && node dist/scripts/build-ontology.js`);
  }
  const byCode = new Map<string, CameoEntry>();
  for (const e of parsed.data.codes) {
    if (byCode.has(e.code)) throw new Error(`${ontologyPath}: code ${e.code} is listed twice`);
    byCode.set(e.code, e);
  }
  table = byCode;
  return table;
}

/** True only for codes the ontology lists (the 4-digit fallback of `describeCameo` does not count). */
export function isCameoCode(code: string): boolean {
  return loadCameoOntology().has(code);
}

/**
 * The facts about a CAMEO event code, or null when the ontology does not know it (e.g. PETRARCH's validation
 * codes "902", "174L"); callers decide what an unknown code means. A 4-digit code missing from the ontology
 * whose 3-digit parent is listed gets the parent's facts, because dictionaries refine codes more finely than
 * the published tables and the parent is still a correct, if coarser, description.
 */
export function describeCameo(code: string): CameoInfo | null {
  const codes = loadCameoOntology();
  let e = codes.get(code);
  if (!e && /^\d{4}$/.test(code)) e = codes.get(code.slice(0, 3));
  if (!e) return null;
  return {
    code,
    entry: e.code,
    label: e.name,
    root: e.root,
    quadClass: e.quad_class,
    goldstein: e.goldstein,
    plover: e.plover,
    ploverMode: e.plover_mode,
    ploverContext: e.plover_context,
  };
}
