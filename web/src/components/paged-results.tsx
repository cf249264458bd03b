import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
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

/** A page of API results: the count (announced), the items or an empty message, and the pager. */
export const PagedResults = <T,>({ query, limit, offset, onOffset, totalText, emptyText, children }: Props<T>) => (
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
);
