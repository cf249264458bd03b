import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorKind } from "../api/errors.ts";
import { NotFoundNotice } from "./not-found-notice.tsx";

/** What a page user reads for an error: a refused request is explained, never shown raw. */
const ErrorMessage = ({ error }: { error: Error }) => {
  const { t } = useTranslation();
  return <p>{errorKind(error) === "invalid" ? t("error.request") : error.message}</p>;
};

/**
 * Loading, error or the data. A missing record is final (no retry, a search instead); a refused
 * request is explained in the reader's language; only a failure offers another try.
 */
export const QueryView = <T,>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) => {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    const kind = errorKind(query.error);
    if (kind === "not-found") return <NotFoundNotice message={query.error.message} />;
    return (
      <div role="alert" className="error">
        <ErrorMessage error={query.error} />
        {kind === "failure" ? (
          <button type="button" onClick={() => void query.refetch()}>
            {t("common.retry")}
          </button>
        ) : null}
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
    <div role="alert" className="error">
      <ErrorMessage error={error} />
    </div>
  ) : null;
