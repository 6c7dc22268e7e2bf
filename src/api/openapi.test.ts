// The OpenAPI description is derived, not written: its parameters are the filter's and its version is the package's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocument } from './openapi.js';
import { FILTER_PARAMETERS } from '../store/filter.js';
import { projectRoot } from '../paths.js';

type Operation = { get: { parameters?: Array<{ name: string; description: string }> } };
const document = openApiDocument() as { info: { version: string }; paths: Record<string, Operation> };
const names = (path: string) => document.paths[path]!.get.parameters!.map((p) => p.name);

test('the export\'s parameters are the filter\'s, in its order, with the descriptions the command line shows', () => {
  assert.deepEqual(names('/api/export'), [...FILTER_PARAMETERS.map((p) => p.name), 'format']);
  const from = document.paths['/api/export']!.get.parameters!.find((p) => p.name === 'from')!;
  assert.equal(from.description, FILTER_PARAMETERS.find((p) => p.name === 'from')!.description);
});

test('the version is package.json\'s', () => {
  assert.equal(document.info.version, (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version);
});
