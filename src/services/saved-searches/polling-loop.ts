import { logger } from '../../logger';

/**
 * Runs `work` every `intervalMs` in the server process until stopped: one run at a time, a failed run logged
 * and tried again at the next tick (the work keeps its state in the database, so nothing is lost meanwhile).
 * `work` returns true when it may have more to do at once.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly work: () => Promise<boolean>,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => (this.running = null));
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    let more = false;
    try {
      more = await this.work();
    } catch (error) {
      logger.warn({ err: error, worker: this.name }, 'background work failed; retrying at the next poll');
    }
    this.schedule(more ? 0 : this.intervalMs);
  }
}
