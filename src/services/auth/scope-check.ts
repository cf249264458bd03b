import type { Scope } from "../../domain/policy/actor.ts";
import type { Repositories } from "../../store/repositories.ts";
import { type FieldProblem, InvalidInput } from "../errors.ts";

/** Every locality and organisation a scope names must exist. */
export const assertScopeExists = async (repos: Pick<Repositories, "localities" | "organisations">, scope: Scope) => {
  const problems: FieldProblem[] = [];
  for (const [index, id] of scope.localities.entries()) {
    if (!(await repos.localities.get(id)))
      problems.push({ field: `scope.localities.${index}`, key: "error.not_found", params: { kind: "locality", id } });
  }
  if (scope.organisations.length > 0) {
    const known = new Set((await repos.organisations.list()).items.map((organisation) => organisation.id));
    for (const [index, id] of scope.organisations.entries()) {
      if (!known.has(id))
        problems.push({
          field: `scope.organisations.${index}`,
          key: "error.not_found",
          params: { kind: "organisation", id },
        });
    }
  }
  if (problems.length > 0) throw new InvalidInput(problems);
};
