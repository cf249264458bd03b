import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";

/**
 * A missing record is final: the API's message (in the reader's language), no retry, and a way
 * on: a search box over the atlas and links to the registry and the issues.
 */
export const NotFoundNotice = ({ message }: { message?: string }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputId = useId();
  const [text, setText] = useState("");
  return (
    <div className="not-found" data-not-found="true">
      <div role="alert" className="error">
        {message ? <p>{message}</p> : null}
        <p>{t("notfound.final")}</p>
      </div>
      <search>
        <form
          className="inline-search"
          onSubmit={(event) => {
            event.preventDefault();
            const query = text.trim();
            navigate(query ? `/atlas?q=${encodeURIComponent(query)}` : "/atlas");
          }}
        >
          <label htmlFor={inputId}>{t("notfound.search-label")}</label>
          <input id={inputId} type="search" name="q" value={text} onChange={(event) => setText(event.target.value)} />
          <button type="submit" className="button">
            {t("notfound.search")}
          </button>
        </form>
      </search>
      <ul className="plain">
        <li>
          <Link to="/registry">{t("notfound.registry")}</Link>
        </li>
        <li>
          <Link to="/issues">{t("notfound.issues")}</Link>
        </li>
      </ul>
    </div>
  );
};
