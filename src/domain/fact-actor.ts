import { z } from "zod";
import { FACT_ACTORS } from "./fact-kind.ts";

/** Who did the work a fact records, where not the locality's government (src/domain/fact-kind.ts). */
export const FactActorSchema = z
  .enum(FACT_ACTORS)
  .describe(
    "private: the work is by private bodies of the place (firms, NGOs, volunteer groups, clubs, associations), not its government; hosted: by an institution located in the place (a university, a national institute or agency, a UN or international office); municipal: by a municipality within the province or prefecture (a city's light rail held on its prefecture)",
  );
