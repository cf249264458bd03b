/**
 * The steps of the Thai approval process (report 5814–5833; DESIGN §8). A proposal is always at
 * one step: the one that waits for someone. The Thai-initiated path runs
 * draft → moi-review → mfa-consultation → minister-review → council-of-state → ready-to-sign →
 * signed → in-force; the foreign-initiated one runs draft → mfa-referral → province-consultation →
 * minister-review → informing → council-of-state and on as above.
 */
export const REVIEW_STEPS = [
  "moi-review",
  "mfa-consultation",
  "minister-review",
  "council-of-state",
  "mfa-referral",
  "province-consultation",
  "informing",
] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export const STEPS = [
  "draft",
  ...REVIEW_STEPS,
  "ready-to-sign",
  "signed",
  "in-force",
  "returned",
  "withdrawn",
  "rejected",
] as const;
export type Step = (typeof STEPS)[number];

export const PATHS = ["thai-initiated", "foreign-initiated"] as const;
export type Path = (typeof PATHS)[number];

/** The steps of each path in order, for timelines and the dossier. */
export const PATH_STEPS: Record<Path, readonly Step[]> = {
  "thai-initiated": [
    "draft",
    "moi-review",
    "mfa-consultation",
    "minister-review",
    "council-of-state",
    "ready-to-sign",
    "signed",
    "in-force",
  ],
  "foreign-initiated": [
    "draft",
    "mfa-referral",
    "province-consultation",
    "minister-review",
    "informing",
    "council-of-state",
    "ready-to-sign",
    "signed",
    "in-force",
  ],
};

/** Where a proposal can be, with what that step needs to remember. */
export type ProposalState =
  | { step: "draft" }
  | { step: ReviewStep }
  | { step: "ready-to-sign" }
  | { step: "returned"; from: ReviewStep; comment: string }
  | { step: "signed"; signedOn: string }
  | { step: "in-force"; since: string; reports: number }
  | { step: "withdrawn"; reason?: string | undefined }
  | { step: "rejected"; reason: string };

export const isReviewStep = (step: Step): step is ReviewStep => (REVIEW_STEPS as readonly Step[]).includes(step);
export const isClosed = (step: Step): boolean => step === "withdrawn" || step === "rejected";
export const isEditable = (step: Step): boolean => step === "draft" || step === "returned";

/**
 * How long each step is expected to take, in days. The report gives no durations, so every step
 * waits 30 days by default, except a relation in force, which reports once a year (5912–5913).
 * Drafts and closed proposals have no clock.
 */
export type StepDurations = Partial<Record<Step, number>>;

export const DEFAULT_STEP_DAYS = 30;

export const DEFAULT_DURATIONS: StepDurations = {
  ...Object.fromEntries(REVIEW_STEPS.map((step) => [step, DEFAULT_STEP_DAYS])),
  returned: DEFAULT_STEP_DAYS,
  "ready-to-sign": DEFAULT_STEP_DAYS,
  signed: DEFAULT_STEP_DAYS,
  "in-force": 365,
};

export const expectedDays = (step: Step, durations: StepDurations = DEFAULT_DURATIONS): number | null =>
  step === "draft" || isClosed(step) ? null : (durations[step] ?? DEFAULT_DURATIONS[step] ?? DEFAULT_STEP_DAYS);

/** "moi-review=45,council-of-state=60": settings from the environment over the defaults. */
export const parseDurations = (text: string | undefined): StepDurations => {
  const durations: StepDurations = { ...DEFAULT_DURATIONS };
  for (const part of (text ?? "")
    .split(",")
    .map((piece) => piece.trim())
    .filter(Boolean)) {
    const [name, value] = part.split("=").map((piece) => piece.trim());
    const days = Number(value);
    if (!name || !(STEPS as readonly string[]).includes(name) || !Number.isInteger(days) || days <= 0)
      throw new Error(`invalid step duration "${part}": expected STEP=DAYS with a known step and whole days`);
    durations[name as Step] = days;
  }
  return durations;
};
