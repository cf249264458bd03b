import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Loading, error (the API's message, already in the reader's language) or the data. */
export const QueryView = <T,>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) => {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    return (
      <div role="alert" className="error">
        <p>{query.error.message}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t("common.retry")}
        </button>
      </div>
    );
  }
  return (
    <p role="status" className="loading">
      {t("common.loading")}
    </p>
  );
};

/** The API's error for a query that also keeps showing its previous data. */
export const QueryError = ({ error }: { error: Error | null }) =>
  error ? (
    <p role="alert" className="error">
      {error.message}
    </p>
  ) : null;
