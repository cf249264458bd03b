import writeXlsxFile from "write-excel-file/node";

export type SheetValue = string | number | boolean | null | undefined;

/**
 * The project's one way to write a spreadsheet (write-excel-file: maintained, small, no native
 * code): a header row in bold, frozen, then the rows as typed cells (numbers stay numbers).
 */
export const toXlsx = async (sheet: string, headers: string[], rows: SheetValue[][]): Promise<Buffer> => {
  const data = [
    headers.map((value) => ({ value, fontWeight: "bold" as const })),
    ...rows.map((row) =>
      row.map((value) =>
        value === null || value === undefined
          ? null
          : typeof value === "number"
            ? { type: Number, value }
            : typeof value === "boolean"
              ? { type: Boolean, value }
              : { type: String, value },
      ),
    ),
  ];
  const columns = headers.map((header, index) => ({
    width: Math.min(60, Math.max(header.length, ...rows.map((row) => String(row[index] ?? "").length)) + 2),
  }));
  return writeXlsxFile(data, { sheet: sheet.slice(0, 31), columns, stickyRowsCount: 1 }).toBuffer();
};
