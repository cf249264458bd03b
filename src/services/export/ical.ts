import ical, { ICalEventStatus } from "ical-generator";
import { activitySpan } from "../../domain/activity.ts";
import type { Lang } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import type { CalendarEvent } from "../continuity/events.service.ts";
import type { NameBook } from "../notifications/names.ts";

const DAY_MS = 24 * 3600_000;

/**
 * The events calendar as iCalendar (RFC 5545) through ical-generator, which writes CRLF line ends,
 * folds long lines at 75 octets and escapes text. Each activity is an all-day event (dates are
 * recorded as days or months, never hours) whose DTEND is the day after its last day, as RFC 5545
 * counts it; its UID is the activity's id, so a calendar that imports the feed again updates
 * rather than duplicates; DTSTAMP is when it was last entered (UTC), so an unchanged activity
 * exports byte for byte the same. Activities dated only by a year are left out: a year-long event
 * would help no one.
 */
export const toICalendar = (
  events: readonly CalendarEvent[],
  options: { lang: Lang; names: NameBook; publicUrl: string; host: string },
): string => {
  const { lang, names } = options;
  const calendar = ical({
    name: t(lang, "events.calendar-name"),
    prodId: { company: "Jubkoo", product: "events", language: lang.toUpperCase() },
  });
  for (const { activity, relation } of events) {
    const span = activitySpan(activity);
    if (span.start.precision === "year") continue;
    const parties = relation.parties.map(names.party).join(" – ");
    const url = new URL(`/registry/${relation.id}#activity-${activity.id}`, options.publicUrl).toString();
    calendar.createEvent({
      id: `${activity.id}@${options.host}`,
      allDay: true,
      start: span.first,
      end: new Date(span.last.getTime() + DAY_MS),
      stamp: new Date(activity.entered.at),
      summary: names.text(activity.title),
      description: [
        `${t(lang, `activity.kind.${activity.kind}`)} · ${names.text(relation.title)}`,
        parties,
        ...(activity.description ? [names.text(activity.description)] : []),
        url,
      ].join("\n"),
      url,
      categories: [{ name: t(lang, `activity.kind.${activity.kind}`) }],
      status: activity.state === "confirmed" ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    });
  }
  return calendar.toString();
};
