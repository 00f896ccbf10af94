const LABELS: Record<string, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted for review',
  PUBLISHED: 'Published',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

/** A record's place in the publication workflow, in words. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`status-badge status-${status.toLowerCase()}`}>{LABELS[status] ?? status}</span>;
}
