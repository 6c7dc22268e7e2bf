// npm's prepare step: builds dyad unless the build in dist/ is newer than every source it is made from. Plain
// JavaScript because it runs before anything is compiled. npm runs prepare on `npm install` and again each time
// `npx dyad` installs this checkout into its cache: the second time there is nothing to do, and it must say so
// in a second rather than rebuild for half a minute.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Written by `npm run build` when every step has succeeded. */
const STAMP = join(root, 'dist', '.build-complete');
const SOURCES = ['src', 'scripts', 'bench', 'test', 'web', 'data/dictionaries', 'data/gazetteer', 'data/ontology', 'package.json', 'package-lock.json', 'tsconfig.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const changed = Math.max(...SOURCES.map((s) => newest(join(root, s))));
if (built > changed) {
  process.stderr.write('dyad: the build in dist/ is current; nothing to rebuild\n');
} else {
  process.stderr.write('dyad: building (TypeScript, compiled dictionaries and gazetteer, the dashboard); this takes about half a minute…\n');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = r.status ?? 1;
}
