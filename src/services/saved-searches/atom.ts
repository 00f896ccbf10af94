/** Atom 1.0 (RFC 4287) for a saved search's feed. */

export interface AtomEntry {
  /** A stable IRI for the record (the same entry when the record changes: its `updated` moves). */
  id: string;
  title: string;
  link: string;
  updated: Date;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** The feed's own URL (rel="self") and the portal page it stands for (rel="alternate"). */
  self: string;
  alternate: string;
  updated: Date;
  author: string;
  entries: AtomEntry[];
}

/** XML 1.0 forbids most control characters even escaped: they are dropped, then markup is escaped. */
const xml = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export function renderAtom(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title type="text">${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>
    <updated>${e.updated.toISOString()}</updated>
    <summary type="text">${xml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(feed.id)}</id>
  <title type="text">${xml(feed.title)}</title>
  <updated>${feed.updated.toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.alternate)}"/>
  <author><name>${xml(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
