// What the product's modules may import: each other, Node's built-ins and the packages an install brings (package.json
// "dependencies"), never a test, a test helper or a dev-only package, which an installed copy of dyad does not have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { projectRoot } from './support/shared-paths.js';

const isTestFile = (path: string) => /\.test\.tsx?$/.test(path);

/** The product's source files under `dir` (relative to the project root), tests left out. */
function productSources(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(projectRoot, dir), { withFileTypes: true, recursive: true })) {
    const path = relative(projectRoot, join(entry.parentPath, entry.name));
    if (entry.isFile() && /\.tsx?$/.test(entry.name) && !isTestFile(path)) found.push(path);
  }
  return found.sort();
}

/** Every module a source file loads at run time: static imports, re-exports and dynamic import(); `import type` is erased by tsc. */
export function runtimeSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  const statement = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(statement)) if (!m[2]) specifiers.push(m[3]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(m[1]!);
  return specifiers;
}

const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** What is wrong with `file` importing `specifier`, or null. */
function forbidden(file: string, specifier: string, productRoot: string): string | null {
  if (specifier.startsWith('.')) {
    const target = relative(projectRoot, resolve(projectRoot, dirname(file), specifier));
    if (!target.startsWith(productRoot + sep) && !target.startsWith('src' + sep)) return `${target} is outside the product`;
    if (/\.test(\.[jt]sx?)?$/.test(target)) return `${target} is a test`;
    return null;
  }
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return null;
  if (packageName(specifier) in packageJson.dependencies) return null;
  return `${packageName(specifier)} is not among package.json's dependencies`;
}

test('the import reader sees static, re-exported and dynamic imports but not type-only ones', () => {
  const source = [
    "import { openStore } from './store/open.js';",
    "export { parseFilter } from './store/filter.js';",
    "import type { Article } from '../../test/support/ingest-fixtures.js';",
    "const { fixtureDir } = await import('../../test/support/ingest-fixtures.js');",
  ].join('\n');
  assert.deepEqual(runtimeSpecifiers(source), ['./store/open.js', './store/filter.js', '../../test/support/ingest-fixtures.js']);
});

test('no product module imports a test, a test helper or a dev-only package', () => {
  const problems: string[] = [];
  for (const [dir, productRoot] of [['src', 'src'], ['web/src', 'web']] as const) {
    for (const file of productSources(dir)) {
      for (const specifier of runtimeSpecifiers(readFileSync(join(projectRoot, file), 'utf8'))) {
        const problem = forbidden(file, specifier, productRoot);
        if (problem) problems.push(`${file} imports '${specifier}': ${problem}`);
      }
    }
  }
  assert.ok(productSources('src').length > 100, 'the product sources were not found');
  assert.deepEqual(problems, []);
});
