import { useTranslation } from "react-i18next";
import type { Contacts, Locality, Person } from "../../api/types.ts";
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

/** From the official lists: where the government office stands, and a municipality's motto. */
const OfficialPlace = ({ place }: { place: Pick<Locality, "office" | "motto"> }) => {
  const { t } = useTranslation();
  return (
    <>
      {place.office ? (
        <>
          <dt>{t("locality.contact")}</dt>
          <dd>
            {t("locality.office", { lat: place.office.lat.toFixed(4), lon: place.office.lon.toFixed(4) })}{" "}
            <SourceDetails source={place.office.source} />
          </dd>
        </>
      ) : null}
      {place.motto ? (
        <>
          <dt>{t("locality.motto")}</dt>
          <dd>
            <q lang="ja">{place.motto.ja}</q> <SourceDetails source={place.motto.source} />
          </dd>
        </>
      ) : null}
    </>
  );
};

/**
 * Who to contact about cooperation, with what the official lists add (office location, motto).
 * Officers' own email and phone reach only signed-in users: the API leaves them out for visitors.
 */
export const LocalityContacts = ({
  locality,
  contacts,
  place,
  headingId = "contacts",
  titleId = "contact-title",
  level = 2,
}: {
  locality: string;
  contacts: Contacts | null;
  place?: Pick<Locality, "office" | "motto">;
  headingId?: string;
  titleId?: string;
  level?: 2 | 3;
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const Heading = level === 2 ? "h2" : "h3";
  const hasPlace = Boolean(place?.office || place?.motto);
  return (
    <section id={headingId} aria-labelledby={titleId}>
      <Heading id={titleId}>
        {t("ws.contacts.title")} <EditLink locality={locality} to={`/edit/${locality}/contacts`} />
      </Heading>
      {contacts || hasPlace ? (
        <dl className="facts">
          {place ? <OfficialPlace place={place} /> : null}
          {contacts?.office ? (
            <>
              <dt>{t("ws.contacts.office")}</dt>
              <dd>
                <LocalText text={contacts.office} />
              </dd>
            </>
          ) : null}
          {contacts?.email ? (
            <>
              <dt>{t("ws.contacts.email")}</dt>
              <dd>
                <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
              </dd>
            </>
          ) : null}
          {contacts?.phone ? (
            <>
              <dt>{t("ws.contacts.phone")}</dt>
              <dd>{contacts.phone}</dd>
            </>
          ) : null}
          {contacts?.website ? (
            <>
              <dt>{t("ws.contacts.website")}</dt>
              <dd>
                <a href={contacts.website} rel="noopener noreferrer">
                  {contacts.website}
                </a>
              </dd>
            </>
          ) : null}
          {contacts?.languages?.length ? (
            <>
              <dt>{t("ws.contacts.languages")}</dt>
              <dd>{contacts.languages.map((code) => languageName(code, lang)).join(", ")}</dd>
            </>
          ) : null}
          {contacts?.officer ? (
            <>
              <dt>{t("ws.contacts.officer")}</dt>
              <dd>
                <PersonLine person={contacts.officer} />
              </dd>
            </>
          ) : null}
          {contacts?.deputy ? (
            <>
              <dt>{t("ws.contacts.deputy")}</dt>
              <dd>
                <PersonLine person={contacts.deputy} />
              </dd>
            </>
          ) : null}
          {contacts ? (
            <>
              <dt>{t("common.sources")}</dt>
              <dd>
                <SourceDetails source={contacts.source} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t("ws.contacts.none")}</p>
      )}
    </section>
  );
};
