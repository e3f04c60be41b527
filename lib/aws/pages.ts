// AWS list calls answer a page at a time with a continuation token (NextToken or nextToken, by service).
// One bounded loop for all of them: a token that never ends cannot keep a poller or a request looping.

export interface PagesRead {
  /** Calls made. */
  pages: number;
  /** More pages were left unread when `maxPages` was reached. */
  truncated: boolean;
}

/**
 * Reads pages until the answer has no continuation token or `maxPages` calls were made. `onPage` takes each
 * page and returns its continuation token; `gapMs` spaces the calls (for APIs with low request rates).
 */
export async function eachPage<P>(
  maxPages: number,
  fetchPage: (token: string | undefined) => Promise<P>,
  onPage: (page: P) => string | undefined,
  gapMs = 0,
): Promise<PagesRead> {
  let token: string | undefined;
  let pages = 0;
  do {
    if (pages > 0 && gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    const page = await fetchPage(token);
    pages++;
    token = onPage(page) || undefined;
  } while (token && pages < maxPages);
  return { pages, truncated: token !== undefined };
}
