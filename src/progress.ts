import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * Progress of a long command on stderr: a bar with rate and ETA on a terminal, a plain line every few seconds
 * otherwise (CI logs, pipes), so the output stays readable in both.
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    let begun = false;
    return {
      update(done, total) {
        const rate = Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
        if (!begun) bar.start(total, done, { rate });
        begun = true;
        bar.setTotal(total);
        bar.update(done, { rate });
      },
      stop: () => bar.stop(),
    };
  }
  const started = Date.now();
  let lastLine = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - lastLine < 2000 && done < total) return;
      lastLine = now;
      const rate = Math.round(done / Math.max((now - started) / 1000, 0.001));
      stream.write(`${label}: ${done}/${total} (${rate}/s)\n`);
    },
    stop() {},
  };
}
