import { parse as parseYaml } from 'yaml';

export interface FrontMatterDocument {
  attributes: unknown;
  body: string;
}

/** Splits `---\nyaml\n---\nbody`. Throws with a readable message when the block is missing or broken. */
export function parseFrontMatter(text: string): FrontMatterDocument {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(normalized);
  if (!match) throw new Error('missing front matter (the file must start with a --- block)');
  let attributes: unknown;
  try {
    attributes = parseYaml(match[1] ?? '');
  } catch (err) {
    throw new Error(`front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  return { attributes, body: (match[2] ?? '').trim() };
}
