/**
 * Benchmark runner: `npm run bench -- <name> [args…]` runs bench/<name>.bench.ts and writes its
 * result, with the machine it ran on, to bench/results/<name>.json. With no name it lists them.
 */
import { readdir, writeFile, mkdir } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

export interface BenchModule {
  /** One-line description shown in the list. */
  description: string;
  run(args: string[]): Promise<Record<string, unknown>>;
}

const benchDir = dirname(fileURLToPath(import.meta.url));

async function listBenches(): Promise<string[]> {
  const files = await readdir(benchDir);
  return files.filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace(/\.bench\.ts$/, '')).sort();
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const names = await listBenches();
  const selected = name === undefined || name === 'all' ? names : [name];
  for (const bench of selected) {
    if (!names.includes(bench)) {
      console.error(`unknown benchmark "${bench}"; available: ${names.join(', ')}`);
      process.exitCode = 2;
      return;
    }
    const mod = (await import(pathToFileURL(join(benchDir, `${bench}.bench.ts`)).href)) as BenchModule;
    console.log(`\n== ${bench}: ${mod.description}`);
    const startedAt = new Date();
    const result = await mod.run(args);
    const report = {
      benchmark: bench,
      description: mod.description,
      startedAt: startedAt.toISOString(),
      durationS: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      args,
      ...result,
    };
    await mkdir(join(benchDir, 'results'), { recursive: true });
    const out = join(benchDir, 'results', `${bench}.json`);
    await writeFile(out, JSON.stringify(report, null, 2) + '\n');
    console.log(`wrote ${out}`);
  }
}

await main();
