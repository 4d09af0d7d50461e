import { useEffect, useRef, type ReactNode } from "react";
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import { ukMonthLabel, type ReportTable } from "@convenor/shared";

// Only the parts a stacked bar chart uses, so the chunk stays small; loaded with the reports page only.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const palette = ["#0f6cbd", "#c50f1f", "#107c10", "#8764b8", "#ca5010", "#038387", "#881798", "#986f0b"];

/**
 * A stacked bar per row (month or establishment), one colour per column. A suppressed count is left out of
 * the bar. The numbers are in the table beside it: the chart is an image with a summary for screen readers.
 */
export function ReportChart(props: { table: ReportTable }): ReactNode {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { table } = props;
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels: table.rows.map((row) => ukMonthLabel(row.label)),
        datasets: table.columns.map((column, c) => ({
          label: column,
          data: table.rows.map((row) => row.cells[c] ?? null),
          backgroundColor: palette[c % palette.length],
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [table]);
  return (
    <div style={{ position: "relative", height: "16rem", minWidth: 0 }}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Chart: ${table.title}. The numbers are in the table beside it.`}
      />
    </div>
  );
}
