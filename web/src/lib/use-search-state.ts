import { useCallback } from "react";
import { useSearchParams } from "react-router";

/** Page state kept in the URL so a view can be shared; setting a filter starts again at offset 0. */
export const useSearchState = <K extends string>(names: readonly K[]) => {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(names.map((name) => [name, params.get(name) ?? ""])) as Record<K, string>;
  const set = useCallback(
    (changes: Partial<Record<K | "offset", string>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (!("offset" in changes)) next.delete("offset");
          for (const [name, value] of Object.entries(changes)) {
            if (typeof value === "string" && value !== "") next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { values, offset: Number(params.get("offset") ?? 0) || 0, set };
};
