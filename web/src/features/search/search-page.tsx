import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { SearchItem } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { labelOf } from "../../lib/labels.ts";
import { pick } from "../../lib/lang.ts";
import { hrefOf } from "./search-links.ts";

const Hit = ({ item }: { item: SearchItem }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const kind = item.placeKind ? labelOf(t, "place", item.placeKind) : t(`search.kind.${item.kind}`);
  return (
    <li className="search-hit" data-kind={item.kind}>
      <Link to={hrefOf(item)}>{pick(item.names, lang)}</Link> <span className="badge">{kind}</span>
      {item.within ? <span className="muted"> {t("search.in", { name: pick(item.within.names, lang) })}</span> : null}
      {item.localities?.length ? (
        <p className="search-there">
          {t("search.there")}
          {item.localities.map((locality, index) => (
            <span key={locality.id}>
              {index ? ", " : ""}
              <Link to={`/atlas/${locality.id}`}>{pick(locality.names, lang)}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
};

export const SearchPage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = (params.get("q") ?? "").trim();
  useTitle(q ? t("search.results", { q }) : t("search.title"));
  const results = useApi<{ items: SearchItem[] }>("/api/search", { q, limit: 30 }, { enabled: q !== "" });
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{q ? t("search.results", { q }) : t("search.title")}</h1>
      {q === "" ? (
        <p>{t("search.prompt")}</p>
      ) : (
        <QueryView query={results}>
          {(data) =>
            data.items.length === 0 ? (
              <p className="search-empty">{t("search.empty", { q })}</p>
            ) : (
              <ol className="search-hits">
                {data.items.map((item) => (
                  <Hit key={item.id} item={item} />
                ))}
              </ol>
            )
          }
        </QueryView>
      )}
    </section>
  );
};
