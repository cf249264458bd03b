import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Scored } from "../../api/types.ts";
import { useReference } from "../../api/use-reference.ts";
import { CriteriaBars } from "./criteria-bars.tsx";
import { FlagList } from "./flag-list.tsx";
import { ReasonList } from "./reason-list.tsx";
import { ScoreBadge } from "./score-band.tsx";

type ResultCardProps = {
  rank: number;
  result: Scored & { id?: string; thai?: string; japanese?: string };
  from?: string;
  pairQuery?: string;
  compare?: ReactNode;
};

/** One ranked candidate: score, bars per criterion, reasons with sources, issues, flags. */
export const ResultCard = ({ rank, result, from, pairQuery = "", compare }: ResultCardProps) => {
  const { t } = useTranslation();
  const reference = useReference();
  const a = result.thai ?? from ?? "";
  const b = result.japanese ?? result.id ?? "";
  const subject = from ? b : `${a}|${b}`;
  const title = from ? reference.nameOf(b) : t("pair.title", { a: reference.nameOf(a), b: reference.nameOf(b) });
  return (
    <li className="result" data-result={subject}>
      <header className="result-header">
        <span className="rank">{t("match.rank", { rank })}</span>
        <h3>{from ? <Link to={`/atlas/${b}`}>{title}</Link> : title}</h3>
        <ScoreBadge band={result.band} score={result.score} />
      </header>
      <FlagList flags={result.flags} />
      <div className="result-body">
        <CriteriaBars criteria={result.criteria} />
        <div>
          <ReasonList reasons={result.reasons} />
          {result.issues.length ? (
            <p className="issues">
              {t("match.issues")}:{" "}
              {result.issues.map((issue, index) => (
                <span key={issue}>
                  {index ? ", " : ""}
                  <Link to={`/issues/${issue}`}>{reference.issueLabel(issue)}</Link>
                </span>
              ))}
            </p>
          ) : null}
        </div>
      </div>
      <footer className="result-footer">
        {compare}
        <Link to={`/match/pair?a=${a}&b=${b}${pairQuery}`}>{t("match.open-pair")}</Link>
      </footer>
    </li>
  );
};
