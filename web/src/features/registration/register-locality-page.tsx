import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { Action } from "../../../../src/domain/policy/policy.ts";
import { REGISTRABLE_TIERS } from "../../../../src/domain/registration/tiers.ts";
import { useLang } from "../../api/use-lang.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { useReference } from "../../api/use-reference.ts";
import { useWrite } from "../../api/use-write.ts";
import { fieldErrors } from "../../components/form/field-errors.ts";
import { Field, TextInput } from "../../components/form/form-field.tsx";
import { FormStatus } from "../../components/form/form-status.tsx";
import { useTitle } from "../../components/use-title.ts";
import { labelOf } from "../../lib/labels.ts";
import { pick } from "../../lib/lang.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";
import { type PlaceOption, usePlaceSuggestions } from "./place-suggestions.ts";

type Value = {
  th: string;
  en: string;
  ja: string;
  tier: string;
  province: string;
  district: string;
  subdistrict: string;
  website: string;
  email: string;
  phone: string;
};

const EMPTY: Value = {
  th: "",
  en: "",
  ja: "",
  tier: "",
  province: "",
  district: "",
  subdistrict: "",
  website: "",
  email: "",
  phone: "",
};

const optional = (name: string, text: string) => (text.trim() ? { [name]: text.trim() } : {});

const bodyOf = (value: Value) => {
  const contacts = {
    ...optional("website", value.website),
    ...optional("email", value.email),
    ...optional("phone", value.phone),
  };
  return {
    names: { th: value.th.trim(), ...optional("en", value.en), ...optional("ja", value.ja) },
    tier: value.tier,
    province: value.province,
    district: value.district.trim(),
    ...optional("subdistrict", value.subdistrict),
    ...(Object.keys(contacts).length ? { contacts } : {}),
  };
};

const placeLabel = (place: PlaceOption) => [place.names.th, place.names.en].filter(Boolean).join(" · ") || place.code;

/** The provinces this user may register a body in: every Thai province for facilitators, else their own. */
const useProvinces = (may: (action: Action) => boolean) => {
  const reference = useReference();
  return reference.localities.filter(
    (locality) =>
      locality.country === "TH" &&
      locality.tier === "province" &&
      may({ type: "locality.register", province: locality.id }),
  );
};

const RegisterForm = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { may } = usePolicy();
  const provinces = useProvinces(may);
  const [value, setValue] = useState<Value>(EMPTY);
  const suggestions = usePlaceSuggestions(value.province, value.district);
  const write = useWrite<{ id: string }>();
  const errors = fieldErrors(write.error);
  const form = "register";
  if (provinces.length === 0) return <p>{t("reg.not-allowed")}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate(
      { method: "POST", path: "/api/localities", body: bodyOf(value) },
      { onSuccess: (result) => navigate(`/atlas/${encodeURIComponent(result.id)}`) },
    );
  };
  const set = (field: keyof Value) => (text: string) => setValue({ ...value, [field]: text });
  const labels = {
    "names.th": t("reg.name-th"),
    "names.en": t("reg.name-en"),
    "names.ja": t("reg.name-ja"),
    tier: t("reg.tier"),
    province: t("reg.province"),
    district: t("reg.district"),
    subdistrict: t("reg.subdistrict"),
    "contacts.website": t("ws.contacts.website"),
    "contacts.email": t("ws.contacts.email"),
    "contacts.phone": t("ws.contacts.phone"),
  };
  const select = (name: "tier" | "province", options: { value: string; label: string }[]) => (
    <Field form={form} name={name} label={labels[name]} errors={errors.of(name)}>
      {(props) => (
        <select {...props} name={name} value={value[name]} onChange={(event) => set(name)(event.target.value)}>
          <option value="">{t("reg.choose")}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const placeInput = (name: "district" | "subdistrict", places: PlaceOption[]) => (
    <Field form={form} name={name} label={labels[name]} hint={t("reg.place-hint")} errors={errors.of(name)}>
      {(props) => (
        <>
          <input
            {...props}
            name={name}
            list={`${form}-${name}-list`}
            autoComplete="off"
            value={value[name]}
            onChange={(event) => set(name)(event.target.value)}
          />
          <datalist id={`${form}-${name}-list`}>
            {places.map((place) => (
              <option key={place.id} value={place.names.th ?? place.names.en ?? place.code}>
                {placeLabel(place)}
              </option>
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
  return (
    <form className="stack-form" onSubmit={submit} noValidate aria-labelledby="register-title">
      <FormStatus form={form} error={write.error} errors={errors} labels={labels} />
      <fieldset className="field-row">
        <legend>{t("ws.field.name")}</legend>
        <p className="field-hint">{t("reg.names-hint")}</p>
        <TextInput
          form={form}
          name="names.th"
          lang="th"
          label={labels["names.th"]}
          required
          value={value.th}
          onChange={set("th")}
          errors={errors.of("names.th")}
        />
        <TextInput
          form={form}
          name="names.en"
          lang="en"
          label={labels["names.en"]}
          value={value.en}
          onChange={set("en")}
          errors={errors.of("names.en")}
        />
        <TextInput
          form={form}
          name="names.ja"
          lang="ja"
          label={labels["names.ja"]}
          value={value.ja}
          onChange={set("ja")}
          errors={errors.of("names.ja")}
        />
      </fieldset>
      <div className="field-row">
        {select(
          "tier",
          REGISTRABLE_TIERS.map((tier) => ({ value: tier, label: labelOf(t, "tier", tier) })),
        )}
        {select(
          "province",
          provinces.map((province) => ({ value: province.id, label: pick(province.names, lang) })),
        )}
      </div>
      <div className="field-row">
        {placeInput("district", suggestions.districts)}
        {placeInput("subdistrict", suggestions.subdistricts)}
      </div>
      <fieldset className="field-row">
        <legend>{t("reg.contacts")}</legend>
        <TextInput
          form={form}
          name="contacts.website"
          type="url"
          label={labels["contacts.website"]}
          value={value.website}
          onChange={set("website")}
          errors={errors.of("contacts.website")}
        />
        <TextInput
          form={form}
          name="contacts.email"
          type="email"
          label={labels["contacts.email"]}
          value={value.email}
          onChange={set("email")}
          errors={errors.of("contacts.email")}
        />
        <TextInput
          form={form}
          name="contacts.phone"
          type="tel"
          label={labels["contacts.phone"]}
          value={value.phone}
          onChange={set("phone")}
          errors={errors.of("contacts.phone")}
        />
      </fieldset>
      <p className="actions">
        <button type="submit" className="button" disabled={write.isPending}>
          {t("reg.submit")}
        </button>
      </p>
    </form>
  );
};

/** /register-locality — a Thai local government not yet in the atlas registers itself. */
export const RegisterLocalityPage = () => {
  const { t } = useTranslation();
  useTitle(t("reg.title"));
  return (
    <SignedInOnly>
      <h1 id="register-title">{t("reg.title")}</h1>
      <p className="lead">{t("reg.lead")}</p>
      <RegisterForm />
    </SignedInOnly>
  );
};
