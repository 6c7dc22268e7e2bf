// Builds data/ontology/cameo.json from the CAMEO code table and the CAMEO→PLOVER table in ../shared/ontology; re-run with `npx tsc && node dist/scripts/build-ontology.js`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { projectRoot, dataDir } from '../src/paths.js';
import { quadClassOfRoot, type CameoEntry } from '../src/ontology/cameo.js';

const sharedOntology = resolve(projectRoot, '..', 'shared', 'ontology');
const codesCsv = join(sharedOntology, 'cameo-codes.csv');
const ploverTxt = join(sharedOntology, 'cameo2plover-2021.txt');
const outFile = join(dataDir, 'ontology', 'cameo.json');

interface PloverMapping {
  plover: string;
  mode: string | null;
  context: string[];
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f !== ''));
}

/**
 * `CODE: TYPE, mode, context # comment`; root headers are `NN: TYPE`. A code may appear twice (175 does, with the
 * same mapping; 08 does, as CONCEDE and as RETREAT), so every mapping of a code is kept for the caller to resolve.
 */
function parsePloverTable(text: string): Map<string, PloverMapping[]> {
  const table = new Map<string, PloverMapping[]>();
  for (const [n, raw] of text.split(/\r?\n/).entries()) {
    const m = /^(\d{2,4}):(.*)$/.exec(raw.split('#')[0]!.trim());
    if (!m) continue;
    const [type = '', mode = '', context = ''] = m[2]!.split(',').map((s) => s.trim());
    if (!/^[A-Z]+$/.test(type)) throw new Error(`${ploverTxt}:${n + 1}: no PLOVER type in "${raw}"`);
    const mapping: PloverMapping = {
      plover: type,
      mode: mode === '' ? null : mode,
      context: context.split(';').map((s) => s.trim()).filter((s) => s !== ''),
    };
    const known = table.get(m[1]!) ?? [];
    if (!known.some((k) => JSON.stringify(k) === JSON.stringify(mapping))) known.push(mapping);
    table.set(m[1]!, known);
  }
  return table;
}

/**
 * CAMEO 1.1b3 codes the ICEWS table lacks but dyad's inputs use: the Phoenix verb dictionary codes 176, and the
 * CAMEO-manual gold file uses all but 1951. Names are the CAMEO 1.1b3 labels; no Goldstein score was ever
 * published for them, so each takes its parent's (the root's for a 3-digit code).
 */
const SUPPLEMENT: Array<{ code: string; name: string }> = [
  { code: '155', name: 'Mobilize or increase cyber-forces' },
  { code: '176', name: 'Attack cybernetically' },
  { code: '1214', name: 'Reject intelligence cooperation' },
  { code: '1834', name: 'Carry out location bombing' },
  { code: '1951', name: 'Employ precision-guided aerial munitions' },
  { code: '1952', name: 'Employ remotely piloted aerial munitions' },
];

const STATEMENTS_DROPPED =
  'PLOVER drops CAMEO 01 (public statements) and has no type for it; dyad writes NONE rather than a type that would ' +
  'count comments as events of another kind.';

/** dyad's PLOVER choices for codes the 2021 table leaves open or maps twice; docs/ontology.md gives the reasons. */
const CHOICES: Record<string, PloverMapping & { note: string }> = {
  '01': { plover: 'NONE', mode: null, context: [], note: STATEMENTS_DROPPED },
  '015': {
    plover: 'AGREE',
    mode: null,
    context: [],
    note: 'PLOVER drops CAMEO 01; its manual names "015 Acknowledge or claim responsibility → AGREE" as an acceptable exception, which dyad takes.',
  },
  '016': {
    plover: 'REJECT',
    mode: null,
    context: [],
    note: 'PLOVER drops CAMEO 01; its manual names "016 Deny responsibility → REJECT" as an acceptable exception, which dyad takes.',
  },
  '02': {
    plover: 'REQUEST',
    mode: null,
    context: [],
    note: 'PLOVER drops CAMEO 02 (appeals); dyad maps appeals to REQUEST, the 2021 table\'s type for CAMEO 10, since an appeal is a softer request.',
  },
  '08': {
    plover: 'CONCEDE',
    mode: null,
    context: [],
    note: 'The PLOVER table splits CAMEO 08 into CONCEDE (081–083, verbal) and RETREAT (084–087, material); the root takes CONCEDE, the type of its residual code 080.',
  },
  '155': {
    plover: 'MOBILIZE',
    mode: 'weapons',
    context: ['cyber'],
    note: 'Not in the PLOVER table; the PLOVER manual\'s MOBILIZE mode "weapons" names the cyber context explicitly.',
  },
  '176': {
    plover: 'COERCE',
    mode: null,
    context: ['cyber'],
    note: 'Not in the PLOVER table; PLOVER maps CAMEO 17 to COERCE and has a cyber context, while ASSAULT requires potential physical harm.',
  },
  '1834': {
    plover: 'ASSAULT',
    mode: 'explosives',
    context: [],
    note: 'Not in the PLOVER table; a placed bomb takes the "explosives" mode of its siblings 1832 and 1833 rather than 183\'s "suicide-attack".',
  },
};

