import { useResourceParams, useTranslate, useUserFriendlyName } from "@refinedev/core";
import { Space } from "antd";
import type { ReactNode } from "react";
import { PageTitle } from "./light";

type PageListProps = {
  /** The page's heading; the resource's translated `<name>.titles.list` when left out. */
  title?: ReactNode;
  /** The buttons at the heading's end (Export, Create, Report…). */
  headerButtons?: ReactNode | (() => ReactNode);
  children: ReactNode;
};

/**
 * A list or analytics page: its heading with the page's buttons, then the content, laid out as
 * @refinedev/antd's List lays out its page header. Ours because that package is one module: the
 * first page to use it would also load every other page's forms and tables, and ant-design's
 * pro-layout with them.
 */
export function PageList({ title, headerButtons, children }: PageListProps) {
  const t = useTranslate();
  const friendlyName = useUserFriendlyName();
  const { resource, identifier } = useResourceParams();
  const name = identifier ?? "";
  const heading =
    title ?? t(`${name}.titles.list`, friendlyName(String(resource?.meta?.label ?? name), "plural"));
  const extra = typeof headerButtons === "function" ? headerButtons() : headerButtons;
  return (
    <div>
      {/* Wraps: on a phone the buttons go under the heading rather than squeeze it to "O…". */}
      <div style={{ display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: 12 }}>
        <div
          style={{
            display: "flex",
            alignItems: "center",
            marginBlock: 4,
            overflow: "hidden",
            maxWidth: "100%",
          }}
        >
          <PageTitle>{heading}</PageTitle>
        </div>
        {extra !== undefined && extra !== null && (
          <div style={{ marginBlock: 4, whiteSpace: "nowrap" }}>
            <Space wrap>{extra}</Space>
          </div>
        )}
      </div>
      <div style={{ paddingTop: 12 }}>{children}</div>
    </div>
  );
}
