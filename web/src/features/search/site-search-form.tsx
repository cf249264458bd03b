import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";

/** The header's search box: any name in any language; results on the search page. */
export const SiteSearchForm = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const inputId = useId();
  const [text, setText] = useState(params.get("q") ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <search className="site-search">
      <form onSubmit={submit}>
        <label htmlFor={inputId} className="visually-hidden">
          {t("search.label")}
        </label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={text}
          placeholder={t("search.placeholder")}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{t("search.submit")}</button>
      </form>
    </search>
  );
};
