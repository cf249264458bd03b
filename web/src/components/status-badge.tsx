import { useTranslation } from "react-i18next";
import { labelOf } from "../lib/labels.ts";

type Props = { status: string; suggested?: string | undefined };

/**
 * The status a reader should act on: the one the last dated activity suggests, when the API gives
 * it. Where the record says otherwise, hovering (or a screen reader) tells what it records.
 */
export const StatusBadge = ({ status, suggested }: Props) => {
  const { t } = useTranslation();
  const shown = suggested ?? status;
  const recorded =
    shown === status ? undefined : t("status.recorded", { status: labelOf(t, "relation.status", status) });
  return (
    <span
      className={`badge status-${shown}`}
      title={recorded}
      data-status={shown}
      data-recorded={recorded ? status : undefined}
    >
      {labelOf(t, "relation.status", shown)}
      {recorded ? <span className="visually-hidden"> ({recorded})</span> : null}
    </span>
  );
};
