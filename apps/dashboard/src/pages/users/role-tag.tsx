import { useTranslate } from "@refinedev/core";
import { ROLES, type Role } from "@tbc/types";
import { Tag } from "antd";
import { useMemo } from "react";

export const ROLE_COLORS: Record<Role, string> = {
  viewer: "default",
  staff: "blue",
  manager: "geekblue",
  admin: "purple",
};

export function RoleTag({ role }: { role: Role }) {
  const t = useTranslate();
  return (
    <Tag color={ROLE_COLORS[role]} data-role={role}>
      {t(`roles.${role}`)}
    </Tag>
  );
}

export function StatusTag({ disabledAt }: { disabledAt: string | null }) {
  const t = useTranslate();
  return disabledAt ? (
    <Tag color="red" data-status="disabled">
      {t("users.statuses.disabled")}
    </Tag>
  ) : (
    <Tag color="green" data-status="active">
      {t("users.statuses.active")}
    </Tag>
  );
}

export function useRoleOptions() {
  const t = useTranslate();
  return useMemo(() => ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })), [t]);
}
