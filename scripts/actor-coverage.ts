// Counts what dyad's built-in actor knowledge resolves: distinct organisations by kind, and the office holders of every state on one date (issue 18).
// Usage: node dist/scripts/actor-coverage.js [YYYY-MM-DD] [--missing] [--dictionaries DIR]...
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import isoCountries from 'i18n-iso-countries';
import { z } from 'zod';
import { dataDir } from '../src/paths.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import type { ActorEntry, DatedCode } from '../src/dictionaries/model.js';
import { splitActorCode } from '../src/ontology/actor-codes.js';

/** The kinds of organisation issue 18 counts, each read off an entry's code as CAMEO writes it. */
const ORGANISATION_KINDS = ['IGO', 'NGO', 'armed group', 'party', 'company', 'media'] as const;
type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Agents of armed groups outside the state: rebels, insurgents, separatists, unaffiliated armed forces (militias). */
const ARMED_GROUP_AGENTS: ReadonlySet<string> = new Set(['REB', 'INS', 'SEP', 'UAF']);

const OfficeKinds = z.object({
  offices: z.record(z.string(), z.object({ roles: z.array(z.string()), agents: z.array(z.string()).optional() })),
});

const date = process.argv.slice(2).find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? '2026-06-01';
// The user's own overlay (dyad actors add) is not part of what dyad ships.
process.env['DYAD_OVERLAY'] = 'none';
// `--dictionaries DIR` (repeatable) counts another set, e.g. an older checkout's, in place of the built-ins.
const dictionaries = process.argv.flatMap((a, k) => (a === '--dictionaries' && process.argv[k + 1] ? [process.argv[k + 1]!] : []));
const knowledge = loadKnowledge(dictionaries.length > 0 ? { dictionaries } : {});

/** The code an entry has on `date`: the narrowest dated range holding it, else the undated code, as the coder picks. */
function codeOn(entry: ActorEntry, day: string): DatedCode | null {
  const holding = entry.codes.filter((c) => (c.from !== null || c.to !== null) && (c.from ?? '0000') <= day && day <= (c.to ?? '9999'));
  if (holding.length > 0) return holding.sort((a, b) => span(a) - span(b))[0]!;
  return entry.codes.find((c) => c.from === null && c.to === null) ?? null;
}
function span(c: DatedCode): number {
  return Date.parse(c.to ?? '9999-12-31') - Date.parse(c.from ?? '0001-01-01');
}

/**
 * A person, not an organisation: an entry with an office (`role`), an elite code, or (in the PETRARCH files, which
 * date people's codes and not organisations') a dated code. A person filed with none of these counts as an organisation.
 */
function isPerson(entry: ActorEntry): boolean {
  if (entry.codes.some((c) => c.role !== undefined || splitActorCode(c.code).agent === 'ELI')) return true;
  const petrarch = !entry.source.file.endsWith('.yaml');
  return petrarch && entry.codes.some((c) => c.from !== null || c.to !== null);
}

function organisationKind(code: string): OrganisationKind | null {
  const root = code.slice(0, 3);
  const { agent } = splitActorCode(code);
  if (root === 'IGO') return 'IGO';
  if (root === 'NGO' || root === 'NGM' || agent === 'NGO') return 'NGO';
  if (root === 'IMG' || (agent !== null && ARMED_GROUP_AGENTS.has(agent))) return 'armed group';
  if (agent === 'PTY') return 'party';
  // Phoenix codes the international news agencies and networks MED alone, with no country; state media are GOVMED.
  if (root === 'MED' || /^(?:...)+$/.test(code) && code.match(/.../g)!.slice(1).includes('MED')) return 'media';
  if (root === 'MNC' || agent === 'BUS') return 'company';
  return null;
}

// Organisations: each entry once (the same canonical phrase in two files is one organisation), by its code on the date.
const organisations = new Map<OrganisationKind, Set<string>>(ORGANISATION_KINDS.map((k) => [k, new Set<string>()]));
const byFile = new Map<string, Map<OrganisationKind, number>>();
for (const entry of knowledge.actors) {
  if (isPerson(entry)) continue;
  const code = codeOn(entry, date);
  if (!code || code.code === '---' || code.code.includes('/')) continue;
  const kind = organisationKind(code.code);
  if (!kind) continue;
  const key = (entry.name ?? entry.phrases[0]!.join(' ')).toUpperCase();
  if (organisations.get(kind)!.has(key)) continue;
  organisations.get(kind)!.add(key);
  const file = basename(entry.source.file);
  const counts = byFile.get(file) ?? new Map<OrganisationKind, number>();
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  byFile.set(file, counts);
}

