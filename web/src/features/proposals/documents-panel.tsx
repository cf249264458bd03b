import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { useWrite } from "../../api/use-write.ts";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { formatBytes, formatDate } from "./format.ts";
import type { DocumentInfo } from "./types.ts";

/** Files attached at each step, downloaded as attachments; an upload form for those who may attach. */
export const DocumentsPanel = ({
  base,
  documents,
  canAttach,
}: {
  base: string;
  documents: DocumentInfo[];
  canAttach: boolean;
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const upload = useWrite<DocumentInfo>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const form = new FormData();
    form.append("file", file, file.name);
    upload.mutate(
      { method: "POST", path: `${base}/documents`, body: form },
      {
        onSuccess: () => {
          setFile(null);
          if (input.current) input.current.value = "";
        },
      },
    );
  };
  return (
    <section aria-labelledby="documents-title" className="panel">
      <h2 id="documents-title">{t("proposal.documents")}</h2>
      {documents.length === 0 ? (
        <p>{t("proposal.documents.none")}</p>
      ) : (
        <ul className="documents">
          {documents.map((document) => (
            <li key={document.id}>
              <a href={document.url} download>
                {document.fileName}
              </a>{" "}
              <span className="document-meta">
                {formatBytes(document.size)} · {t(`proposal.step.${document.step}` as never)} ·{" "}
                {formatDate(document.uploadedAt, lang)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canAttach ? (
        <form onSubmit={onSubmit} className="upload">
          <label className="field">
            {t("proposal.documents.choose")}
            <input
              ref={input}
              type="file"
              accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </label>
          <p className="hint">{t("proposal.documents.hint")}</p>
          <button type="submit" className="button secondary" disabled={!file || upload.isPending}>
            {t("proposal.documents.upload")}
          </button>
          <FormStatus form="document-upload" error={upload.error} errors={NO_ERRORS} />
        </form>
      ) : null}
    </section>
  );
};
