import { randomBytes } from "node:crypto";
import type { User } from "../../src/domain/policy/actor.ts";
import type { ProposalAct } from "../../src/domain/policy/proposal-roles.ts";
import {
  type ProposalContent,
  type ProposalContentInput,
  ProposalContentSchema,
} from "../../src/domain/proposals/proposal.ts";
import type { Proposal } from "../../src/domain/proposals/workflow.ts";
import { actOnProposal } from "../../src/services/proposals/act.service.ts";
import { createProposal } from "../../src/services/proposals/create.service.ts";
import type { WorkspaceDeps } from "../../src/services/workspace/context.ts";

/** A proposal that answers every question of the readiness check (no blocker, no warning). */
export const readyContent = (
  thaiParty: string,
  japaneseParty: string,
  overrides: Partial<ProposalContentInput> = {},
): ProposalContent =>
  ProposalContentSchema.parse({
    thaiParty,
    japaneseParty,
    initiatingSide: "TH",
    instrument: "mou",
    title: { th: "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านการท่องเที่ยวและการศึกษา" },
    issues: ["tourism", "education"],
    objectives: [{ th: "เพิ่มนักท่องเที่ยวญี่ปุ่นและแลกเปลี่ยนนักเรียน" }],
    gains: {
      thai: [{ text: { th: "ความรู้ด้านการตลาดการท่องเที่ยว" }, sources: [] }],
      japanese: [{ text: { ja: "タイからの観光客" }, sources: [] }],
    },
    activities: [{ what: { th: "งานส่งเสริมการท่องเที่ยวร่วม" }, when: "2027-09", target: { th: "ผู้เข้าชม 2,000 คน" } }],
    budget: { line: "งบพัฒนาจังหวัด", amount: 500000, year: 2027 },
    officers: {
      thai: { officer: { name: "สมศรี ใจดี", languages: ["th", "en"] }, deputy: { name: "อนันต์ มีสุข", languages: ["th"] } },
      japanese: { officer: { name: "山田花子", languages: ["ja", "en"] } },
    },
    stakeholders: [
      { kind: "university", name: "มหาวิทยาลัยเชียงใหม่" },
      { kind: "chamber-of-commerce", name: "หอการค้าจังหวัดเชียงใหม่" },
    ],
    partnerInterest: { text: { en: "Wants Thai visitors and a trade desk" }, on: "2026-11" },
    continuity: { th: "คณะทำงานร่วมประชุมปีละสองครั้ง" },
    framework: { th: "เพื่อการพัฒนาและผลประโยชน์ร่วมกันในกรอบความร่วมมืออาเซียน–เอเชียตะวันออก" },
    ...overrides,
  });

/** A proposal created and moved along by a facilitator (who may take every step). */
export const proposalAt = async (
  deps: WorkspaceDeps,
  facilitator: User,
  content: ProposalContent,
  acts: readonly ProposalAct[] = [],
): Promise<Proposal> => {
  const meta = { actor: facilitator };
  let proposal = await createProposal(deps, facilitator, meta, content);
  for (const act of acts) {
    const isDated = act === "sign" || act === "enter-into-force" || act === "record-japanese-approval";
    proposal = await actOnProposal(deps, facilitator, meta, proposal.id, {
      act,
      comment: "Recorded in a test",
      ...(isDated ? { on: deps.now().toISOString().slice(0, 10) } : {}),
      agency: "mfa",
    });
  }
  return proposal;
};

/** The Thai-initiated path from a draft to signing, in order. */
export const THAI_PATH: readonly ProposalAct[] = [
  "submit",
  "consult-mfa",
  "mfa-concur",
  "minister-approve",
  "council-opinion",
  "sign",
];

/** A multipart/form-data body with one file, as a browser's form sends it. */
export const multipartFile = (fileName: string, content: Buffer, mediaType = "application/octet-stream") => {
  const boundary = `----jubkoo${randomBytes(8).toString("hex")}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${mediaType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
};

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
