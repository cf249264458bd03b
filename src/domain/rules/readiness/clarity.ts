import { LANGS, type UserText } from "../../text.ts";
import { type Finding, finding, type ReadinessInput } from "./finding.ts";

/** A target is measurable when it names a quantity: "20 students", "๓ ครั้ง", "年2回". */
const QUANTITY = /[0-9๐-๙０-９]|[一二三四五六七八九十百千万]/;
const isMeasurable = (text: UserText): boolean => LANGS.some((lang) => QUANTITY.test(text[lang] ?? ""));

/**
 * Knowing what you want (5942, 8776–8781): issues named, objectives with measurable targets, and
 * what each side gains, so that it is not one-way (10628, 10652–10656).
 */
export const clarityRules = ({ content }: ReadinessInput): Finding[] => {
  const findings: Finding[] = [];
  findings.push(
    content.issues.length > 0
      ? finding("clarity.issues", "ok", ["report:5942"], { count: content.issues.length })
      : finding("clarity.issues-missing", "warning", ["report:5942"]),
  );
  if (content.instrument === "sister-city" && content.issues.length === 1)
    findings.push(finding("clarity.one-field", "info", ["report:5925-5926"]));
  if (content.objectives.length === 0)
    findings.push(finding("clarity.objectives-missing", "warning", ["report:8776-8781"]));
  if (content.activities.length === 0)
    findings.push(finding("clarity.plan-missing", "warning", ["report:8776-8781", "report:10632-10636"]));
  else {
    const vague = content.activities.filter((activity) => !isMeasurable(activity.target)).length;
    findings.push(
      vague > 0
        ? finding("clarity.targets-vague", "warning", ["report:8778-8780", "report:10632-10636"], { count: vague })
        : finding("clarity.measurable", "ok", ["report:10632-10636"], { count: content.activities.length }),
    );
  }
  const thai = content.gains.thai.length;
  const japanese = content.gains.japanese.length;
  if (thai > 0 && japanese > 0) findings.push(finding("clarity.gains-both", "ok", ["report:10652-10656"]));
  else if (thai === 0 && japanese === 0)
    findings.push(finding("clarity.gains-missing", "warning", ["report:10652-10656"]));
  else
    findings.push(
      finding(thai === 0 ? "clarity.one-way-thai" : "clarity.one-way-japanese", "warning", [
        "report:10628",
        "report:8836-8837",
        "report:10652-10656",
      ]),
    );
  return findings;
};
