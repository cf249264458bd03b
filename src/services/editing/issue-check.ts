import type { Repositories } from "../../store/repositories.ts";
import { type FieldProblem, InvalidInput } from "../errors.ts";

/** Every issue a user tags must be in the taxonomy. */
export const assertIssuesExist = async (
  repos: Pick<Repositories, "taxonomy">,
  issues: readonly string[],
  field = "issues",
) => {
  const known = new Set((await repos.taxonomy.issues()).map((issue) => issue.id));
  const problems: FieldProblem[] = issues.flatMap((issue, index) =>
    known.has(issue) ? [] : [{ field: `${field}.${index}`, key: "v.issue-unknown" }],
  );
  if (problems.length > 0) throw new InvalidInput(problems);
};
