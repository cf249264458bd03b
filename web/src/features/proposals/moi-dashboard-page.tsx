import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { labelOf } from "../../lib/labels.ts";
import { StepBadge } from "./step-badge.tsx";
import type { Dashboard } from "./types.ts";
import "./proposals.css";

const BoardView = ({ board }: { board: Dashboard }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  return (
    <>
      <p className="lead">{t("moi.summary", { total: board.total, overdue: board.overdue })}</p>
      <p className="actions">
        <a className="button secondary" href={`/api/proposals/export.csv?lang=${lang}`} download>
          {t("moi.export-csv")}
        </a>
        <a className="button secondary" href={`/api/proposals/export.xlsx?lang=${lang}`} download>
          {t("moi.export-xlsx")}
        </a>
      </p>
      <section aria-labelledby="moi-list">
        <h2 id="moi-list">{t("moi.list")}</h2>
        <div className="table-scroll">
          <table className="moi-table">
            <thead>
              <tr>
                <th scope="col">{t("export.proposals.thai")}</th>
                <th scope="col">{t("export.proposals.japanese")}</th>
                <th scope="col">{t("export.proposals.instrument")}</th>
                <th scope="col">{t("export.proposals.step")}</th>
              </tr>
            </thead>
            <tbody>
              {board.proposals.map((row) => (
                <tr key={row.id} className={row.isOverdue ? "overdue" : undefined}>
                  <td>
                    <Link to={`/proposals/${row.id}`}>{reference.nameOf(row.thaiParty)}</Link>
                  </td>
                  <td>{reference.nameOf(row.japaneseParty)}</td>
                  <td>{labelOf(t, "relation.type", row.instrument)}</td>
                  <td>
                    <StepBadge step={row.step} standing={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="moi-grid">
        <section aria-labelledby="moi-steps">
          <h2 id="moi-steps">{t("moi.by-step")}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("export.proposals.step")}</th>
                <th scope="col">{t("moi.count")}</th>
                <th scope="col">{t("export.proposals.overdue")}</th>
              </tr>
            </thead>
            <tbody>
              {board.byStep
                .filter((row) => row.count > 0)
                .map((row) => (
                  <tr key={row.step}>
                    <th scope="row">{t(`proposal.step.${row.step}`)}</th>
                    <td>{row.count}</td>
                    <td>{row.overdue}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="moi-provinces">
          <h2 id="moi-provinces">{t("moi.by-province")}</h2>
          <table>
            <tbody>
              {board.byProvince.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{reference.nameOf(row.id)}</th>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t("moi.by-region")}</h2>
          <table>
            <tbody>
              {board.byRegion.map((row) => (
                <tr key={row.region}>
                  <th scope="row">{labelOf(t, "region", row.region)}</th>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section aria-labelledby="moi-without">
        <h2 id="moi-without">{t("moi.without", { count: board.provincesWithoutRelationOrProposal.length })}</h2>
        <p className="province-list">
          {board.provincesWithoutRelationOrProposal.map((id) => reference.nameOf(id)).join(" · ")}
        </p>
      </section>
    </>
  );
};

/** MOI's view (facilitators): where every proposal stands, overdue first, and where none exist. */
export const MoiDashboardPage = () => {
  const { t } = useTranslation();
  const board = useApi<Dashboard>("/api/proposals/dashboard", {}, { staleTime: 0 });
  useTitle(t("moi.title"));
  return (
    <section aria-labelledby="moi-title" className="moi">
      <h1 id="moi-title">{t("moi.title")}</h1>
      <QueryView query={board}>{(data) => <BoardView board={data} />}</QueryView>
    </section>
  );
};
