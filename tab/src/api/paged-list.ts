import type { ApiClient } from "@convenor/ui";

export type Query = Record<string, string | number | undefined>;

/** A page of a cursor-paged list (`items` and `nextCursor`, null on the last page), as the referral lists are. */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** The pages loaded so far of one list, and how to load the next. */
export interface PagedList<T> {
  items: T[];
  /** Whether another page follows. */
  hasMore: boolean;
  /** Loads the next page and returns the list with it appended; no request when there is none. */
  loadMore(): Promise<PagedList<T>>;
}

/** Loads the first page of `path` with `query`; each `loadMore` passes the last `nextCursor` back. */
export async function loadPagedList<T>(
  api: ApiClient,
  path: string,
  query: Query = {},
): Promise<PagedList<T>> {
  const build = (items: T[], cursor: string | null): PagedList<T> => ({
    items,
    hasMore: cursor !== null,
    async loadMore() {
      if (cursor === null) return this;
      const next = await api.get<CursorPage<T>>(path, { ...query, cursor });
      return build([...items, ...next.items], next.nextCursor);
    },
  });
  const first = await api.get<CursorPage<T>>(path, query);
  return build(first.items, first.nextCursor);
}
