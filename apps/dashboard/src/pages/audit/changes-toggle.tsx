import { useTranslate } from "@refinedev/core";
import type { AuditEntry } from "@tbc/types";
import type { TableProps } from "antd";

type ExpandIconProps = Parameters<
  NonNullable<NonNullable<TableProps<AuditEntry>["expandable"]>["expandIcon"]>
>[0];

/**
 * The row's "show the changes" toggle, named in the page's language (antd's own is named by its
 * locale, and axe found it unnamed); a row without changes gets no button at all, only its space.
 */
export function ChangesToggle({ expanded, expandable, onExpand, record }: ExpandIconProps) {
  const t = useTranslate();
  if (!expandable) return <span className="ant-table-row-expand-icon ant-table-row-expand-icon-spaced" />;
  return (
    <button
      type="button"
      className={`ant-table-row-expand-icon ant-table-row-expand-icon-${expanded ? "expanded" : "collapsed"}`}
      aria-label={t(expanded ? "a11y.actions.hideChanges" : "a11y.actions.showChanges")}
      aria-expanded={expanded}
      onClick={(e) => {
        onExpand(record, e);
        e.stopPropagation();
      }}
    />
  );
}
