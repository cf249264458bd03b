// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createI18n } from "../../i18n/create-i18n.ts";
import { DEFAULT_WEIGHTS } from "../../lib/weights.ts";
import { WeightSliders } from "./weight-sliders.tsx";

describe("weight sliders", () => {
  afterEach(cleanup);

  it("labels a slider per criterion and reports a moved weight with the others kept", async () => {
    const i18n = await createI18n("ja");
    const onChange = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <WeightSliders weights={DEFAULT_WEIGHTS} onChange={onChange} />
      </I18nextProvider>,
    );
    expect(screen.getAllByRole("slider")).toHaveLength(10);
    const geography = screen.getByLabelText("地理");
    expect((geography as HTMLInputElement).value).toBe("0.4");
    fireEvent.change(geography, { target: { value: "0.9" } });
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_WEIGHTS, geography: 0.9 });
    fireEvent.click(screen.getByRole("button", { name: "重みを初期値に戻す" }));
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_WEIGHTS);
  });
});
