import type { Crop, Highlight } from 'meilisearch';
import { type SearchHitRef } from '../search-index';
import { HIGHLIGHTED_ATTRIBUTES } from './fields';
import { MARK_END, MARK_START, toSnippet } from '../highlight';

/**
 * Meilisearch returns `_formatted` text as stored, with its highlight tags inserted and nothing escaped. So the
 * tags we ask for are two control characters, which stored text never contains (documents.ts strips them);
 * the snippet is HTML-escaped first and only then are the markers turned into <mark> elements.
 */

/** About two lines of text around the first matches. */
export const SUMMARY_CROP_WORDS = 30;
const CROP_MARKER = '…';
/** Joins the matched labels of a list attribute (crime types, articles, keywords) into one snippet. */
const LABEL_SEPARATOR = '; ';

export type HighlightParams = Required<Highlight & Crop>;

export function highlightParams(): HighlightParams {
  return {
    attributesToHighlight: [...HIGHLIGHTED_ATTRIBUTES],
    highlightPreTag: MARK_START,
    highlightPostTag: MARK_END,
    attributesToCrop: ['summary'],
    cropLength: SUMMARY_CROP_WORDS,
    cropMarker: CROP_MARKER,
  };
}

/** Highlights of one hit: only the attributes (and list items) where a query term matched. */
export function toHighlights(formatted: Readonly<Record<string, unknown>> | undefined): SearchHitRef['highlights'] {
  if (!formatted) return [];
  const highlights: SearchHitRef['highlights'] = [];
  for (const field of HIGHLIGHTED_ATTRIBUTES) {
    const matched = matchedTexts(formatted[field]);
    if (matched.length) highlights.push({ field, snippet: matched.map(toSnippet).join(LABEL_SEPARATOR) });
  }
  return highlights;
}

function matchedTexts(value: unknown): string[] {
  const texts: unknown[] = Array.isArray(value) ? value : [value];
  return texts.filter((text): text is string => typeof text === 'string' && text.includes(MARK_START));
}
