import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { Loading } from "../../components/loading.tsx";
import { useTitle } from "../../components/use-title.ts";
import { type ImportOutcome, postImport, sessionToken } from "./import-client.ts";

type Session = { state: "checking" } | { state: "visitor" } | { state: "signed-in"; csrf: string };

/** Admins import a file of user records through the running server (POST /api/admin/import). */
export const AdminImportPage = () => {
  const { t } = useTranslation();
  useTitle(t("admin-import.title"));
  const lang = useLang();
  const [session, setSession] = useState<Session>({ state: "checking" });
  const [file, setFile] = useState<File | undefined>();
  const [isWorking, setIsWorking] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>();

  useEffect(() => {
    sessionToken(lang).then(
      (csrf) => setSession(csrf ? { state: "signed-in", csrf } : { state: "visitor" }),
      () => setSession({ state: "visitor" }),
    );
  }, [lang]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || session.state !== "signed-in") return;
    setIsWorking(true);
    setOutcome(undefined);
    try {
      setOutcome(await postImport({ name: file.name, text: await file.text() }, session.csrf, lang));
    } finally {
      setIsWorking(false);
    }
  };

  return (
    <section aria-labelledby="admin-import-title">
      <h1 id="admin-import-title">{t("admin-import.title")}</h1>
      <p className="lead">{t("admin-import.intro")}</p>
      {session.state === "checking" ? <Loading /> : null}
      {session.state === "visitor" ? <p role="alert">{t("admin-import.sign-in")}</p> : null}
      {session.state === "signed-in" ? (
        <form onSubmit={submit}>
          <label>
            {t("admin-import.file")}
            <input
              type="file"
              accept=".yaml,.yml,.json"
              onChange={(event) => setFile(event.currentTarget.files?.[0])}
            />
          </label>
          <button type="submit" disabled={!file || isWorking}>
            {isWorking ? t("admin-import.working") : t("admin-import.submit")}
          </button>
        </form>
      ) : null}
      {outcome?.ok ? <p role="status">{t("admin-import.done", outcome.imported)}</p> : null}
      {outcome && !outcome.ok ? (
        <div role="alert">
          <p>{outcome.problems.length ? t("admin-import.problems") : outcome.message}</p>
          <ul>
            {outcome.problems.map((problem) => (
              <li key={`${problem.line}-${problem.field}-${problem.message}`}>
                {problem.file}
                {problem.line ? `:${problem.line}` : ""} {problem.record ? `[${problem.record}] ` : ""}
                {problem.field ? `${problem.field}: ` : ""}
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
};
