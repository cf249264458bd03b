import type { Contacts } from "../../../domain/contacts.ts";
import { factIdOf, type ProfileSection } from "../../../domain/fact-ids.ts";
import type { Entry, ReviewState } from "../../../domain/review-state.ts";

type Entered = { entered?: Entry | undefined; review?: ReviewState | undefined };

/**
 * What users entered, as the public sees it: whether it was reviewed, not who reviewed it, and not
 * the account that entered it (the source already names the locality that reported it).
 */
export const presentEntered = <T extends Entered>(item: T) => {
  const { entered: _entered, review, ...rest } = item;
  return { ...rest, ...(review ? { review: { status: review.status, ...(review.at ? { at: review.at } : {}) } } : {}) };
};

/** A fact of a profile with the id to edit it by. */
export const presentFact = <T extends Entered & { id?: string | undefined }>(section: ProfileSection, fact: T) => ({
  ...presentEntered(fact),
  id: factIdOf(section, fact),
});

/** Officers' own email and phone are for signed-in users; the office's are public. */
export const presentContacts = (contacts: Contacts | undefined, isSignedIn: boolean) => {
  if (!contacts) return null;
  if (isSignedIn) return contacts;
  const person = (someone: Contacts["officer"]) =>
    someone ? { name: someone.name, ...(someone.title ? { title: someone.title } : {}) } : undefined;
  const { officer, deputy, ...office } = contacts;
  return { ...office, ...(officer ? { officer: person(officer) } : {}), ...(deputy ? { deputy: person(deputy) } : {}) };
};
