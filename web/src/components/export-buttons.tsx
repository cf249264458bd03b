import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TableFile, toCsv, toXlsx } from "../../../src/export/table-file.ts";

type Props = { fileName: string; build: () => Promise<TableFile> };

const download = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** Download the whole filtered list as CSV (UTF-8 with a byte-order mark) or XLSX. */
export const ExportButtons = ({ fileName, build }: Props) => {
  const { t } = useTranslation();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const run = async (format: "csv" | "xlsx") => {
    setState("busy");
    try {
      const table = await build();
      const blob =
        format === "csv"
          ? new Blob([toCsv(table, { withBom: true })], { type: "text/csv;charset=utf-8" })
          : await toXlsx(table);
      download(blob, `${fileName}.${format}`);
      setState("idle");
    } catch {
      setState("failed");
    }
  };
  return (
    <div className="export-buttons">
      <span>{t("export.label")}</span>
      <button type="button" className="link-button" disabled={state === "busy"} onClick={() => void run("csv")}>
        CSV
      </button>
      <button type="button" className="link-button" disabled={state === "busy"} onClick={() => void run("xlsx")}>
        XLSX
      </button>
      <span role="status" className="note">
        {state === "busy" ? t("common.loading") : state === "failed" ? t("export.failed") : ""}
      </span>
    </div>
  );
};
