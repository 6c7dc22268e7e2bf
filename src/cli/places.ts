// `dyad places lookup`: shows what the gazetteer knows of a name, ranked as the places stage ranks namesakes without context.
import { defaulted } from './options.js';
import { Command } from 'commander';
import { choosePlace } from '../stages/places/places.js';
import { loadGazetteer, placesNamed, type Place } from '../stages/places/gazetteer.js';

interface LookupOptions {
  json?: boolean;
  limit: string;
}

export function placesCommand(): Command {
  const places = new Command('places').description('inspect the gazetteer dyad geocodes events with');
  places
    .command('lookup')
    .description('list the places a name may stand for, the one dyad picks without context first')
    .argument('<name...>', 'place names as the text writes them ("Tripoli", "Paris", "Gaza Strip"); matching is case-sensitive, diacritics optional')
    .option('--json', 'one JSON object per line')
    .addOption(defaulted('-n, --limit <n>', 'namesakes to show per name', 10))
    .action((names: string[], opts: LookupOptions) => {
      process.exitCode = runPlacesLookup(names, opts);
    });
  return places;
}

export function runPlacesLookup(names: string[], opts: LookupOptions, out: NodeJS.WritableStream = process.stdout): number {
  const gazetteer = loadGazetteer();
  const limit = Math.max(1, Number.parseInt(opts.limit, 10) || 10);
  let missing = 0;
  for (const name of names) {
    const found = rankWithoutContext(placesNamed(gazetteer, name)).slice(0, limit);
    if (found.length === 0) missing++;
    if (opts.json) {
      for (const p of found) out.write(JSON.stringify({ query: name, ...p }) + '\n');
      if (found.length === 0) out.write(JSON.stringify({ query: name, found: false }) + '\n');
      continue;
    }
    out.write(`${name}: ${found.length === 0 ? 'not in the gazetteer' : ''}\n`);
    for (const p of found) {
      out.write(`  ${p.name}  ${p.kind}  ${p.country ?? '-'}  ${p.admin1 ?? '-'}  ${p.lat}, ${p.lon}  geonameid ${p.geonameid ?? '-'}  population ${p.population}  (${p.source})\n`);
    }
  }
  return missing === names.length ? 1 : 0;
}

/** The namesakes in the order the places stage would pick them with no actors to go by. */
function rankWithoutContext(places: Place[]): Place[] {
  const rest = [...places];
  const out: Place[] = [];
  while (rest.length > 0) {
    const best = choosePlace(rest, [], new Set(), new Set())!;
    out.push(best);
    rest.splice(rest.indexOf(best), 1);
  }
  return out;
}
