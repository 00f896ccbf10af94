import type { Task } from 'meilisearch';

/** A Meilisearch task that ended `failed` or `canceled`: names the task, its type and Meilisearch's message. */
export class MeiliTaskError extends Error {
  constructor(readonly task: Pick<Task, 'uid' | 'type' | 'status' | 'indexUid' | 'error'>) {
    const reason = task.error ? `${task.error.message} (${task.error.code})` : 'no error reported';
    super(`Meilisearch task ${task.uid} (${task.type} on index "${task.indexUid ?? '-'}") ${task.status}: ${reason}`);
  }
}

/**
 * Throws unless the awaited task succeeded. `tolerated` lists Meilisearch error codes that mean the wanted
 * state already holds (e.g. `index_already_exists` when two instances prepare the same index at once).
 */
export function ensureSucceeded(
  task: Pick<Task, 'uid' | 'type' | 'status' | 'indexUid' | 'error'>,
  tolerated: readonly string[] = [],
): void {
  if (task.status === 'succeeded') return;
  if (task.status === 'failed' && task.error && tolerated.includes(task.error.code)) return;
  throw new MeiliTaskError(task);
}
