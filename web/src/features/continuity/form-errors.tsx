import { fieldErrors } from "../../components/form/field-errors.ts";

/** The API's message for one field or any field under it ("sources" covers "sources.0.title"). */
export const fieldError = (error: unknown, field: string): string | undefined =>
  fieldErrors(error).all.find((problem) => problem.field === field || problem.field.startsWith(`${field}.`))?.message;

/** Props that tie an input to its error message, for screen readers. */
export const describedBy = (error: unknown, field: string, id: string) =>
  fieldError(error, field) ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};

/** The problem beside its input; the form's summary above is the shared FormStatus. */
export const FieldError = ({ error, field, id }: { error: unknown; field: string; id: string }) => {
  const message = fieldError(error, field);
  return message ? (
    <p className="field-error" id={`${id}-error`}>
      {message}
    </p>
  ) : null;
};
