/**
 * ELD's "medium" n-gram database, loaded through JSON.parse instead of `import 'eld/medium'`.
 *
 * Why: that module is a 2 MB object literal, and V8 keeps about 200 MB of resident memory for
 * evaluating it for the life of the process (measured: RSS +190 MB, heap +65 MB). The same data
 * through JSON.parse costs roughly its heap size, which matters when one node holds 5,000 sockets.
 * The JSON copy is written once per machine (and per eld version) by a short-lived child process,
 * so the literal's cost never lands in the server, and then reused from the OS temp directory.
 *
 * The copy keeps only the languages Parley detects: a language's score sums only its own n-gram
 * entries, so dropping the other 49 languages changes no result (the detector filters them out
 * anyway) and leaves a third of the n-grams (heap -20 MB).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface EldInstance {
  detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean };
  setLanguageSubset(languages: string[]): unknown;
}

const DATABASE = 'medium';

/** eld's src/ directory (its exports map hides internals from bare imports, not from file URLs). */
function eldSourceDir(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('eld') ?? []) {
    const candidate = join(dir, 'eld', 'src');
    if (existsSync(join(candidate, 'ngrams', `${DATABASE}.js`))) return candidate;
  }
  throw new Error('the eld package is not installed (npm install)');
}

function cachedJsonPath(src: string, languages: readonly string[]): string {
  const { version } = JSON.parse(readFileSync(join(dirname(src), 'package.json'), 'utf8')) as { version: string };
  return join(tmpdir(), 'parley-cache', `eld-${version}-${DATABASE}-${[...languages].sort().join('-')}.json`);
}

/**
 * Converts the literal to JSON in a child process, keeping the n-gram entries of `languages` only;
 * written to a temporary name then renamed (atomic).
 */
function writeJsonCopy(src: string, target: string, languages: readonly string[]): void {
  mkdirSync(dirname(target), { recursive: true });
  const script = `
    import { writeFileSync, renameSync } from 'node:fs';
    const { ngramsData } = await import(${JSON.stringify(pathToFileURL(join(src, 'ngrams', `${DATABASE}.js`)).href)});
    const wanted = new Set(${JSON.stringify(languages)});
    const keep = new Set(Object.keys(ngramsData.languages).filter((id) => wanted.has(ngramsData.languages[id])));
    const ngrams = {};
    for (const [gram, scores] of Object.entries(ngramsData.ngrams)) {
      const kept = Object.fromEntries(Object.entries(scores).filter(([id]) => keep.has(id)));
      if (Object.keys(kept).length) ngrams[gram] = kept;
    }
    const temp = ${JSON.stringify(target)} + '.' + process.pid;
    writeFileSync(temp, JSON.stringify({ ...ngramsData, ngrams }));
    renameSync(temp, ${JSON.stringify(target)});`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'inherit'], env: { PATH: process.env.PATH } });
}

/** An ELD detector that knows (and answers) only `languages` (ISO 639-1 codes). */
export async function loadEld(languages: readonly string[]): Promise<EldInstance> {
  const src = eldSourceDir();
  const jsonPath = cachedJsonPath(src, languages);
  if (!existsSync(jsonPath)) writeJsonCopy(src, jsonPath, languages);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(jsonPath, 'utf8'));
  } catch {
    writeJsonCopy(src, jsonPath, languages); // unreadable (e.g. tampered with): make it again
    data = JSON.parse(readFileSync(jsonPath, 'utf8'));
  }
  const { createEld } = (await import(pathToFileURL(join(src, 'languageDetector.js')).href)) as {
    createEld(): { instance: EldInstance; loadData(data: unknown): string | undefined };
  };
  const { instance, loadData } = createEld();
  if (!loadData(data)) throw new Error(`eld could not load ${jsonPath}`);
  instance.setLanguageSubset([...languages]);
  return instance;
}
