/**
 * The Thai local tiers a local government can register itself as; free of zod so the web's form
 * offers the very list the API accepts.
 */
export const REGISTRABLE_TIERS = [
  "pao",
  "city-municipality",
  "town-municipality",
  "subdistrict-municipality",
  "sao",
] as const;
export type RegistrableTier = (typeof REGISTRABLE_TIERS)[number];

/** The review queue's name for a registration as a whole (a self-report about the locality itself). */
export const REGISTRATION_FACT = "registration";
