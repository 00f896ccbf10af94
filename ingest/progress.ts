import { Presets, SingleBar } from 'cli-progress';
import { type BatchProgress } from './ingest-file';

/** Shows how far the ingest of one file is. */
export interface ProgressView {
  update(progress: BatchProgress): void;
  stop(): void;
}

const number = (n: number) => Math.round(n).toLocaleString('en-US');

/** `1 h 02 min`, `4 min 05 s`, `12 s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 10) return `${Math.max(0, seconds).toFixed(1)} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/**
 * A progress bar with the rate and the time left on a terminal (cli-progress, against the bytes of the file
 * read, or any position out of `size`); elsewhere (a log, CI) a plain line every `intervalMs`. `unit` names
 * what `read` counts (`portal reindex` counts documents).
 */
export function createProgress(label: string, stream: NodeJS.WriteStream, intervalMs = 10_000, unit = 'rows'): ProgressView {
  return stream.isTTY ? barProgress(label, stream, unit) : lineProgress(label, stream, intervalMs, unit);
}

function barProgress(label: string, stream: NodeJS.WriteStream, unit: string): ProgressView {
  const started = Date.now();
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {rows} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`,
      stream,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    Presets.shades_classic,
  );
  let begun = false;
  return {
    update(p) {
      const payload = { rows: number(p.read), rate: number(p.read / Math.max(0.001, (Date.now() - started) / 1000)) };
      if (!begun) bar.start(p.size ?? 1, 0, payload);
      begun = true;
      bar.update(p.size === null ? 0 : (p.bytesRead ?? 0), payload);
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}

function lineProgress(label: string, stream: NodeJS.WriteStream, intervalMs: number, unit: string): ProgressView {
  const started = Date.now();
  let last = started;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < intervalMs) return;
      last = now;
      const seconds = Math.max(0.001, (now - started) / 1000);
      let where = `${number(p.read)} ${unit}, ${number(p.read / seconds)} ${unit}/s`;
      if (p.size && p.bytesRead) {
        const left = ((p.size - p.bytesRead) / p.bytesRead) * seconds;
        where = `${Math.floor((100 * p.bytesRead) / p.size)}%, ${where}, ETA ${formatDuration(left)}`;
      }
      stream.write(`${label}: ${where}\n`);
    },
    stop() {},
  };
}
