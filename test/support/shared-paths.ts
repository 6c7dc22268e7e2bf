// Paths shared by tests: the reference material in ../shared, which tests may read but the product never needs.
import { resolve } from 'node:path';
import { projectRoot } from '../../src/paths.js';

export { projectRoot };

export const sharedDir: string = resolve(projectRoot, '..', 'shared');
