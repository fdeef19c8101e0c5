import type { ReactNode } from "react";

/** The box of a custom chart tooltip, looking like recharts' default one. */
export function TooltipBox({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        background: "#fff",
        border: "1px solid #d9d9d9",
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
