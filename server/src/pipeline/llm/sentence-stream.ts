/**
 * Streams a model's answer while holding back anything unverified: text flows out token by token
 * until the current sentence contains a digit (a date, a price, a number that could be invented);
 * such a sentence is released only once complete and found in the evidence. The first unsupported
 * sentence stops the stream, and the turn falls back to the offline answer.
 */
import { checkGrounding } from './grounding.js';

const SENTENCE_END = /[.!?。！？\n]\s*$/;

export class GroundedStream {
  private released = '';
  private pending = '';
  private failed: string[] | undefined;

  constructor(
    private readonly evidence: () => readonly string[],
    private readonly emit: (textSoFar: string) => void,
  ) {}

  get text(): string {
    return this.released + this.pending;
  }

  get unsupported(): string[] | undefined {
    return this.failed;
  }

  push(delta: string): void {
    if (this.failed || !delta) return;
    this.pending += delta;
    const hasFacts = /\d/.test(this.pending);
    if (!hasFacts) {
      this.release();
      return;
    }
    if (SENTENCE_END.test(this.pending)) this.checkAndRelease();
  }

  /** The model finished: check what is still held back. Returns true when everything is grounded. */
  end(): boolean {
    if (!this.failed && this.pending) this.checkAndRelease();
    return !this.failed;
  }

  private checkAndRelease(): void {
    const verdict = checkGrounding(this.pending, this.evidence());
    if (!verdict.grounded) {
      this.failed = verdict.unsupported;
      return;
    }
    this.release();
  }

  private release(): void {
    this.released += this.pending;
    this.pending = '';
    this.emit(this.released);
  }
}
