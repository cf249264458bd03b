import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { pick } from "../lib/lang.ts";
import type { DatasetInfo } from "../lib/sources.ts";
import { apiGet } from "./client.ts";
import type { Designation, Issue, LocalityBrief, Organisation, Page } from "./types.ts";
import { useLang } from "./use-lang.ts";

type Lists = {
  localities: LocalityBrief[];
  organisations: Organisation[];
  issues: Issue[];
  designations: Designation[];
  datasets: DatasetInfo[];
};

const loadLists = async (): Promise<Lists> => {
  const [localities, organisations, issues, designations, datasets] = await Promise.all([
    apiGet<{ items: LocalityBrief[] }>("/api/atlas/localities", {}, "en"),
    apiGet<Page<Organisation>>("/api/organisations", { limit: 500 }, "en"),
    apiGet<{ items: Issue[] }>("/api/issues", {}, "en"),
    apiGet<{ items: Designation[] }>("/api/designations", {}, "en"),
    apiGet<{ items: DatasetInfo[] }>("/api/datasets", {}, "en"),
  ]);
  return {
    localities: localities.items,
    organisations: organisations.items,
    issues: issues.items,
    designations: designations.items,
    datasets: datasets.items,
  };
};

export type Reference = Lists & {
  isReady: boolean;
  locality: (id: string) => LocalityBrief | undefined;
  issue: (id: string) => Issue | undefined;
  nameOf: (id: string) => string;
  issueLabel: (id: string) => string;
  designationName: (id: string) => string;
  dataset: (id: string) => DatasetInfo | undefined;
};

const EMPTY: Lists = { localities: [], organisations: [], issues: [], designations: [], datasets: [] };

/** Names of every locality, organisation, issue and designation, loaded once and kept. */
export const useReference = (): Reference => {
  const lang = useLang();
  const query = useQuery({ queryKey: ["reference"], queryFn: loadLists, staleTime: Number.POSITIVE_INFINITY });
  return useMemo(() => {
    const lists = query.data ?? EMPTY;
    const localities = new Map(lists.localities.map((item) => [item.id, item]));
    const organisations = new Map(lists.organisations.map((item) => [item.id, item]));
    const issues = new Map(lists.issues.map((item) => [item.id, item]));
    const designations = new Map(lists.designations.map((item) => [item.id, item]));
    const datasets = new Map(lists.datasets.map((item) => [item.id, item]));
    return {
      ...lists,
      isReady: query.data !== undefined,
      locality: (id) => localities.get(id),
      issue: (id) => issues.get(id),
      nameOf: (id) => {
        const names = localities.get(id)?.names ?? organisations.get(id)?.names;
        return names ? pick(names, lang) : id;
      },
      issueLabel: (id) => {
        const issue = issues.get(id);
        return issue ? pick(issue.label, lang) : id;
      },
      dataset: (id) => datasets.get(id),
      designationName: (id) => {
        const designation = designations.get(id);
        return designation ? pick(designation.names, lang) : id;
      },
    };
  }, [query.data, lang]);
};
