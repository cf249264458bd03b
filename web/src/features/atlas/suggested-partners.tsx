import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MatchAnswer } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { QueryView } from "../../components/query-view.tsx";
import { ResultCard } from "../match/result-card.tsx";

/** The five best partners with their reasons (GET /api/match?from=ID&limit=5). */
export const SuggestedPartners = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const match = useApi<MatchAnswer>("/api/match", { from: id, limit: 5 });
  return (
    <section aria-labelledby="partners-title" id="partners">
      <h2 id="partners-title">{t("locality.partners")}</h2>
      <QueryView query={match}>
        {(answer) => (
          <ol className="results">
            {answer.results.map((result, index) => (
              <ResultCard key={result.id} from={id} result={result} rank={index + 1} />
            ))}
          </ol>
        )}
      </QueryView>
      <p>
        <Link to={`/match?from=${id}`}>{t("locality.partners-open")}</Link>
      </p>
    </section>
  );
};
