import type { z } from "zod";
import { DesignationSchema, IssueSchema } from "../domain/issue.ts";
import { LocalitySchema } from "../domain/locality.ts";
import { OrganisationSchema } from "../domain/organisation.ts";
import { NeedOfferSchema, RelationSchema } from "../domain/relation.ts";
import { DatasetSchema } from "../domain/source.ts";
import type { RecordKind } from "./reference-data.ts";

/** Which folder of data/ holds which kind of record, and whether a file holds one record or a list. */
export const FOLDERS: ReadonlyArray<{ folder: string; kind: RecordKind; schema: z.ZodType; perFile: "one" | "list" }> =
  [
    { folder: "issues", kind: "issues", schema: IssueSchema, perFile: "list" },
    { folder: "designations", kind: "designations", schema: DesignationSchema, perFile: "list" },
    { folder: "sources", kind: "datasets", schema: DatasetSchema, perFile: "list" },
    { folder: "localities", kind: "localities", schema: LocalitySchema, perFile: "one" },
    { folder: "organisations", kind: "organisations", schema: OrganisationSchema, perFile: "list" },
    { folder: "relations", kind: "relations", schema: RelationSchema, perFile: "list" },
    { folder: "needs-offers", kind: "needsOffers", schema: NeedOfferSchema, perFile: "list" },
  ];
