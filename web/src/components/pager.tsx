import { useTranslation } from "react-i18next";

type PagerProps = { total: number; limit: number; offset: number; onOffset: (offset: number) => void };

export const Pager = ({ total, limit, offset, onOffset }: PagerProps) => {
  const { t } = useTranslation();
  if (total <= limit) return null;
  return (
    <nav
      className="pager"
      aria-label={t("common.range", { from: offset + 1, to: Math.min(total, offset + limit), total })}
    >
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        {t("common.previous")}
      </button>
      <span>{t("common.range", { from: offset + 1, to: Math.min(total, offset + limit), total })}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>
        {t("common.next")}
      </button>
    </nav>
  );
};
