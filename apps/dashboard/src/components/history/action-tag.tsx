import { useTranslate } from "@refinedev/core";
import { Tag } from "antd";

/** Audit actions (@tbc/types) and their colours; unknown ones show as they are. */
export { AUDIT_ACTIONS } from "@tbc/types";

const COLORS: Record<string, string> = {
  create: "green",
  update: "blue",
  delete: "red",
  approve: "cyan",
  import: "purple",
  import_rejected: "magenta",
  export: "geekblue",
  login: "default",
  login_failed: "orange",
  logout: "default",
  password_change: "gold",
  password_reset: "gold",
  disable: "red",
  enable: "green",
  session_end: "volcano",
  refused: "orange",
};

export function ActionTag({ action }: { action: string }) {
  const t = useTranslate();
  return (
    <Tag color={COLORS[action] ?? "default"} data-action={action} style={{ marginInlineEnd: 0 }}>
      {t(`history.actions.${action}`, action)}
    </Tag>
  );
}
