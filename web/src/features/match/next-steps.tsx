import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useReference } from "../../api/use-reference.ts";
import { ShareActions } from "../../components/share-actions.tsx";

/**
 * What to do with a promising pair: contact each side (their profile's contacts), save or print
 * it, share it. Proposing it arrives with the proposal workflow; no button before it works.
 */
export const NextSteps = ({ a, b, title }: { a: string; b: string; title: string }) => {
  const { t } = useTranslation();
  const reference = useReference();
  return (
    <section aria-labelledby="next-title" className="next-steps">
      <h2 id="next-title">{t("next.title")}</h2>
      <ol>
        <li>
          <p className="hint">{t("next.contact-hint")}</p>
          <ul className="plain contact-links">
            {[a, b].map((id) => (
              <li key={id}>
                <Link to={`/atlas/${encodeURIComponent(id)}#contacts`} data-contact={id}>
                  {t("next.contact", { name: reference.nameOf(id) })}
                </Link>
              </li>
            ))}
          </ul>
        </li>
        <li>
          <h3>{t("next.save")}</h3>
          <ShareActions title={title} />
        </li>
      </ol>
    </section>
  );
};
