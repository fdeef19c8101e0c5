import { theme } from "antd";
import type { CSSProperties, HTMLAttributes, ReactNode } from "react";

/**
 * antd's Card, Typography.Text and Typography.Title as they look on the overview, drawn with the
 * theme's tokens. The overview's first drawing uses these instead: antd's Card always brings its
 * Tabs (rc-tabs), and Typography its in-place editor (rc-textarea, the Input family) and copy
 * button, ≈ 35 kB gzip the landing page never uses.
 */

type Tone = "secondary" | "strong";

export function Text({
  tone,
  style,
  children,
  ...rest
}: { tone?: Tone; children: ReactNode } & HTMLAttributes<HTMLSpanElement>) {
  const { token } = theme.useToken();
  const look: CSSProperties =
    tone === "secondary"
      ? { color: token.colorTextSecondary }
      : tone === "strong"
        ? { fontWeight: token.fontWeightStrong }
        : {};
  return (
    <span style={{ ...look, ...style }} {...rest}>
      {children}
    </span>
  );
}

/** A page's heading (Typography.Title level 4, on one line with an ellipsis). */
export function PageTitle({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <h4
      style={{
        margin: 0,
        color: token.colorTextHeading,
        fontWeight: token.fontWeightStrong,
        fontSize: token.fontSizeHeading4,
        lineHeight: token.lineHeightHeading4,
        overflow: "hidden",
        whiteSpace: "nowrap",
        textOverflow: "ellipsis",
      }}
    >
      {children}
    </h4>
  );
}

/** A card: an optional head (title, extra) over a body; `small` as antd's size="small". */
export function LightCard({
  title,
  extra,
  small = false,
  style,
  children,
  ...rest
}: {
  title?: ReactNode;
  extra?: ReactNode;
  small?: boolean;
  children: ReactNode;
} & HTMLAttributes<HTMLDivElement>) {
  const { token } = theme.useToken();
  const border = `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`;
  const padding = small ? token.paddingSM : token.paddingLG;
  return (
    <div
      style={{
        position: "relative",
        background: token.colorBgContainer,
        border,
        borderRadius: token.borderRadiusLG,
        color: token.colorText,
        fontSize: token.fontSize,
        lineHeight: token.lineHeight,
        ...style,
      }}
      {...rest}
    >
      {(title || extra) && (
        <div
          style={{
            display: "flex",
            alignItems: "center",
            minHeight: small
              ? token.fontSize * token.lineHeight + token.paddingXS * 2
              : token.fontSizeLG * token.lineHeightLG + token.padding * 2,
            padding: `0 ${padding}px`,
            marginBottom: -token.lineWidth,
            borderBottom: border,
            color: token.colorTextHeading,
            fontWeight: token.fontWeightStrong,
            fontSize: small ? token.fontSize : token.fontSizeLG,
          }}
        >
          <div style={{ flex: 1, overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" }}>
            {title}
          </div>
          {extra && (
            <div style={{ marginInlineStart: "auto", fontWeight: "normal", fontSize: token.fontSize }}>
              {extra}
            </div>
          )}
        </div>
      )}
      <div style={{ padding }}>{children}</div>
    </div>
  );
}
