import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useSession } from "../../api/session.ts";
import { useWrite } from "../../api/use-write.ts";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import type { Proposal } from "./types.ts";

/**
 * "Propose this partnership" on a pair page: a draft prefilled from the pair's evaluation, opened
 * for editing. Visitors are asked to sign in first.
 */
export const ProposeButton = ({ a, b, issue }: { a: string; b: string; issue: string }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const create = useWrite<Proposal>();
  if (session.isPending) return null;
  if (!session.data)
    return (
      <p className="propose">
        <Link to={`/sign-in?next=${encodeURIComponent(`/match/pair?a=${a}&b=${b}`)}`}>{t("propose.sign-in")}</Link>
      </p>
    );
  return (
    <div className="propose">
      <button
        type="button"
        className="button"
        disabled={create.isPending}
        onClick={() =>
          create.mutate(
            { method: "POST", path: "/api/proposals/from-pair", body: { a, b, ...(issue ? { issue } : {}) } },
            { onSuccess: (proposal) => navigate(`/proposals/${proposal.id}/edit`) },
          )
        }
      >
        {create.isPending ? t("propose.busy") : t("propose.button")}
      </button>
      <FormStatus form="propose" error={create.error} errors={NO_ERRORS} />
    </div>
  );
};
