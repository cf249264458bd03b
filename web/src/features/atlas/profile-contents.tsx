import { useTranslation } from "react-i18next";

export type ContentsItem = { id: string; title: string };

/** The profile's table of contents: a link to each section it shows. */
export const ProfileContents = ({ items }: { items: ContentsItem[] }) => {
  const { t } = useTranslation();
  return (
    <nav className="profile-contents" aria-labelledby="contents-title">
      <h2 id="contents-title">{t("profile.contents")}</h2>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
};
