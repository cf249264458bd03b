import type { TFunction } from "i18next";
import { CATALOG, type MessageKey } from "../i18n/catalog.ts";

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(CATALOG.en, key);

/** A coded value's label ("relation.status" + "active"), or the code itself when none exists. */
export const labelOf = (t: TFunction, prefix: string, value: string): string => {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : value;
};
