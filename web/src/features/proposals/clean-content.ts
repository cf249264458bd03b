import type { Content, Officer } from "./types.ts";

type Text = Record<string, string>;

/** A text with its blank languages dropped; undefined when nothing is left. */
export const cleanText = (text: Text | undefined): Text | undefined => {
  if (!text) return undefined;
  const kept = Object.entries(text).filter(([, value]) => value.trim() !== "");
  return kept.length ? Object.fromEntries(kept.map(([lang, value]) => [lang, value.trim()])) : undefined;
};

const cleanOfficer = (person: Officer | undefined): Officer | undefined => {
  if (!person?.name.trim()) return undefined;
  const { title, email, phone, ...rest } = person;
  return {
    ...rest,
    name: person.name.trim(),
    ...(title?.trim() ? { title: title.trim() } : {}),
    ...(email?.trim() ? { email: email.trim() } : {}),
    ...(phone?.trim() ? { phone: phone.trim() } : {}),
  };
};

const side = (officers: { officer?: Officer; deputy?: Officer }) => {
  const officer = cleanOfficer(officers.officer);
  const deputy = cleanOfficer(officers.deputy);
  return { ...(officer ? { officer } : {}), ...(deputy ? { deputy } : {}) };
};

const withText = <T extends { text: Text }>(items: T[]) =>
  items.flatMap((item) => {
    const text = cleanText(item.text);
    return text ? [{ ...item, text }] : [];
  });

/**
 * What the form holds, as the API takes it: blank rows and empty optional fields left out, so an
 * untouched field never turns into an error.
 */
export const cleanContent = (content: Content): Content => {
  const title = cleanText(content.title);
  const partnerText = cleanText(content.partnerInterest?.text);
  const continuity = cleanText(content.continuity);
  const framework = cleanText(content.framework);
  const { title: _t, partnerInterest: _p, continuity: _c, framework: _f, budget, proposingBody, ...rest } = content;
  return {
    ...rest,
    ...(proposingBody ? { proposingBody } : {}),
    ...(title ? { title: title as Content["title"] } : {}),
    background: withText(content.background),
    objectives: content.objectives.flatMap((objective) => {
      const text = cleanText(objective);
      return text ? [text] : [];
    }),
    gains: { thai: withText(content.gains.thai), japanese: withText(content.gains.japanese) },
    activities: content.activities.flatMap((activity) => {
      const what = cleanText(activity.what);
      const target = cleanText(activity.target);
      return what || target || activity.when ? [{ what: what ?? {}, when: activity.when, target: target ?? {} }] : [];
    }),
    ...(budget?.line.trim()
      ? {
          budget: {
            line: budget.line.trim(),
            ...(budget.amount !== undefined && !Number.isNaN(budget.amount) ? { amount: budget.amount } : {}),
            ...(budget.year ? { year: budget.year } : {}),
          },
        }
      : {}),
    officers: { thai: side(content.officers.thai), japanese: side(content.officers.japanese) },
    stakeholders: content.stakeholders
      .filter((stakeholder) => stakeholder.name.trim() !== "")
      .map(({ consultedOn, ...stakeholder }) => ({
        ...stakeholder,
        name: stakeholder.name.trim(),
        ...(consultedOn ? { consultedOn } : {}),
      })),
    ...(partnerText
      ? {
          partnerInterest: {
            text: partnerText,
            ...(content.partnerInterest?.on ? { on: content.partnerInterest.on } : {}),
          },
        }
      : {}),
    ...(continuity ? { continuity: continuity as Content["continuity"] } : {}),
    ...(framework ? { framework: framework as Content["framework"] } : {}),
  };
};
