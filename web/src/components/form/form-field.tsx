import type { ReactNode } from "react";
import { inputId } from "./field-errors.ts";

type FieldProps = {
  form: string;
  name: string;
  label: string;
  errors: string[];
  hint?: string;
  wide?: boolean;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
};

/** A label, an input and its problems beside it, tied together for screen readers. */
export const Field = ({ form, name, label, errors, hint, wide, children }: FieldProps) => {
  const id = inputId(form, name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${wide ? " wide" : ""}${errors.length ? " has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {children({ id, ...(errors.length ? { "aria-invalid": true as const } : {}), "aria-describedby": describedBy })}
      {errorId ? (
        <span id={errorId} className="field-error">
          {errors.join(" ")}
        </span>
      ) : null}
    </div>
  );
};

type TextInputProps = Omit<FieldProps, "children"> & {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "password" | "url" | "tel" | "date";
  autoComplete?: string;
  required?: boolean;
  multiline?: boolean;
  lang?: string;
};

export const TextInput = ({
  value,
  onChange,
  type = "text",
  autoComplete,
  required,
  multiline,
  lang,
  ...field
}: TextInputProps) => (
  <Field {...field}>
    {(props) =>
      multiline ? (
        <textarea
          {...props}
          name={field.name}
          value={value}
          lang={lang}
          rows={3}
          required={required}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...props}
          name={field.name}
          type={type}
          value={value}
          lang={lang}
          autoComplete={autoComplete}
          required={required}
          onChange={(event) => onChange(event.target.value)}
        />
      )
    }
  </Field>
);
