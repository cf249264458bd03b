import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Stats } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { HomeSearch } from "./home-search.tsx";
import { NoPartnerList } from "./no-partner-list.tsx";
import { PartnerMap } from "./partner-map.tsx";
import { StatCounts } from "./stat-counts.tsx";
import { StatsCharts } from "./stats-charts.tsx";

export const HomePage = () => {
  const { t } = useTranslation();
  useTitle(undefined);
  const stats = useApi<Stats>("/api/stats", {}, { keepPrevious: true });
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("home.title")}</h1>
        <p className="lead">{t("home.intro")}</p>
        <HomeSearch />
        <p className="actions">
          <Link className="button" to="/match">
            {t("home.cta.match")}
          </Link>
          <Link className="button secondary" to="/atlas">
            {t("home.cta.atlas")}
          </Link>
        </p>
      </section>
      <QueryView query={stats}>
        {(data) => (
          <>
            <StatCounts counts={data.counts} />
            <StatsCharts stats={data} />
            <PartnerMap links={data.links} />
            <NoPartnerList provinces={data.provincesWithoutPartner} />
          </>
        )}
      </QueryView>
    </>
  );
};
