import { en } from "../../../src/i18n/en.ts";
import { ja } from "../../../src/i18n/ja.ts";
import { th } from "../../../src/i18n/th.ts";
import type { Lang } from "../lib/lang.ts";
import { aboutMessages } from "./messages/about.ts";
import { atlasMessages } from "./messages/atlas-columns.ts";
import { bandMessages } from "./messages/bands.ts";
import { continuityWebEn, continuityWebJa, continuityWebTh } from "./messages/continuity.ts";
import { webEn } from "./messages/en.ts";
import { exportMessages } from "./messages/export.ts";
import { fieldMessages } from "./messages/fields.ts";
import { filterMessages } from "./messages/filters.ts";
import { flagMessages } from "./messages/flags.ts";
import { geographyKindMessages } from "./messages/geography-kinds.ts";
import { graphMessages } from "./messages/graph.ts";
import { homeMessages } from "./messages/home.ts";
import { webJa } from "./messages/ja.ts";
import { linkingWebEn, linkingWebJa, linkingWebTh } from "./messages/linking.ts";
import { nationalWebEn, nationalWebJa, nationalWebTh } from "./messages/national.ts";
import { notFoundMessages } from "./messages/not-found.ts";
import { profileMessages } from "./messages/profile.ts";
import { proposalsWebEn, proposalsWebJa, proposalsWebTh } from "./messages/proposals.ts";
import { registrationWebMessages } from "./messages/registration.ts";
import { statusMessages } from "./messages/status.ts";
import { webTh } from "./messages/th.ts";
import { workspaceWebEn, workspaceWebJa, workspaceWebTh } from "./messages/workspace.ts";

/** The server's catalogs (shared with the API and CLI) plus the web app's own messages. */
export const CATALOG = {
  en: {
    ...en,
    ...webEn,
    ...notFoundMessages.en,
    ...filterMessages.en,
    ...fieldMessages.en,
    ...flagMessages.en,
    ...statusMessages.en,
    ...aboutMessages.en,
    ...profileMessages.en,
    ...exportMessages.en,
    ...atlasMessages.en,
    ...graphMessages.en,
    ...homeMessages.en,
    ...bandMessages.en,
    ...geographyKindMessages.en,
    ...proposalsWebEn,
    ...nationalWebEn,
    ...continuityWebEn,
    ...linkingWebEn,
    ...workspaceWebEn,
    ...registrationWebMessages.en,
  },
  th: {
    ...th,
    ...webTh,
    ...notFoundMessages.th,
    ...filterMessages.th,
    ...fieldMessages.th,
    ...flagMessages.th,
    ...statusMessages.th,
    ...aboutMessages.th,
    ...profileMessages.th,
    ...exportMessages.th,
    ...atlasMessages.th,
    ...graphMessages.th,
    ...homeMessages.th,
    ...bandMessages.th,
    ...geographyKindMessages.th,
    ...proposalsWebTh,
    ...nationalWebTh,
    ...continuityWebTh,
    ...linkingWebTh,
    ...workspaceWebTh,
    ...registrationWebMessages.th,
  },
  ja: {
    ...ja,
    ...webJa,
    ...notFoundMessages.ja,
    ...filterMessages.ja,
    ...fieldMessages.ja,
    ...flagMessages.ja,
    ...statusMessages.ja,
    ...aboutMessages.ja,
    ...profileMessages.ja,
    ...exportMessages.ja,
    ...atlasMessages.ja,
    ...graphMessages.ja,
    ...homeMessages.ja,
    ...bandMessages.ja,
    ...geographyKindMessages.ja,
    ...proposalsWebJa,
    ...nationalWebJa,
    ...continuityWebJa,
    ...linkingWebJa,
    ...workspaceWebJa,
    ...registrationWebMessages.ja,
  },
} satisfies Record<Lang, Record<string, string>>;

export type Messages = typeof CATALOG.en;
export type MessageKey = keyof Messages;
