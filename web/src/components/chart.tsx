import { useEffect, useRef, useState } from "react";
import { type ECElementEvent, type EChartsCoreOption, echarts, FONT_FAMILY, PALETTE } from "./echarts.ts";

export const FIRST_CHART_MARK = "jubkoo:first-chart";

type ChartProps = {
  option: EChartsCoreOption;
  label: string;
  height?: number;
  onClick?: (event: ECElementEvent) => void;
};

/**
 * An ECharts canvas as an image with a text alternative. `data-rendered` marks the first finished
 * frame (the end-to-end run times the home page by it).
 */
export const Chart = ({ option, label, height = 280, onClick }: ChartProps) => {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | undefined>(undefined);
  const [isRendered, setRendered] = useState(false);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("finished", () => {
      setRendered(true);
      // The first chart drawn marks the page as usable (read by the end-to-end timing).
      if (performance.getEntriesByName(FIRST_CHART_MARK).length === 0) performance.mark(FIRST_CHART_MARK);
    });
    const target = element.current;
    // A node leaving the page reports size 0 before React's cleanup runs; a graph cannot lay out in 0×0.
    const observer = new ResizeObserver(() => {
      if (target.isConnected && target.clientWidth > 0 && target.clientHeight > 0) instance.resize();
    });
    observer.observe(target);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      { color: PALETTE, textStyle: { fontFamily: FONT_FAMILY }, aria: { enabled: true }, animation: false, ...option },
      true,
    );
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    instance.on("click", onClick);
    return () => {
      instance.off("click", onClick);
    };
  }, [onClick]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      className="chart"
      style={{ height }}
      data-rendered={isRendered ? "true" : undefined}
    />
  );
};
