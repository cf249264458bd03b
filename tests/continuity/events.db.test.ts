import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

const SISTER = "sister-chiang-mai-city-uozu";

/** RFC 5545 §3.1: a long line continues on the next, which begins with one space. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const property = (event: string, name: string) =>
  unfold(event)
    .split("\r\n")
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

describe(`events calendar on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let uozu: Session;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await workspaceApp();
    uozu = await signIn(ctx.app, (await makeUser(ctx.deps, "editor", { localities: ["JP-16204"] })).email);
    const log = async (name: string, payload: Record<string, unknown>) => {
      const response = await ctx.app.inject(
        asUser(uozu, {
          method: "POST",
          url: `/api/relations/${SISTER}/activities`,
          payload: { kind: "visit", sources: [{ kind: "self-reported" }], ...payload },
        }),
      );
      expect(response.statusCode).toBe(201);
      ids[name] = response.json().id;
    };
    await log("delegation", {
      title: {
        ja: "魚津市長一行、チェンマイ市を訪問（桜の植樹、青少年交流の調印式、市場視察; 通訳同行, 詳細は後日）",
        en: "Uozu mayor's delegation; tree planting, signing, market visit",
      },
      date: "2027-01-10",
      endDate: "2027-01-14",
    });
    await log("meeting", { kind: "meeting", title: { ja: "準備会議" }, date: "2026-12-20", isPublic: false });
    await log("past", { title: { ja: "過去の訪問" }, date: "2026-05" });
    await log("fair", { kind: "trade-fair", title: { ja: "物産展" }, date: "2027-03", issues: ["local-products"] });
    await log("vague", { title: { ja: "時期未定の訪問" }, date: "2027" });
  });
  afterAll(() => ctx.app.close());

  const list = async (query: string, session?: Session) =>
    (await ctx.app.inject(asUser(session, { method: "GET", url: `/api/events${query}` })))
      .json()
      .items.map((item: { activity: { id: string } }) => item.activity.id);

  it("lists upcoming activities by their first possible day, public ones to visitors", async () => {
    // "2027" may mean 1 January 2027: it comes first; the past visit does not come at all.
    expect(await list("")).toEqual([ids.vague, ids.delegation, ids.fair]);
    expect(await list("", uozu)).toEqual([ids.meeting, ids.vague, ids.delegation, ids.fair]);
  });

  it("filters by locality and by issue", async () => {
    expect(await list("?locality=JP-16204")).toHaveLength(3);
    expect(await list("?locality=TH-10")).toEqual([]);
    // The relation is on youth exchange; the fair alone is tagged local products.
    expect(await list("?issue=youth-exchange")).toHaveLength(3);
    expect(await list("?issue=local-products")).toEqual([ids.fair]);
  });

  it("exports valid iCalendar: CRLF, folded lines, escaped text, UTC stamps, all-day dates, stable UIDs", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/events.ics?lang=ja" });
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    const ics = response.body;
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);

    const events = unfold(ics).split("BEGIN:VEVENT").slice(1);
    // The year-only activity is left out; the others in order.
    expect(events).toHaveLength(2);
    const [delegation = "", fair = ""] = events;
    expect(property(delegation, "UID")).toEqual([`UID:${ids.delegation}@localhost`]);
    expect(property(delegation, "DTSTAMP")).toEqual(["DTSTAMP:20261206T090000Z"]);
    expect(property(delegation, "DTSTART")).toEqual(["DTSTART;VALUE=DATE:20270110"]);
    // DTEND is exclusive: the visit's last day is the 14th.
    expect(property(delegation, "DTEND")).toEqual(["DTEND;VALUE=DATE:20270115"]);
    expect(property(delegation, "SUMMARY")).toEqual([
      "SUMMARY:魚津市長一行、チェンマイ市を訪問（桜の植樹、青少年交流の調印式、市場視察\\; 通訳同行\\, 詳細は後日）",
    ]);
    expect(property(delegation, "STATUS")).toEqual(["STATUS:TENTATIVE"]);
    expect(property(fair, "DTSTART")).toEqual(["DTSTART;VALUE=DATE:20270301"]);
    expect(property(fair, "DTEND")).toEqual(["DTEND;VALUE=DATE:20270401"]);

    const again = await ctx.app.inject({ method: "GET", url: "/api/events.ics?lang=ja" });
    expect(again.body).toBe(ics);
  });
});
