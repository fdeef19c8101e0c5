import type { ReactNode } from "react";
import { useChartTheme } from "../chart-theme";

/** The box of a custom chart tooltip, looking like recharts' default one. */
export function TooltipBox({ children }: { children: ReactNode }) {
  const colors = useChartTheme();
  return (
    <div
      style={{
        background: colors.tooltipBg,
        color: colors.tooltipText,
        border: `1px solid ${colors.tooltipBorder}`,
        textAlign: "start",
        borderRadius: 6,
        boxShadow: "0 6px 16px rgba(0, 0, 0, 0.08)",
        padding: "8px 12px",
        maxWidth: 380,
        fontSize: 13,
      }}
    >
      {children}
    </div>
  );
}