/** Appeals (02x) mirror demands (10x) code for code: 0253 "Appeal for release of persons" ↔ 1053 "Demand release of persons". */
function appealTwin(code: string): string | null {
  return /^02\d{1,2}$/.test(code) ? '10' + code.slice(2) : null;
}

function ploverFor(code: string, table: Map<string, PloverMapping[]>): PloverMapping & { note: string | null } {
  const chosen = CHOICES[code];
  if (chosen) return chosen;
  const rows = table.get(code);
  if (rows && rows.length > 1) throw new Error(`${ploverTxt}: ${code} is mapped ${rows.length} ways; add a choice for it to CHOICES`);
  if (rows) return { ...rows[0]!, note: null };
  if (code.startsWith('01')) return { plover: 'NONE', mode: null, context: [], note: STATEMENTS_DROPPED };
  const twin = appealTwin(code);
  if (twin) {
    const t = ploverFor(twin, table);
    return {
      plover: 'REQUEST',
      mode: t.mode,
      context: t.context,
      note: `PLOVER drops CAMEO 02 (appeals); dyad maps an appeal to REQUEST with the mode and context of its CAMEO 10 twin ${twin}.`,
    };
  }
  const parent = code.length === 4 ? code.slice(0, 3) : code.length === 3 ? code.slice(0, 2) : null;
  if (parent && table.has(parent)) return { ...ploverFor(parent, table), note: `Not in the PLOVER table; takes the mapping of its parent ${parent}.` };
  throw new Error(`no PLOVER mapping for CAMEO ${code}: add one to CHOICES in scripts/build-ontology.ts`);
}

function main(): void {
  const [header, ...rows] = parseCsv(readFileSync(codesCsv, 'utf8'));
  const want = ['code', 'root_code', 'name', 'goldstein', 'description', 'usage_notes'];
  if (header?.join(',') !== want.join(',')) throw new Error(`${codesCsv}: expected columns ${want.join(',')}, got ${header?.join(',')}`);
  const table = parsePloverTable(readFileSync(ploverTxt, 'utf8'));

  const csv = new Map<string, { name: string; goldstein: number; description: string | null; usage_notes: string | null }>();
  for (const [i, r] of rows.entries()) {
    const [code = '', root = '', name = '', goldstein = '', description = '', usage = ''] = r;
    const score = Number(goldstein);
    if (!/^\d{2,4}$/.test(code) || root !== code.slice(0, 2) || goldstein === '' || !Number.isFinite(score))
      throw new Error(`${codesCsv}:${i + 2}: malformed row ${JSON.stringify(r)}`);
    csv.set(code, { name, goldstein: score, description: description || null, usage_notes: usage || null });
  }

  const entries: CameoEntry[] = [];
  const add = (code: string, facts: { name: string; goldstein: number; description: string | null; usage_notes: string | null }, origin: CameoEntry['origin'], note: string | null): void => {
    const root = code.slice(0, 2);
    const quad = quadClassOfRoot(root);
    if (quad === null) throw new Error(`CAMEO ${code}: root ${root} is not 01–20`);
    const p = ploverFor(code, table);
    entries.push({
      code,
      root,
      name: facts.name,
      goldstein: facts.goldstein,
      quad_class: quad,
      description: facts.description,
      usage_notes: facts.usage_notes,
      plover: p.plover,
      plover_mode: p.mode,
      plover_context: p.context,
      plover_note: p.note,
      origin,
      note,
    });
  };
  for (const [code, facts] of csv) add(code, facts, 'icews', null);
  for (const { code, name } of SUPPLEMENT) {
    if (csv.has(code)) throw new Error(`supplement ${code} is in the ICEWS table now: remove it from SUPPLEMENT`);
    const parent = code.length === 4 ? code.slice(0, 3) : code.slice(0, 2);
    const p = csv.get(parent);
    if (!p) throw new Error(`supplement ${code}: parent ${parent} is not in the ICEWS table`);
    add(code, { name, goldstein: p.goldstein, description: null, usage_notes: null }, 'cameo-1.1b3',
      `CAMEO 1.1b3 code missing from the ICEWS table; no Goldstein score was published for it, so it takes that of its parent ${parent}.`);
  }
  entries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const unused = [...table.keys()].filter((c) => !entries.some((e) => e.code === c));
  if (unused.length) console.warn(`PLOVER table codes with no CAMEO entry: ${unused.join(' ')}`);
  const chosen = entries.filter((e) => e.plover_note !== null).map((e) => e.code);
  console.log(`${entries.length} codes (${csv.size} ICEWS, ${SUPPLEMENT.length} CAMEO 1.1b3); PLOVER by choice or rule for ${chosen.length}: ${chosen.join(' ')}`);

  const file = {
    $comment:
      `Generated by scripts/build-ontology.ts from ${relative(projectRoot, codesCsv)} (MIT, andybega/icews) and ` +
      `${relative(projectRoot, ploverTxt)} (CC BY-SA 4.0, openeventdata/PLOVER): edit the script, not this file. ` +
      'See NOTICE.md for licences and docs/ontology.md for the fields and choices.',
    codes: entries,
  };
  writeFileSync(outFile, JSON.stringify(file, null, 2) + '\n');
  console.log(`wrote ${relative(projectRoot, outFile)}`);
}

main();
