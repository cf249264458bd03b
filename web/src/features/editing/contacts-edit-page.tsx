import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Contacts, Locality, Person } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useWrite } from "../../api/use-write.ts";
import { type FieldErrors, fieldErrors } from "../../components/form/field-errors.ts";
import { TextInput } from "../../components/form/form-field.tsx";
import { FormStatus } from "../../components/form/form-status.tsx";
import { SourceFields, type SourceValue, toUserSource } from "../../components/form/source-fields.tsx";
import { fromUserText, TriText, type TriTextValue, toUserText } from "../../components/form/tri-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { languageName } from "../atlas/locality-contacts.tsx";
import { EditFrame } from "./edit-frame.tsx";
import { sourceValueOf } from "./entry-form.tsx";

/** Languages offered as boxes to tick; others can be typed as two-letter codes. */
const COMMON_LANGUAGES = ["th", "en", "ja", "zh", "ko", "vi", "lo", "km", "my", "ms", "id", "fr", "de"];

type PersonValue = { name: string; title: string; email: string; phone: string };
type ContactsValue = {
  office: TriTextValue;
  email: string;
  phone: string;
  website: string;
  languages: string[];
  other: string;
  officer: PersonValue;
  deputy: PersonValue;
  source: SourceValue;
  reason: string;
};

const personValue = (person: Person | undefined): PersonValue => ({
  name: person?.name ?? "",
  title: person?.title ?? "",
  email: person?.email ?? "",
  phone: person?.phone ?? "",
});

const formValueOf = (contacts: Contacts | null): ContactsValue => ({
  office: fromUserText(contacts?.office),
  email: contacts?.email ?? "",
  phone: contacts?.phone ?? "",
  website: contacts?.website ?? "",
  languages: (contacts?.languages ?? []).filter((code) => COMMON_LANGUAGES.includes(code)),
  other: (contacts?.languages ?? []).filter((code) => !COMMON_LANGUAGES.includes(code)).join(", "),
  officer: personValue(contacts?.officer),
  deputy: personValue(contacts?.deputy),
  source: contacts ? sourceValueOf(contacts.source) : { kind: "self-reported", title: "", url: "", date: "" },
  reason: "",
});

const optional = (name: string, value: string) => (value.trim() ? { [name]: value.trim() } : {});

/** A person is sent when any of their fields is filled (the API then asks for the name). */
const personBody = (person: PersonValue) =>
  Object.values(person).some((field) => field.trim())
    ? {
        name: person.name.trim(),
        ...optional("title", person.title),
        ...optional("email", person.email),
        ...optional("phone", person.phone),
      }
    : undefined;

