import type { Locality } from "../../domain/locality.ts";
import type { Proposal } from "../../domain/proposals/workflow.ts";
import { type Relation, RelationSchema } from "../../domain/relation.ts";
import { LANGS, type UserText } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import type { Repositories } from "../../store/repositories.ts";
import { NotFound } from "../errors.ts";

const slug = (id: string) => id.toLowerCase().replace(/[^a-z0-9]+/g, "-");

const localityOf = async (tx: Pick<Repositories, "localities">, id: string): Promise<Locality> => {
  const locality = await tx.localities.get(id);
  if (!locality) throw new NotFound("locality", id);
  return locality;
};

/** An id no relation has yet: type, parties and year, numbered if the pair signed twice that year. */
const freshId = async (tx: Pick<Repositories, "relations">, base: string): Promise<string> => {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.relations.get(id))) return id;
  }
};

/**
 * The relation a signed proposal puts in the registry: active from the day of signing, with the
 * proposal's issues, the initiating side, and the proposal as its source.
 */
export const relationFromProposal = async (
  tx: Pick<Repositories, "relations" | "localities">,
  proposal: Proposal,
  signedOn: string,
): Promise<Relation> => {
  const { content } = proposal;
  const thai = await localityOf(tx, content.thaiParty);
  const japanese = await localityOf(tx, content.japaneseParty);
  const named = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      `${t(lang, `relation.type.${content.instrument}`)}: ${thai.names[lang]} – ${japanese.names[lang]}`,
    ]),
  ) as UserText;
  const id = await freshId(
    tx,
    `${content.instrument}-${slug(content.thaiParty)}-${slug(content.japaneseParty)}-${signedOn.slice(0, 4)}`,
  );
  return RelationSchema.parse({
    id,
    type: content.instrument,
    parties: [content.thaiParty, content.japaneseParty],
    title: content.title ?? named,
    start: signedOn,
    status: "active",
    issues: content.issues,
    channel: "local-initiated",
    initiator: content.initiatingSide === "TH" ? content.thaiParty : content.japaneseParty,
    sources: [
      {
        ref: "document",
        document: { title: `Jubkoo cooperation proposal ${proposal.id}, signed ${signedOn}`, date: signedOn },
      },
    ],
  });
};
