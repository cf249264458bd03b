import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditCount, snapshot } from "../support/db-snapshot.ts";
import { multipartFile, PDF, proposalAt, readyContent } from "../support/proposals.ts";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

const DAY = 86_400_000;

describe(`proposal documents, trips and MOI's dashboard on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  const sessions: Record<string, Session> = {};
  const users: Record<string, Awaited<ReturnType<typeof makeUser>>> = {};

  beforeAll(async () => {
    ctx = await workspaceApp();
    users.editor = await makeUser(ctx.deps, "editor", { localities: ["TH-50", "TH-50-chiang-mai-city"] });
    users.bangkokEditor = await makeUser(ctx.deps, "editor", { localities: ["TH-10"] });
    users.facilitator = await makeUser(ctx.deps, "facilitator");
    for (const [name, user] of Object.entries(users)) sessions[name] = await signIn(ctx.app, user.email);
  });
  afterAll(() => ctx.app.close());

  const facilitator = () => ({
    ...(users.facilitator as NonNullable<typeof users.facilitator>),
    kind: "user" as const,
  });
  const upload = (who: string | undefined, url: string, name: string, content: Buffer) =>
    ctx.app.inject(asUser(who ? sessions[who] : undefined, { method: "POST", url, ...multipartFile(name, content) }));
  const get = (who: string | undefined, url: string) =>
    ctx.app.inject(asUser(who ? sessions[who] : undefined, { method: "GET", url }));
  const unchanged = async <T>(work: () => Promise<T>): Promise<T> => {
    const before = await snapshot(ctx.database);
    const result = await work();
    expect(await snapshot(ctx.database)).toBe(before);
    return result;
  };

  it("stores a file attached to a step and serves it only as a download, to those who may read the proposal", async () => {
    const proposal = await proposalAt(ctx.deps, facilitator(), readyContent("TH-50", "JP-16"), ["submit"]);
    const audits = await auditCount(ctx.database);
    const stored = await upload("editor", `/api/proposals/${proposal.id}/documents`, "../หนังสือนำส่ง.PDF", PDF);
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toMatchObject({
      fileName: "หนังสือนำส่ง.pdf",
      mediaType: "application/pdf",
      size: PDF.length,
      step: "moi-review",
    });
    expect(await auditCount(ctx.database)).toBe(audits + 1);

    const download = await get("facilitator", stored.json().url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(String(download.headers["content-disposition"])).toMatch(
      /^attachment; filename="_+\.pdf"; filename\*=UTF-8''%E0%B8%AB/,
    );
    expect((await get("bangkokEditor", stored.json().url)).statusCode).toBe(403);
    expect((await get(undefined, stored.json().url)).statusCode).toBe(401);

    // The document can be cited by the next step.
    const cited = await ctx.app.inject(
      asUser(sessions.facilitator, {
        method: "POST",
        url: `/api/proposals/${proposal.id}/acts`,
        payload: { act: "consult-mfa", documents: [stored.json().id] },
      }),
    );
    expect(cited.json().events.at(-1).documents).toEqual([stored.json().id]);
    const unknown = await unchanged(() =>
      ctx.app.inject(
        asUser(sessions.facilitator, {
          method: "POST",
          url: `/api/proposals/${proposal.id}/acts`,
          payload: { act: "mfa-concur", documents: ["not-ours"] },
        }),
      ),
    );
    expect(unknown.statusCode).toBe(400);
  });

  it("reads the type from the content, refuses what is not a document, and refuses what is too large", async () => {
    const proposal = await proposalAt(ctx.deps, facilitator(), readyContent("TH-50", "JP-16"));
    const url = `/api/proposals/${proposal.id}/documents?lang=th`;
    const html = await unchanged(() => upload("editor", url, "minutes.pdf", Buffer.from("<html><script>1</script>")));
    expect(html.statusCode).toBe(400);
    expect(html.json().error.message).toContain("ไม่รับไฟล์ประเภทนี้");
    const zip = Buffer.from(zipSync({ "readme.txt": strToU8("hi") }));
    expect((await unchanged(() => upload("editor", url, "budget.xlsx", zip))).statusCode).toBe(400);
    const docx = Buffer.from(
      zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w/>") }),
    );
    const named = await upload("editor", url, "programme.pdf", docx);
    expect(named.json()).toMatchObject({
      fileName: "programme.docx",
      mediaType: expect.stringContaining("wordprocessingml"),
    });
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooLarge = await unchanged(() => upload("editor", url, "scan.pdf", big));
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json().error.message).toContain("10 MB");
    expect((await unchanged(() => upload("bangkokEditor", url, "x.pdf", PDF))).statusCode).toBe(403);
  });

  it("asks the Permanent Secretary about a trip under a relation, with the same step-and-decision pattern", async () => {
    const trip = {
      destination: "Uozu, Toyama",
      purpose: { th: "ร่วมงานเทศกาล" },
      departOn: "2027-05-10",
      returnOn: "2027-05-14",
      delegation: [{ name: "สมศรี ใจดี" }],
    };
    const send = (who: string, method: "POST", url: string, payload: object) =>
      ctx.app.inject(asUser(sessions[who], { method, url, payload }));
    const created = await send("editor", "POST", "/api/relations/sister-chiang-mai-city-uozu/trips", trip);
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      step: "submitted",
      thaiParties: ["TH-50-chiang-mai-city"],
      acts: ["withdraw"],
    });
    expect(
      (await unchanged(() => send("editor", "POST", `/api/trips/${id}/acts`, { act: "approve" }))).statusCode,
    ).toBe(403);
    expect(
      (await unchanged(() => send("facilitator", "POST", `/api/trips/${id}/acts`, { act: "reject" }))).statusCode,
    ).toBe(400);
    const returned = await send("facilitator", "POST", `/api/trips/${id}/acts`, {
      act: "return",
      comment: "Add the budget",
    });
    expect(returned.json().step).toBe("returned");
    const again = await send("editor", "POST", `/api/trips/${id}/acts`, {
      act: "resubmit",
      content: { ...trip, budget: { line: "งบจังหวัด", amount: 120000 } },
    });
    expect(again.json()).toMatchObject({ step: "submitted", content: { budget: { amount: 120000 } } });
    const approved = await send("facilitator", "POST", `/api/trips/${id}/acts`, { act: "approve", comment: "ok" });
    expect(approved.json().events.map((event: { act: string }) => event.act)).toEqual([
      "submit",
      "return",
      "resubmit",
      "approve",
    ]);
    const listed = (await get("editor", "/api/relations/sister-chiang-mai-city-uozu/trips")).json().items;
    expect(listed.map((item: { id: string; step: string }) => `${item.id} ${item.step}`)).toEqual([`${id} approved`]);
    expect((await get("bangkokEditor", `/api/trips/${id}`)).statusCode).toBe(403);
  });

  it("shows MOI where every proposal stands, overdue first, and exports the list as CSV and XLSX", async () => {
    const late = await proposalAt(ctx.deps, facilitator(), readyContent("TH-10", "JP-40"), ["submit"]);
    ctx.clock.advance(45 * DAY);
    for (const [name, user] of Object.entries(users)) sessions[name] = await signIn(ctx.app, user.email);
    expect((await get("editor", "/api/proposals/dashboard")).statusCode).toBe(403);
    const board = (await get("facilitator", "/api/proposals/dashboard")).json();
    const recent = await proposalAt(ctx.deps, facilitator(), readyContent("TH-50", "JP-16"), ["submit"]);
    const rows = (await get("facilitator", "/api/proposals/dashboard")).json().proposals as Array<{
      id: string;
      isOverdue: boolean;
    }>;
    expect(rows.find((row) => row.id === late.id)).toMatchObject({
      step: "moi-review",
      days: 45,
      isOverdue: true,
      daysOver: 15,
    });
    expect(rows.find((row) => row.id === recent.id)).toMatchObject({ days: 0, isOverdue: false });
    // Overdue ones first: no overdue proposal after one that is not.
    const firstOnTime = rows.findIndex((row) => !row.isOverdue);
    expect(rows.slice(firstOnTime).some((row) => row.isOverdue)).toBe(false);
    expect(rows.findIndex((row) => row.id === late.id)).toBeLessThan(rows.findIndex((row) => row.id === recent.id));
    expect(board.byStep.find((row: { step: string }) => row.step === "moi-review")).toMatchObject({ overdue: 1 });
    expect(board.byProvince.map((row: { id: string }) => row.id)).toEqual(expect.arrayContaining(["TH-10", "TH-50"]));
    expect(board.byRegion.find((row: { region: string }) => row.region === "central").count).toBeGreaterThan(0);
    expect(board.provincesWithoutRelationOrProposal).not.toContain("TH-10");

    const csv = await get("facilitator", "/api/proposals/export.csv?lang=th");
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = csv.body
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "ข้อเสนอ,ฝ่ายไทย,ฝ่ายญี่ปุ่น,หน่วยงานผู้เสนอ,รูปแบบความตกลง,ผู้ริเริ่ม,ขั้นตอน,อยู่ในขั้นตอนนี้ตั้งแต่,จำนวนวันในขั้นตอนนี้,จำนวนวันที่คาดไว้,เกินกำหนด",
    );
    const lateLine = lines.find((line) => line.startsWith(`${late.id},`));
    expect(lateLine).toContain(`${late.id},กรุงเทพมหานคร,`);
    expect(lateLine).toMatch(/,เสนอกระทรวงมหาดไทยแล้ว,\d{4}-\d{2}-\d{2},45,30,ใช่$/);
    expect(lines).toHaveLength(rows.length + 1);

    const xlsx = await get("facilitator", "/api/proposals/export.xlsx?lang=en");
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    const files = unzipSync(new Uint8Array(xlsx.rawPayload));
    const text = Object.entries(files)
      .filter(([name]) => name.startsWith("xl/"))
      .map(([, bytes]) => strFromU8(bytes))
      .join("\n");
    expect(text).toContain("Bangkok");
    expect(text).toContain("Submitted to the Ministry of Interior");
    expect((await get("editor", "/api/proposals/export.xlsx")).statusCode).toBe(403);
  });

  it("documents every proposal and trip route in OpenAPI, with the acts the process knows", async () => {
    const docs = (await ctx.app.inject("/api/docs/json")).json();
    expect(Object.keys(docs.paths)).toEqual(
      expect.arrayContaining([
        "/api/proposals",
        "/api/proposals/from-pair",
        "/api/proposals/dashboard",
        "/api/proposals/export.csv",
        "/api/proposals/export.xlsx",
        "/api/proposals/{id}",
        "/api/proposals/{id}/readiness",
        "/api/proposals/{id}/acts",
        "/api/proposals/{id}/documents",
        "/api/proposals/{id}/documents/{documentId}",
        "/api/relations/{id}/trips",
        "/api/trips/{id}",
        "/api/trips/{id}/acts",
        "/api/trips/{id}/documents",
      ]),
    );
    const acts =
      docs.paths["/api/proposals/{id}/acts"].post.requestBody.content["application/json"].schema.properties.act;
    expect(acts.enum).toEqual(
      expect.arrayContaining(["submit", "consult-mfa", "council-opinion", "sign", "annual-report"]),
    );
  });
});
