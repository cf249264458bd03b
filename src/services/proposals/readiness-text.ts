import { isLocalityId } from "../../domain/ids.ts";
import type { Readiness } from "../../domain/rules/readiness/readiness.ts";
import { type Lang, textIn } from "../../domain/text.ts";
import { isMessageKey, t } from "../../i18n/index.ts";
import type { Repositories } from "../../store/repositories.ts";

/** Locality ids become names and relation ids titles, in the reader's language. */
const nameParams = async (
  repos: Pick<Repositories, "localities" | "relations">,
  params: Record<string, string | number>,
  lang: Lang,
) => {
  const named: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string" && isLocalityId(value)) {
      named[key] = (await repos.localities.get(value))?.names[lang] ?? value;
    } else if (key === "relations" && typeof value === "string") {
      const titles = [];
      for (const id of value.split(", ")) {
        const relation = await repos.relations.get(id);
        titles.push(relation ? textIn(relation.title, lang).value : id);
      }
      named[key] = titles.join(", ");
    } else named[key] = value;
  }
  return named;
};

/** The readiness check as a reader sees it: each finding as a plain sentence with its report lines. */
export const presentReadiness = async (
  repos: Pick<Repositories, "localities" | "relations">,
  readiness: Readiness,
  lang: Lang,
) => ({
  maySubmit: readiness.blockers.length === 0,
  needsComment: readiness.warnings.length > 0,
  blockers: readiness.blockers,
  warnings: readiness.warnings,
  dimensions: await Promise.all(
    readiness.dimensions.map(async (result) => ({
      dimension: result.dimension,
      label: t(lang, `readiness.dimension.${result.dimension}`),
      status: result.status,
      findings: await Promise.all(
        result.findings.map(async (found) => {
          const key = `readiness.${found.code}`;
          const params = await nameParams(repos, found.params ?? {}, lang);
          return {
            code: found.code,
            severity: found.severity,
            message: isMessageKey(key) ? t(lang, key, params) : found.code,
            sources: found.sources,
          };
        }),
      ),
    })),
  ),
});
