import { useTranslation } from "react-i18next";

type DataTableProps = { caption: string; headers: [string, string]; rows: [string, string | number][] };

/** The numbers behind a chart, for readers who cannot see the canvas. */
export const DataTable = ({ caption, headers, rows }: DataTableProps) => {
  const { t } = useTranslation();
  return (
    <details className="data-table">
      <summary>{t("common.show-table")}</summary>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headers[0]}</th>
            <th scope="col">{headers[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
};
