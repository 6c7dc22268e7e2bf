// JSON Schemas of dyad's own data files, generated from the zod schemas that validate them on load, so the documented
// format and the checked one cannot drift apart (a test compares them with docs/schemas/).
import { z } from 'zod';
import { NativeFileSchema } from './native/native.js';
import { CuratedFileSchema } from '../stages/places/gazetteer.js';

export const DATA_SCHEMAS: Record<string, z.ZodType> = {
  'native-dictionary.schema.json': NativeFileSchema,
  'gazetteer.schema.json': CuratedFileSchema,
};

export function jsonSchemaOf(name: string): string {
  const schema = z.toJSONSchema(DATA_SCHEMAS[name]!, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const title = name === 'gazetteer.schema.json' ? 'dyad gazetteer file (data/gazetteer/*.yaml)' : 'dyad native dictionary file (actors, agents, verbs, nominals, frames, discards)';
  return JSON.stringify({ title, ...schema }, null, 2) + '\n';
}
