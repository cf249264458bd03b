import { useApi } from "./use-api.ts";

type ReportInfo = { available: boolean; lineCount: number | null };

/** Whether the server holds the research report's text (so cited lines can be opened), and its length. */
export const useReport = (): { isAvailable: boolean; lineCount: number } => {
  const report = useApi<ReportInfo>("/api/report", {}, { staleTime: Number.POSITIVE_INFINITY });
  return { isAvailable: report.data?.available ?? false, lineCount: report.data?.lineCount ?? 0 };
};

export const useReportAvailable = (): boolean => useReport().isAvailable;
