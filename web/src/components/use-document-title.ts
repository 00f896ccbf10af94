import { useEffect } from 'react';

const SITE = 'Organized crime law portal';

/** Each page names itself in the browser tab and for screen readers announcing the page change. */
export function useDocumentTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – ${SITE}` : SITE;
  }, [title]);
}