const bodyOf = (value: ContactsValue) => {
  const office = toUserText(value.office);
  const officer = personBody(value.officer);
  const deputy = personBody(value.deputy);
  const others = value.other
    .split(/[\s,]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  return {
    ...(Object.keys(office).length ? { office } : {}),
    ...optional("email", value.email),
    ...optional("phone", value.phone),
    ...optional("website", value.website),
    languages: [...new Set([...value.languages, ...others])],
    ...(officer ? { officer } : {}),
    ...(deputy ? { deputy } : {}),
    source: toUserSource(value.source),
    ...optional("reason", value.reason),
  };
};

const PersonFields = ({
  form,
  name,
  legend,
  value,
  onChange,
  errors,
}: {
  form: string;
  name: "officer" | "deputy";
  legend: string;
  value: PersonValue;
  onChange: (value: PersonValue) => void;
  errors: FieldErrors;
}) => {
  const { t } = useTranslation();
  const field = (key: keyof PersonValue, type: "text" | "email" | "tel", label: string, autoComplete: string) => (
    <TextInput
      form={form}
      name={`${name}.${key}`}
      type={type}
      label={label}
      autoComplete={autoComplete}
      value={value[key]}
      onChange={(text) => onChange({ ...value, [key]: text })}
      errors={errors.of(`${name}.${key}`)}
    />
  );
  return (
    <fieldset id={`${form}-${name}`} className="field-row">
      <legend>{legend}</legend>
      {field("name", "text", t("ws.field.name"), "off")}
      {field("title", "text", t("ws.contacts.position"), "off")}
      {field("email", "email", t("ws.contacts.email"), "off")}
      {field("phone", "tel", t("ws.contacts.phone"), "off")}
    </fieldset>
  );
};

const ContactsForm = ({ locality }: { locality: Locality }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const form = "contacts";
  const [value, setValue] = useState(() => formValueOf(locality.contacts ?? null));
  const write = useWrite();
  const errors = fieldErrors(write.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate({
      method: "PUT",
      path: `/api/localities/${encodeURIComponent(locality.id)}/contacts`,
      body: bodyOf(value),
    });
  };
  const labels = {
    office: t("ws.contacts.office"),
    email: t("ws.contacts.email"),
    phone: t("ws.contacts.phone"),
    website: t("ws.contacts.website"),
    languages: t("ws.contacts.languages"),
    "officer.name": `${t("ws.contacts.officer")} – ${t("ws.field.name")}`,
    "officer.email": `${t("ws.contacts.officer")} – ${t("ws.contacts.email")}`,
    "officer.phone": `${t("ws.contacts.officer")} – ${t("ws.contacts.phone")}`,
    "deputy.name": `${t("ws.contacts.deputy")} – ${t("ws.field.name")}`,
    "deputy.email": `${t("ws.contacts.deputy")} – ${t("ws.contacts.email")}`,
    "deputy.phone": `${t("ws.contacts.deputy")} – ${t("ws.contacts.phone")}`,
    "source.title": t("ws.source.title"),
    "source.url": t("ws.source.url"),
  };
  return (
    <form className="stack-form" onSubmit={submit} noValidate aria-labelledby="edit-title">
      <FormStatus
        form={form}
        error={write.error}
        errors={errors}
        labels={labels}
        success={write.isSuccess ? t("ws.saved") : undefined}
      />
      <TriText
        form={form}
        name="office"
        legend={t("ws.contacts.office")}
        multiline={false}
        value={value.office}
        errors={errors}
        onChange={(office) => setValue({ ...value, office })}
      />
      <div className="field-row">
        <TextInput
          form={form}
          name="email"
          type="email"
          label={t("ws.contacts.email")}
          value={value.email}
          onChange={(email) => setValue({ ...value, email })}
          errors={errors.of("email")}
        />
        <TextInput
          form={form}
          name="phone"
          type="tel"
          label={t("ws.contacts.phone")}
          value={value.phone}
          onChange={(phone) => setValue({ ...value, phone })}
          errors={errors.of("phone")}
        />
        <TextInput
          form={form}
          name="website"
          type="url"
          label={t("ws.contacts.website")}
          value={value.website}
          onChange={(website) => setValue({ ...value, website })}
          errors={errors.of("website")}
        />
      </div>
      <fieldset id={`${form}-languages`} className="choice-row">
        <legend>{t("ws.contacts.languages")}</legend>
        {COMMON_LANGUAGES.map((code) => (
          <label key={code} className="check">
            <input
              type="checkbox"
              name="languages"
              value={code}
              checked={value.languages.includes(code)}
              onChange={(event) =>
                setValue({
                  ...value,
                  languages: event.target.checked
                    ? [...value.languages, code]
                    : value.languages.filter((other) => other !== code),
                })
              }
            />{" "}
            {languageName(code, lang)}
          </label>
        ))}
        <TextInput
          form={form}
          name="languages"
          label={t("ws.contacts.other-languages")}
          hint={t("ws.contacts.other-languages-hint")}
          value={value.other}
          onChange={(other) => setValue({ ...value, other })}
          errors={errors.all
            .filter((problem) => problem.field.startsWith("languages"))
            .map((problem) => problem.message)}
        />
      </fieldset>
      <PersonFields
        form={form}
        name="officer"
        legend={t("ws.contacts.officer")}
        value={value.officer}
        errors={errors}
        onChange={(officer) => setValue({ ...value, officer })}
      />
      <PersonFields
        form={form}
        name="deputy"
        legend={t("ws.contacts.deputy")}
        value={value.deputy}
        errors={errors}
        onChange={(deputy) => setValue({ ...value, deputy })}
      />
      <SourceFields
        form={form}
        value={value.source}
        errors={errors}
        onChange={(source) => setValue({ ...value, source })}
      />
      <TextInput
        form={form}
        name="reason"
        label={t("ws.field.reason")}
        value={value.reason}
        onChange={(reason) => setValue({ ...value, reason })}
        errors={errors.of("reason")}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={write.isPending}>
          {t("ws.save")}
        </button>
      </p>
    </form>
  );
};

/** /edit/:id/contacts — office, email, phone, website, languages spoken, officer and deputy. */
export const ContactsEditPage = () => {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const locality = useApi<Locality>(`/api/localities/${encodeURIComponent(id)}`, {}, { staleTime: 0 });
  return (
    <EditFrame locality={id} title={t("ws.contacts.title")}>
      <QueryView query={locality}>{(data) => <ContactsForm locality={data} />}</QueryView>
    </EditFrame>
  );
};
