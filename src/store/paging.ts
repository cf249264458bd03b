import type { PgSelect } from "drizzle-orm/pg-core";

export type Paging = { limit?: number | undefined; offset?: number | undefined };

/**
 * A page when the caller asks for one, every row when it does not: a silent default cap would
 * drop records from the catalog, the matcher and exports once the data outgrows it.
 */
export const paged = <T extends PgSelect>(query: T, paging: Paging): T => {
  let limited = query;
  if (paging.limit !== undefined) limited = limited.limit(paging.limit);
  if (paging.offset) limited = limited.offset(paging.offset);
  return limited;
};
