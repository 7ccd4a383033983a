/**
 * Throw-away PostgreSQL and Redis servers for the fault scenarios, on their own ports and data
 * directories, so restarting them never disturbs the shared services other people's tests use.
 * PostgreSQL runs as the `postgres` user (initdb refuses root); binaries from the newest installed
 * major version (pgvector must be installed for it, as .ci/install-pgvector.sh does).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function pgBin(name: string): string {
  const majors = readdirSync('/usr/lib/postgresql').filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a));
  for (const m of majors) {
    const bin = `/usr/lib/postgresql/${m}/bin/${name}`;
    if (existsSync(bin)) return bin;
  }
  throw new Error(`PostgreSQL binary ${name} not found under /usr/lib/postgresql`);
}

/** Runs a PostgreSQL tool as the postgres user when we are root. */
function asPostgres(tool: string, args: string[]): string {
  const bin = pgBin(tool);
  return userInfo().uid === 0 ? execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { encoding: 'utf8' }) : execFileSync(bin, args, { encoding: 'utf8' });
}

export interface PrivatePostgres {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops (fast: open connections are cut) and starts again after `downMs`. */
  restart(downMs: number): Promise<void>;
  destroy(): Promise<void>;
}

export async function startPrivatePostgres(dir: string, port: number): Promise<PrivatePostgres> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  if (userInfo().uid === 0) {
    const pg = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(pg), Number(gid));
  }
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=60`;
  const start = async () => {
    asPostgres('pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', 'start']);
  };
  const stop = async () => {
    asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async restart(downMs: number) {
      await stop();
      await sleep(downMs);
      await start();
    },
    async destroy() {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PrivateRedis {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  restart(downMs: number): Promise<void>;
}

export async function startPrivateRedis(port: number): Promise<PrivateRedis> {
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      try {
        execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'ignore' });
        return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error(`private redis on ${port} did not start`);
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    async restart(downMs: number) {
      await stop();
      await sleep(downMs);
      await start();
    },
  };
}
