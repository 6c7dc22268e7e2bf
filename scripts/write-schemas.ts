// Writes docs/schemas/*.schema.json from the zod schemas the loaders validate with (run after changing a schema).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';
import { DATA_SCHEMAS, jsonSchemaOf } from '../src/dictionaries/schemas.js';

for (const name of Object.keys(DATA_SCHEMAS)) {
  writeFileSync(join(projectRoot, 'docs', 'schemas', name), jsonSchemaOf(name));
  console.log(`wrote docs/schemas/${name}`);
}
