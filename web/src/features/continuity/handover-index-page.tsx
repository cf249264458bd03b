import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { usePolicy } from "../../api/use-policy.ts";
import { useReference } from "../../api/use-reference.ts";
import { useTitle } from "../../components/use-title.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";

/** Which locality's handover page: an officer's own (straight there when there is one), any for facilitators. */
const Choice = () => {
  const { t } = useTranslation();
  const reference = useReference();
  const { user, may } = usePolicy();
  useTitle(t("cw.nav.handover"));
  if (!user) return null;
  const own = user.scope.localities;
  if (own.length === 1 && own[0]) return <Navigate to={`/handover/${own[0]}`} replace />;
  const choices = may({ type: "relation.watch" })
    ? reference.localities.filter((locality) => locality.parent === null).map((locality) => locality.id)
    : own;
  return (
    <>
      <h1>{t("cw.nav.handover")}</h1>
      <p>{t("cw.handover.choose")}</p>
      <ul className="columns">
        {choices
          .map((id) => ({ id, name: reference.nameOf(id) }))
          .sort((a, b) => a.name.localeCompare(b.name))
          .map(({ id, name }) => (
            <li key={id}>
              <Link to={`/handover/${id}`}>{name}</Link>
            </li>
          ))}
      </ul>
    </>
  );
};

export const HandoverIndexPage = () => (
  <SignedInOnly>
    <Choice />
  </SignedInOnly>
);
