import { Link } from "react-router";
import { useReference } from "../api/use-reference.ts";

/** A locality or organisation by its name in the reader's language (or the given label), linked to its page. */
export const PartyLink = ({ id, label }: { id: string; label?: string }) => {
  const reference = useReference();
  // Until the names have loaded, an ellipsis rather than the raw id.
  const name = label ?? (reference.isReady ? reference.nameOf(id) : "…");
  return id.startsWith("org:") ? (
    <Link to={`/organisations/${encodeURIComponent(id)}`}>{name}</Link>
  ) : (
    <Link to={`/atlas/${id}`}>{name}</Link>
  );
};
