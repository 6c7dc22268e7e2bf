// Options shared by several commands, declared once.
import { Option, type Command } from 'commander';
import type { KnowledgeOptions } from '../dictionaries/knowledge.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addDictionaryOptions(command: Command): Command {
  return command
    .addOption(new Option('--dictionaries <dir>', 'code with the dictionaries in DIR instead of the built-ins (PETRARCH files and dyad YAML; repeatable)').argParser(collect))
    .addOption(new Option('--add-dictionaries <dir>', 'code with the built-ins plus the dictionaries in DIR (repeatable)').argParser(collect));
}

/** What `addDictionaryOptions` adds to a command's options. */
export interface DictionaryOptions {
  dictionaries?: string[];
  addDictionaries?: string[];
}

export function knowledgeOptions(opts: DictionaryOptions): KnowledgeOptions {
  return { dictionaries: opts.dictionaries, addDictionaries: opts.addDictionaries };
}
