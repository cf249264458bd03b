import type { SearchRef } from "../../api/types.ts";

/** Where each kind of search hit opens; a place opens the locality it lies in. */
export const hrefOf = (item: SearchRef & { within?: SearchRef | undefined }): string => {
  switch (item.kind) {
    case "locality":
      return `/atlas/${item.id}`;
    case "place":
      return item.within ? `/atlas/${item.within.id}` : "/atlas";
    case "relation":
      return `/registry/${item.id}`;
    case "organisation":
      return `/organisations/${encodeURIComponent(item.id)}`;
    case "issue":
      return `/issues/${item.id}`;
    default:
      return "/";
  }
};
