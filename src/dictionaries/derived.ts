// Indexes derived from a Knowledge are built once per Knowledge and shared by every article coded with it.
import type { Knowledge } from './model.js';

export function derivedFrom<T>(build: (knowledge: Knowledge) => T): (knowledge: Knowledge) => T {
  const cache = new WeakMap<Knowledge, T>();
  return (knowledge) => {
    let value = cache.get(knowledge);
    if (value === undefined) {
      value = build(knowledge);
      cache.set(knowledge, value);
    }
    return value;
  };
}
