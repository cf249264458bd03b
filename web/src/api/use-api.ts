import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiGet, type Params } from "./client.ts";
import { useLang } from "./use-lang.ts";

type Options = { enabled?: boolean; keepPrevious?: boolean; staleTime?: number };

/** One GET against the API, cached per path, parameters and language. */
export const useApi = <T>(path: string, params: Params = {}, options: Options = {}) => {
  const lang = useLang();
  return useQuery({
    queryKey: [path, params, lang],
    queryFn: ({ signal }) => apiGet<T>(path, params, lang, signal),
    enabled: options.enabled ?? true,
    staleTime: options.staleTime ?? 60_000,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
};
