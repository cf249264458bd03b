import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

/** A name typed in any of the three languages opens the atlas searched for it. */
export const HomeSearch = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState("");
  return (
    <search>
      <form
        className="home-search"
        onSubmit={(event) => {
          event.preventDefault();
          const query = text.trim();
          navigate(query ? `/atlas?q=${encodeURIComponent(query)}` : "/atlas");
        }}
      >
        <label htmlFor={id}>{t("home.search.label")}</label>
        <input id={id} type="search" name="q" value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="button">
          {t("home.search.submit")}
        </button>
      </form>
    </search>
  );
};
