/**
 * The time the assistant and policies reason with. Production uses the system clock; the evaluation
 * command and tests pin it, so "placed 40 minutes ago" means the same thing on every run.
 */
export interface Clock {
  now(): Date;
}

export class SettableClock implements Clock {
  private pinned: Date | undefined;
  now(): Date {
    return this.pinned ? new Date(this.pinned) : new Date();
  }
  /** Pins the clock (undefined releases it back to real time). */
  set(instant: Date | string | undefined): void {
    this.pinned = instant === undefined ? undefined : new Date(instant);
  }
}
