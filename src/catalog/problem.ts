/** One thing wrong with the reference data, located as precisely as we can. */
export type Problem = {
  file: string;
  line?: number;
  id?: string;
  field?: string;
  message: string;
};

export const formatProblem = (problem: Problem): string => {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const record = problem.id ? ` [${problem.id}]` : "";
  const field = problem.field ? ` ${problem.field}:` : "";
  return `${where}${record}${field} ${problem.message}`;
};
