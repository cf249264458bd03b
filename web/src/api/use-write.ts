import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApiError } from "./client.ts";
import { isSignInRequired, refreshData, SESSION_KEY, tokensOf } from "./session.ts";
import { useLang } from "./use-lang.ts";
import { sendWrite, type WriteRequest } from "./write.ts";

/**
 * A write against the API (TanStack mutation). On success every page's data is read again, so the
 * public profile and the matches show the change; a 401 means the session ended meanwhile.
 */
export const useWrite = <T = unknown>(
  /** false for a sign-out: it forgets the account's data itself (forgetSignedInData), refetching would be a 401. */
  options: { refreshAfter?: boolean } = {},
) => {
  const client = useQueryClient();
  const lang = useLang();
  return useMutation<T, ApiError, WriteRequest>({
    mutationFn: (request) => sendWrite<T>(request, lang, tokensOf(client)),
    // Not awaited: the caller's own onSuccess runs at once, before a refetch may unmount its form.
    onSuccess: () => {
      if (options.refreshAfter !== false) void refreshData(client);
    },
    onError: (error) => {
      if (isSignInRequired(error) && error.code === "unauthenticated") client.setQueryData(SESSION_KEY, null);
    },
  });
};
