import { useEffect } from "react";
import { useLocation } from "react-router";

/** How long a link to a section (#contacts) waits for the page to render it. */
const HASH_WAIT_MS = 10_000;

/**
 * A new page starts at the top, or at the section its link names (/atlas/TH-50#contacts) once that
 * section has rendered; a changed query on the same page keeps the reader's place.
 */
export const ScrollToTop = () => {
  const { pathname, hash } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is a trigger, not an input.
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    const target = () => (id ? document.getElementById(id) : null);
    const found = target();
    if (found || !id) {
      if (found) found.scrollIntoView();
      else window.scrollTo(0, 0);
      return;
    }
    window.scrollTo(0, 0);
    const observer = new MutationObserver(() => {
      const element = target();
      if (!element) return;
      element.scrollIntoView();
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), HASH_WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname, hash]);
  return null;
};
