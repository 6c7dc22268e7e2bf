// Splits CAMEO actor codes into country and role, from the table of roots and roles in data/ontology/actor-codes.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../paths.js';
import type { ActorCode } from '../document/types.js';

const ActorCodeTable = z.object({
  transnational_roots: z.record(z.string(), z.string()),
  regions: z.record(z.string(), z.string()),
  roles: z.record(z.string(), z.string()),
});
type ActorCodeTable = z.infer<typeof ActorCodeTable>;

let table: ActorCodeTable | null = null;
function actorCodeTable(): ActorCodeTable {
  table ??= ActorCodeTable.parse(JSON.parse(readFileSync(join(dataDir, 'ontology', 'actor-codes.json'), 'utf8')));
  return table;
}

/** Roles of the state: government, military, police, courts, intelligence, legislature. */
export const STATE_ROLES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'JUD', 'SPY', 'LEG']);

/** State roles that act at home: a bare "police" or "court" belongs to the country where it acts. */
export const HOME_STATE_ROLES: ReadonlySet<string> = new Set(['COP', 'JUD']);

export function isRoleCode(code: string): boolean {
  return Object.hasOwn(actorCodeTable().roles, code);
}

/**
 * Splits "TURGOV" into TUR + GOV, "IGOUNO" into no country, "PSEREBHMS" into PSE + REB.
 * The agent is the first three letters after the root that form a known role code.
 */
export function splitActorCode(code: string): ActorCode {
  const t = actorCodeTable();
  const root = code.slice(0, 3);
  const transnational = Object.hasOwn(t.transnational_roots, root) || Object.hasOwn(t.regions, root) || !/^[A-Z]{3}$/.test(root);
  let agent: string | null = null;
  for (let k = 3; k + 3 <= code.length; k += 3) {
    const part = code.slice(k, k + 3);
    if (isRoleCode(part)) {
      agent = part;
      break;
    }
  }
  return { code, country: transnational ? null : root, agent };
}
