import type { Locality } from "../../domain/locality.ts";
import type { ProposalContent } from "../../domain/proposals/proposal.ts";
import type { ExistingRelation } from "../../domain/rules/readiness/finding.ts";
import { checkReadiness, type Readiness } from "../../domain/rules/readiness/readiness.ts";
import type { Repositories } from "../../store/repositories.ts";
import { NotFound } from "../errors.ts";

const localityOf = async (repos: Pick<Repositories, "localities">, id: string): Promise<Locality> => {
  const locality = await repos.localities.get(id);
  if (!locality) throw new NotFound("locality", id);
  return locality;
};

/** Relations the registry already records between the pair (the proposing body counts as the Thai side). */
const relationsBetween = async (
  repos: Pick<Repositories, "relations">,
  thaiSides: string[],
  japanese: string,
): Promise<ExistingRelation[]> => {
  const { items } = await repos.relations.list({ party: japanese });
  return items
    .filter((relation) => relation.parties.some((party) => thaiSides.includes(party)))
    .map(({ id, type, status }) => ({ id, type, status }));
};

/** Loads what the pure rules need (profiles, the registry) and runs them. */
export const readinessFor = async (
  repos: Pick<Repositories, "localities" | "relations">,
  content: ProposalContent,
): Promise<Readiness> => {
  const thai = await localityOf(repos, content.thaiParty);
  const japanese = await localityOf(repos, content.japaneseParty);
  const proposingBody = content.proposingBody ? await localityOf(repos, content.proposingBody) : undefined;
  const existingRelations = await relationsBetween(
    repos,
    [content.thaiParty, ...(content.proposingBody ? [content.proposingBody] : [])],
    content.japaneseParty,
  );
  return checkReadiness({ content, thai, japanese, proposingBody, existingRelations });
};
