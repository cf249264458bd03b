import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "./field-errors.ts";
import { inputId } from "./field-errors.ts";

/**
 * What the last submit came to: the API's message and each field's problem as a link to its input
 * (focused, so a screen reader hears it at once), or a confirmation.
 */
export const FormStatus = ({
  form,
  error,
  errors,
  success,
  labels = {},
}: {
  form: string;
  error: Error | null;
  errors: FieldErrors;
  success?: string | undefined;
  /** The inputs' labels by field, so the summary names them as the form does. */
  labels?: Record<string, string>;
}) => {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);
  if (error) {
    return (
      <div ref={summary} className="error form-summary" role="alert" tabIndex={-1}>
        <p>{errors.all.length ? t("ws.form.fix") : error.message}</p>
        {errors.all.length ? (
          <ul>
            {errors.all.map((problem) => (
              <li key={`${problem.field}:${problem.message}`}>
                <a href={`#${inputId(form, problem.field)}`}>
                  {problem.field ? `${labels[problem.field] ?? problem.field}: ` : ""}
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  return success ? (
    <p className="ok" role="status">
      {success}
    </p>
  ) : null;
};
