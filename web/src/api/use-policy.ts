import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Action } from "../../../src/domain/policy/policy.ts";
import { useSession } from "./session.ts";

// The server's own policy module, loaded only once someone signs in: visitors never download it
// (it brings zod along), and the web can never disagree with the API about who may do what.
const loadPolicy = () => import("../../../src/domain/policy/policy.ts");

/** may(action): what `decide` in src/domain/policy says for the signed-in user; false for visitors. */
export const usePolicy = () => {
  const session = useSession();
  const user = session.data?.user;
  const policy = useQuery({
    queryKey: ["policy-module"],
    queryFn: loadPolicy,
    enabled: user !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    structuralSharing: false,
  });
  const module = policy.data;
  const may = useCallback(
    (action: Action): boolean =>
      user !== undefined && module !== undefined
        ? module.isAllowed({ kind: "user", id: user.id, role: user.role, scope: user.scope }, action)
        : false,
    [user, module],
  );
  return { user, may, isReady: session.isFetched && (user === undefined || module !== undefined) };
};
