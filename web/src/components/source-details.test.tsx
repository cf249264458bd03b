// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { createI18n } from "../i18n/create-i18n.ts";
import { SourceDetails, SourcesDetails } from "./source-details.tsx";

describe("source disclosure", () => {
  afterEach(cleanup);

  it("keeps the source behind a disclosure and reveals it in the reader's language", async () => {
    const i18n = await createI18n("th");
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <SourceDetails source={{ ref: "report:7628-7640", note: "table 10.1" }} />
      </I18nextProvider>,
    );
    const details = container.querySelector("details");
    expect(details?.open).toBe(false);
    fireEvent.click(screen.getByText("แหล่งที่มา"));
    expect(details?.open).toBe(true);
    expect(screen.getByText("รายงาน บรรทัด 7628–7640")).toBeTruthy();
    expect(screen.getByText("หมายเหตุ: table 10.1")).toBeTruthy();
  });

  it("lists several sources, repeated ones included, and nothing when there are none", async () => {
    const i18n = await createI18n("en");
    const { container, rerender } = render(
      <I18nextProvider i18n={i18n}>
        <SourcesDetails sources={["gk:high", "report:1-2", "gk:high"]} />
      </I18nextProvider>,
    );
    const items = [...container.querySelectorAll("li")].map((item) => item.textContent);
    expect(items).toEqual([
      "General knowledge (confidence: high)",
      "Report, lines 1–2",
      "General knowledge (confidence: high)",
    ]);
    rerender(
      <I18nextProvider i18n={i18n}>
        <SourcesDetails sources={[]} />
      </I18nextProvider>,
    );
    expect(container.querySelector("details")).toBeNull();
  });
});
