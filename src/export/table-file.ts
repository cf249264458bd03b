/**
 * One table written as a spreadsheet file, CSV or XLSX. Shared by the web (download a registry or
 * atlas list) and, later, the server (proposals, annual reports): one place for both formats.
 * XLSX is written by write-excel-file (MIT; one dependency, fflate; browser and Node builds).
 */
export type Cell = string | number | null | undefined;
export type TableFile = { name: string; columns: string[]; rows: Cell[][] };

const text = (cell: Cell): string => (cell === null || cell === undefined ? "" : String(cell));

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
export const csvField = (cell: Cell): string => {
  const value = text(cell);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};

/**
 * CSV text, CRLF line ends. `withBom` starts it with a byte-order mark so spreadsheet programs
 * read Thai and Japanese as UTF-8.
 */
export const toCsv = (table: Pick<TableFile, "columns" | "rows">, options: { withBom?: boolean } = {}): string =>
  `${options.withBom ? "\uFEFF" : ""}${[table.columns, ...table.rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const sheetName = (name: string): string => name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Sheet1";

/** A sheet's rows: a bold header row, numbers kept as numbers. */
const sheetData = (table: TableFile) => [
  table.columns.map((column) => ({ value: column, fontWeight: "bold" as const })),
  ...table.rows.map((row) =>
    row.map((cell) => (typeof cell === "number" ? { value: cell, type: Number } : { value: text(cell), type: String })),
  ),
];

/** An XLSX workbook of one sheet: a bold header row, numbers kept as numbers. */
export const toXlsx = async (table: TableFile): Promise<Blob> => {
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  return writeXlsxFile(sheetData(table), { sheet: sheetName(table.name), stickyRowsCount: 1 }).toBlob();
};

/** An XLSX workbook of several sheets, each written as `toXlsx` writes one (an annual report's tables). */
export const toXlsxWorkbook = async (tables: readonly TableFile[]): Promise<Blob> => {
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  return writeXlsxFile(
    tables.map((table) => ({ data: sheetData(table), sheet: sheetName(table.name), stickyRowsCount: 1 })),
  ).toBlob();
};
