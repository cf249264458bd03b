import { type Finding, finding, type ReadinessInput } from "./finding.ts";

const PARTNER_LANGUAGES = ["en", "ja"];

/** Budget and staff before signing: a relation binds the province for years (5811–5813, 5909–5915). */
export const budgetStaffRules = ({ content, thai }: ReadinessInput): Finding[] => {
  const findings: Finding[] = [];
  const { budget } = content;
  if (!budget) findings.push(finding("budget.missing", "warning", ["report:5811-5813", "report:5909-5913"]));
  else if (budget.amount === undefined)
    findings.push(finding("budget.amount-missing", "warning", ["report:5811-5813"], { line: budget.line }));
  else
    findings.push(
      finding("budget.ready", "ok", ["report:5811-5813"], {
        line: budget.line,
        amount: budget.amount.toLocaleString("en"),
      }),
    );

  const { officer, deputy } = content.officers.thai;
  if (!officer) findings.push(finding("staff.officer-missing", "warning", ["report:5914-5915", "report:5936-5940"]));
  else findings.push(finding("staff.officer", "ok", ["report:5914-5915"], { name: officer.name }));

  // The proposal's officers first; the province's profile says what its office works in too.
  const languages = new Set([
    ...(officer?.languages ?? []),
    ...(deputy?.languages ?? []),
    ...(thai.contacts?.languages ?? []),
  ]);
  const partnerLanguages = PARTNER_LANGUAGES.filter((lang) => languages.has(lang));
  findings.push(
    partnerLanguages.length > 0
      ? finding("staff.language", "ok", ["report:5914-5915"], { languages: partnerLanguages.join(", ") })
      : finding("staff.language-missing", "warning", ["report:5914-5915", "report:8788-8791"]),
  );
  return findings;
};
