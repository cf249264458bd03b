import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Flag } from "../../api/types.ts";
import { PartyLink } from "../../components/party-link.tsx";
import { RelationLink } from "../../components/relation-link.tsx";
import { labelOf } from "../../lib/labels.ts";
import { withKeys } from "../../lib/unique-keys.ts";

/** Already related, dormant relation, thin data, signs through its province: named and linked. */
export const FlagList = ({ flags }: { flags: Flag[] }) => {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  const describe = (flag: Flag): ReactNode => {
    switch (flag.code) {
      case "already-related":
      case "dormant-relation":
        return (
          <>
            {t(`flag.${flag.code}.lead`)} <RelationLink id={flag.relation} /> (
            {labelOf(t, "relation.status", flag.status)})
          </>
        );
      case "past-event":
        return (
          <>
            {t("flag.past-event.lead")} <RelationLink id={flag.relation} />
          </>
        );
      case "thin-data":
        return t("flag.thin-data", { facts: flag.facts });
      case "signs-via-province":
        return (
          <>
            {t("flag.signs-via-province.lead")} <PartyLink id={flag.province} />
          </>
        );
    }
  };
  return (
    <ul className="flags" aria-label={t("match.flags")}>
      {withKeys(flags, (flag) => JSON.stringify(flag)).map(([key, flag]) => (
        <li key={key} className={`flag flag-${flag.code}`} data-flag={flag.code}>
          {describe(flag)}
        </li>
      ))}
    </ul>
  );
};
