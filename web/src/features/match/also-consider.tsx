import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MatchResult } from "../../api/types.ts";
import { useReference } from "../../api/use-reference.ts";
import { FlagList } from "./flag-list.tsx";

/** Candidates nobody has described yet: apart from the ranking, with the thin-data flag and an invitation. */
export const AlsoConsider = ({ results }: { results: MatchResult[] }) => {
  const { t } = useTranslation();
  const reference = useReference();
  if (results.length === 0) return null;
  return (
    <section aria-labelledby="also-consider-title" className="also-consider">
      <h3 id="also-consider-title">{t("match.also-consider")}</h3>
      <p className="notice">{t("match.also-consider-invite")}</p>
      <ul>
        {results.map((result) => (
          <li key={result.id} data-also-consider={result.id}>
            <Link to={`/atlas/${result.id}`}>{reference.nameOf(result.id)}</Link>
            <FlagList flags={result.flags} />
          </li>
        ))}
      </ul>
    </section>
  );
};
