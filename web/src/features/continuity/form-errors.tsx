import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";

/** The API's message for one field (or any field under it), as the server put it in the reader's language. */
export const fieldError = (error: unknown, field: string): string | undefined =>
  error instanceof ApiError
    ? error.details.find((detail) => detail.field === field || detail.field.startsWith(`${field}.`))?.message
    : undefined;

/** Props that tie an input to its error message, for screen readers. */
export const describedBy = (error: unknown, field: string, id: string) =>
  fieldError(error, field) ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};

export const FieldError = ({ error, field, id }: { error: unknown; field: string; id: string }) => {
  const message = fieldError(error, field);
  return message ? (
    <p className="field-error" id={`${id}-error`}>
      {message}
    </p>
  ) : null;
};

/** What went wrong with a write, announced and focused so keyboard and screen-reader users find it. */
export const WriteError = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  return (
    <div className="form-summary" role="alert" tabIndex={-1} ref={ref}>
      <p>{error instanceof Error ? error.message : t("cw.error.generic")}</p>
    </div>
  );
};
