import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Scope } from "../../api/session.ts";
import { useReference } from "../../api/use-reference.ts";

/** The localities and organisations someone speaks for, by name; "all localities" when none. */
export const ScopeNames = ({ scope }: { scope: Scope | null | undefined }) => {
  const { t } = useTranslation();
  const reference = useReference();
  const ids = [...(scope?.localities ?? []), ...(scope?.organisations ?? [])];
  if (ids.length === 0) return <>{t("scope.everything")}</>;
  return (
    <>
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 ? ", " : ""}
          {id.startsWith("org:") ? reference.nameOf(id) : <Link to={`/atlas/${id}`}>{reference.nameOf(id)}</Link>}
        </span>
      ))}
    </>
  );
};
