// The JSON Schemas in docs/schemas/ are the ones the loaders check with (npm run schemas rewrites them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { DATA_SCHEMAS, jsonSchemaOf } from './schemas.js';

for (const name of Object.keys(DATA_SCHEMAS)) {
  test(`docs/schemas/${name} matches the schema the loader validates with`, () => {
    assert.equal(readFileSync(join(projectRoot, 'docs', 'schemas', name), 'utf8'), jsonSchemaOf(name));
  });
}

test('every built-in YAML data file is valid against its published JSON Schema', async () => {
  const { readdirSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  const check = (schemaName: string, dir: string) => {
    const validate = ajv.compile(JSON.parse(readFileSync(join(projectRoot, 'docs', 'schemas', schemaName), 'utf8')) as object);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const ok = validate(parse(readFileSync(join(dir, f), 'utf8')));
      assert.ok(ok, `${f}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
    }
  };
  check('native-dictionary.schema.json', join(projectRoot, 'data', 'dictionaries', 'dyad'));
  check('gazetteer.schema.json', join(projectRoot, 'data', 'gazetteer'));
});
