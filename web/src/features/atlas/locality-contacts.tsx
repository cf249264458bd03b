import { useTranslation } from "react-i18next";
import type { Contacts, Person } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { LocalText } from "../../components/local-text.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import type { Lang } from "../../lib/lang.ts";
import { EditLink } from "./edit-link.tsx";

export const languageName = (code: string, lang: Lang): string => {
  try {
    return new Intl.DisplayNames([lang], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
};

const PersonLine = ({ person }: { person: Person }) => (
  <>
    {person.name}
    {person.title ? `, ${person.title}` : ""}
    {person.email ? (
      <>
        {" · "}
        <a href={`mailto:${person.email}`}>{person.email}</a>
      </>
    ) : null}
    {person.phone ? (
      <>
        {" · "}
        <a href={`tel:${person.phone.replace(/[^+0-9]/g, "")}`}>{person.phone}</a>
      </>
    ) : null}
  </>
);

/**
 * Who to contact about cooperation. Officers' own email and phone reach only signed-in users: the
 * API leaves them out for visitors.
 */
export const LocalityContacts = ({
  locality,
  contacts,
  headingId = "contacts",
  level = 2,
}: {
  locality: string;
  contacts: Contacts | null;
  headingId?: string;
  level?: 2 | 3;
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section id={headingId} aria-labelledby={`${headingId}-title`}>
      <Heading id={`${headingId}-title`}>
        {t("ws.contacts.title")} <EditLink locality={locality} to={`/edit/${locality}/contacts`} />
      </Heading>
      {contacts ? (
        <dl className="facts">
          {contacts.office ? (
            <>
              <dt>{t("ws.contacts.office")}</dt>
              <dd>
                <LocalText text={contacts.office} />
              </dd>
            </>
          ) : null}
          {contacts.email ? (
            <>
              <dt>{t("ws.contacts.email")}</dt>
              <dd>
                <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
              </dd>
            </>
          ) : null}
          {contacts.phone ? (
            <>
              <dt>{t("ws.contacts.phone")}</dt>
              <dd>{contacts.phone}</dd>
            </>
          ) : null}
          {contacts.website ? (
            <>
              <dt>{t("ws.contacts.website")}</dt>
              <dd>
                <a href={contacts.website} rel="noopener noreferrer">
                  {contacts.website}
                </a>
              </dd>
            </>
          ) : null}
          {contacts.languages.length ? (
            <>
              <dt>{t("ws.contacts.languages")}</dt>
              <dd>{contacts.languages.map((code) => languageName(code, lang)).join(", ")}</dd>
            </>
          ) : null}
          {contacts.officer ? (
            <>
              <dt>{t("ws.contacts.officer")}</dt>
              <dd>
                <PersonLine person={contacts.officer} />
              </dd>
            </>
          ) : null}
          {contacts.deputy ? (
            <>
              <dt>{t("ws.contacts.deputy")}</dt>
              <dd>
                <PersonLine person={contacts.deputy} />
              </dd>
            </>
          ) : null}
          <dt>{t("common.sources")}</dt>
          <dd>
            <SourceDetails source={contacts.source} />
          </dd>
        </dl>
      ) : (
        <p>{t("ws.contacts.none")}</p>
      )}
    </section>
  );
};
