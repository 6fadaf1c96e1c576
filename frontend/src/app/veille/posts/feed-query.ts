/** The feed's filters, as they live in the page's URL. */
export interface FeedFilters {
  q: string;
  topicId: string;
  authorId: string;
  from: string;
  to: string;
  bookmarked: boolean;
}

export const NO_FILTERS: FeedFilters = {
  q: '',
  topicId: '',
  authorId: '',
  from: '',
  to: '',
  bookmarked: false,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f-]{36}$/i;

/** Filters from query parameters; anything malformed is dropped, not sent. */
export function filtersFrom(params: Record<string, string | undefined>): FeedFilters {
  const pick = (key: string, pattern: RegExp) => {
    const value = params[key]?.trim() ?? '';
    return pattern.test(value) ? value : '';
  };
  return {
    q: (params['q'] ?? '').slice(0, 200),
    topicId: pick('topic', ID),
    authorId: pick('author', ID),
    from: pick('from', DAY),
    to: pick('to', DAY),
    bookmarked: params['toRead'] === '1',
  };
}

/** Query parameters for the filters (null removes one from the URL). */
export function filtersToParams(f: FeedFilters): Record<string, string | null> {
  return {
    q: f.q.trim() || null,
    topic: f.topicId || null,
    author: f.authorId || null,
    from: f.from || null,
    to: f.to || null,
    toRead: f.bookmarked ? '1' : null,
  };
}

export const hasFilters = (f: FeedFilters) =>
  !!(f.q.trim() || f.topicId || f.authorId || f.from || f.to || f.bookmarked);
