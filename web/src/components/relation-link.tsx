import { Link } from "react-router";
import type { Relation } from "../api/types.ts";
import { useApi } from "../api/use-api.ts";
import { useLang } from "../api/use-lang.ts";
import { pick } from "../lib/lang.ts";

/** A relation by its title in the reader's language, linked to its page (the id only while loading). */
export const RelationLink = ({ id }: { id: string }) => {
  const lang = useLang();
  const relation = useApi<Relation>(`/api/relations/${encodeURIComponent(id)}`, {}, { staleTime: 600_000 });
  return (
    <Link to={`/registry/${encodeURIComponent(id)}`} data-relation={id}>
      {relation.data ? pick(relation.data.title, lang) : "…"}
    </Link>
  );
};
