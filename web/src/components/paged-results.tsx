import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useLocation } from "react-router";
import type { Page } from "../api/types.ts";
import { Pager } from "./pager.tsx";
import { QueryView } from "./query-view.tsx";

type Props<T> = {
  query: UseQueryResult<Page<T>>;
  limit: number;
  offset: number;
  onOffset: (offset: number) => void;
  totalText: (total: number) => string;
  emptyText: string;
  children: (items: T[]) => ReactNode;
};

/**
 * A page of API results: the count (announced), the items or an empty message, and the pager.
 * `data-state` and `data-search` say which query the shown items answer (earlier ones stay while
 * the next loads).
 */
export const PagedResults = <T,>({ query, limit, offset, onOffset, totalText, emptyText, children }: Props<T>) => {
  const { search } = useLocation();
  return (
    <div
      className="paged-results"
      aria-busy={query.isFetching}
      data-state={query.isFetching || query.isPlaceholderData ? "loading" : "settled"}
      data-search={search}
    >
      <QueryView query={query}>
        {(page) => (
          <>
            <p role="status" className="result-count">
              {totalText(page.total)}
            </p>
            {page.items.length === 0 ? <p>{emptyText}</p> : children(page.items)}
            <Pager total={page.total} limit={limit} offset={offset} onOffset={onOffset} />
          </>
        )}
      </QueryView>
    </div>
  );
};