// States: the countries section of countries.yaml whose code is a state of today (ISO 3166-1 alpha-3, or Kosovo).
const countriesFile = join(dataDir, 'dictionaries', 'dyad', 'countries.yaml');
const countriesYaml = parse(readFileSync(countriesFile, 'utf8')) as { actors: Array<{ name: string; codes: Array<{ code: string; from?: string; to?: string }> }> };
const isoCodes = new Set(Object.keys(isoCountries.getAlpha3Codes()));
const states = new Map<string, string>();
for (const c of countriesYaml.actors) {
  // A country's code on the date: the dated one that holds it (Armenia was USRARM to 1990), else the undated one.
  const holding = c.codes.filter((k) => (k.from ?? '0000') <= date && date <= (k.to ?? '9999'));
  const code = (holding.find((k) => k.from !== undefined || k.to !== undefined) ?? holding[0])?.code;
  if (!code || !/^[A-Z]{3}$/.test(code)) continue;
  if ((isoCodes.has(code) || code === 'XKX' || code === 'KSV') && !states.has(code)) states.set(code, c.name);
}

// Office holders on the date: entries whose dated code holds it, with a role that names one of the six offices.
const officeKinds = OfficeKinds.parse(JSON.parse(readFileSync(join(dataDir, 'ontology', 'office-kinds.json'), 'utf8'))).offices;
const officePatterns = Object.entries(officeKinds).map(([office, k]) => ({ office, roles: new RegExp(`^(?:${k.roles.join('|')})$`), agents: k.agents }));
/** A role may hold several offices ("deputy prime minister; defence minister", "sultan and prime minister") and asides. */
function roleParts(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .split(/;| and (?!(?:defence|security|co-operation|cooperation|development)\b)/)
    .map((r) => r.replace(/ from \d{4}.*$/, '').trim())
    .filter((r) => r !== '');
}
const holders = new Map<string, Map<string, string[]>>(); // office → country → names
const presidentialHolders = new Set<string>();
for (const entry of knowledge.actors) {
  for (const c of entry.codes) {
    if (c.role === undefined || c.from === null || c.from > date || (c.to !== null && c.to < date)) continue;
    const { country, agent } = splitActorCode(c.code);
    if (!country || !states.has(country)) continue;
    for (const p of officePatterns) {
      const parts = roleParts(c.role);
      if (!parts.some((r) => p.roles.test(r))) continue;
      if (p.office === 'head of state' && parts.some((r) => /president/.test(r))) presidentialHolders.add(country);
      if (p.agents && (agent === null || !p.agents.includes(agent))) continue;
      const perCountry = holders.get(p.office) ?? new Map<string, string[]>();
      const names = perCountry.get(country) ?? [];
      const name = entry.name ?? entry.phrases[0]!.join(' ');
      if (!names.includes(name)) names.push(name);
      perCountry.set(country, names);
      holders.set(p.office, perCountry);
    }
  }
}

// In a presidential system the president heads the government too: a state with no other head of government on the
// date counts its president.
const headsOfGovernment = holders.get('head of government') ?? new Map<string, string[]>();
for (const [country, names] of holders.get('head of state') ?? []) {
  if (!headsOfGovernment.has(country) && presidentialHolders.has(country)) headsOfGovernment.set(country, names);
}
holders.set('head of government', headsOfGovernment);

const total = [...organisations.values()].reduce((n, s) => n + s.size, 0);
console.log(`Organisations dyad resolves on ${date} (distinct entries, by the kind of their code): ${total}`);
for (const kind of ORGANISATION_KINDS) console.log(`  ${kind.padEnd(12)} ${organisations.get(kind)!.size}`);
console.log('  by file: ' + [...byFile.entries()].sort().map(([f, m]) => `${f} ${[...m.values()].reduce((a, b) => a + b, 0)}`).join(', '));
console.log(`\nStates with a holder of each office on ${date} (of ${states.size} states; a holder is an entry with a dated code and that role):`);
for (const office of Object.keys(officeKinds)) {
  const perCountry = holders.get(office) ?? new Map<string, string[]>();
  const several = [...perCountry.entries()].filter(([, n]) => n.length > 1);
  console.log(`  ${office.padEnd(22)} ${String(perCountry.size).padStart(3)}${several.length ? `  (several holders: ${several.map(([c, n]) => `${c} ${n.join(' / ')}`).join('; ')})` : ''}`);
}
if (process.argv.includes('--missing')) {
  for (const office of Object.keys(officeKinds)) {
    const perCountry = holders.get(office) ?? new Map<string, string[]>();
    console.log(`missing ${office}: ${[...states.keys()].filter((c) => !perCountry.has(c)).join(' ')}`);
  }
}
