// Where the product finds its own data files, whether it runs from src/ or from the compiled dist/src/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('dyad: cannot find the project root (no package.json above ' + fileURLToPath(import.meta.url) + ')');
    dir = parent;
  }
  return dir;
})();

export const dataDir: string = join(projectRoot, 'data');
