import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { PairAnswer } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useReference } from "../../api/use-reference.ts";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { weightsFromParam, weightsToParam } from "../../lib/weights.ts";
import { ProposeButton } from "../proposals/propose-button.tsx";
import { CriteriaBars } from "./criteria-bars.tsx";
import { FlagList } from "./flag-list.tsx";
import { GainsList } from "./gains-list.tsx";
import { NextSteps } from "./next-steps.tsx";
import { ReasonList } from "./reason-list.tsx";
import { BandRule, ScoreBadge } from "./score-band.tsx";
import { UnderstoodLine } from "./understood-line.tsx";

const PairView = ({ pair, issue }: { pair: PairAnswer; issue: string }) => {
  const { t } = useTranslation();
  const reference = useReference();
  const title = t("pair.title", { a: reference.nameOf(pair.a), b: reference.nameOf(pair.b) });
  useTitle(title);
  return (
    <article aria-labelledby="pair-title" className="profile">
      <header className="profile-header">
        <h1 id="pair-title">{title}</h1>
        <p>
          <ScoreBadge band={pair.band} score={pair.score} isBig />
        </p>
        <BandRule count={pair.candidates} isPair />
        <p>
          <Link to={`/atlas/${pair.a}`}>{reference.nameOf(pair.a)}</Link> ·{" "}
          <Link to={`/atlas/${pair.b}`}>{reference.nameOf(pair.b)}</Link>
        </p>
      </header>
      <UnderstoodLine text={issue} understood={pair.understood} />
      <FlagList flags={pair.flags} />
      <section aria-labelledby="criteria-title" className="result-body">
        <h2 id="criteria-title" className="visually-hidden">
          {t("match.criteria")}
        </h2>
        <CriteriaBars criteria={pair.criteria} />
        <ReasonList reasons={pair.reasons} />
      </section>
      <div className="gains-grid">
        <GainsList id={pair.a} gains={pair.gains.a} />
        <GainsList id={pair.b} gains={pair.gains.b} />
      </div>
      <ProposeButton a={pair.a} b={pair.b} issue={issue} />
      <NextSteps a={pair.a} b={pair.b} title={title} />
    </article>
  );
};

/** One pair in full (GET /api/pair): criteria, reasons, flags and what each side gains. */
export const PairPage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const a = params.get("a") ?? "";
  const b = params.get("b") ?? "";
  const issue = params.get("issue") ?? "";
  const weights = weightsToParam(weightsFromParam(params.get("weights")));
  const pair = useApi<PairAnswer>("/api/pair", { a, b, issue, weights });
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/match?from=${a}${issue ? `&issue=${encodeURIComponent(issue)}` : ""}`}>{t("match.title")}</Link>
      </p>
      <QueryView query={pair}>{(data) => <PairView pair={data} issue={issue} />}</QueryView>
    </>
  );
};
