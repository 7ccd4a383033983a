/**
 * Free space under the embedded database. PGlite writing into a full disk fails statement by statement
 * with "could not extend file"; before it comes to that, Parley refuses new writes with a clear
 * message (shoppers: "try again later"; operators: one error line naming the directory and the free
 * space) and accepts them again once space is freed. Checked at most once a second, on demand.
 */
import { statfs } from 'node:fs/promises';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { ParleyError } from '../errors.js';

export interface DiskStatus {
  ok: boolean;
  freeMb: number;
}

const CHECK_EVERY_MS = 1_000;

export class DiskSpaceGuard {
  private last: DiskStatus = { ok: true, freeMb: Number.POSITIVE_INFINITY };
  private checkedAt = 0;
  private pending: Promise<DiskStatus> | undefined;

  constructor(
    private readonly dir: string,
    private readonly minFreeMb: number,
    private readonly log: FastifyBaseLogger,
    private readonly readFree: (dir: string) => Promise<number> = async (d) => {
      const s = await statfs(d);
      return (s.bavail * s.bsize) / 1024 / 1024;
    },
  ) {}

  /** The current status (cached for a second); an unreadable directory counts as fine. */
  async status(): Promise<DiskStatus> {
    if (Date.now() - this.checkedAt < CHECK_EVERY_MS) return this.last;
    this.pending ??= this.refresh().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async refresh(): Promise<DiskStatus> {
    let freeMb: number;
    try {
      freeMb = await this.readFree(this.dir);
    } catch {
      freeMb = Number.POSITIVE_INFINITY;
    }
    const ok = freeMb >= this.minFreeMb;
    if (!ok && this.last.ok) {
      this.log.error({ dir: this.dir, freeMb: Math.round(freeMb), minFreeMb: this.minFreeMb }, 'disk almost full under the embedded database: refusing new messages and changes until space is freed');
    } else if (ok && !this.last.ok) {
      this.log.info({ dir: this.dir, freeMb: Math.round(freeMb) }, 'disk space available again: accepting messages');
    }
    this.last = { ok, freeMb };
    this.checkedAt = Date.now();
    return this.last;
  }
}

export const DISK_FULL_MESSAGE = 'Messages cannot be saved right now because the server is out of disk space; please try again in a few minutes';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses state-changing HTTP requests while the disk is (almost) full. */
export function registerDiskSpaceCheck(app: FastifyInstance, guard: DiskSpaceGuard): void {
  app.addHook('onRequest', async (request) => {
    if (READ_METHODS.has(request.method)) return;
    if (!(await guard.status()).ok) throw new ParleyError('UNAVAILABLE', DISK_FULL_MESSAGE);
  });
}
