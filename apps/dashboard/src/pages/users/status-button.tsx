import { StopOutlined, UndoOutlined } from "@ant-design/icons";
import { useInvalidate, useTranslate } from "@refinedev/core";
import type { User } from "@tbc/types";
import { Button, Popconfirm, Tooltip } from "antd";
import { useProcedureMutation } from "../../providers/procedures";

/**
 * Disable (ends the user's sessions at once, on the server) or enable again, after a confirmation.
 * One's own account cannot be disabled (the server refuses it too).
 */
export function StatusButton({ user, self }: { user: User; self: boolean }) {
  const t = useTranslate();
  const invalidate = useInvalidate();
  const disable = useProcedureMutation("users.disable");
  const enable = useProcedureMutation("users.enable");
  const disabling = user.disabledAt === null;
  const { mutate, mutation } = disabling ? disable : enable;
  const label = disabling ? t("users.disable.button") : t("users.enable.button");

  if (disabling && self) {
    return (
      <Tooltip title={t("users.disable.self")}>
        <Button size="small" icon={<StopOutlined />} disabled aria-label={label}>
          {label}
        </Button>
      </Tooltip>
    );
  }

  const run = () =>
    mutate(
      { id: user.id },
      {
        successNotification: () => ({
          message: t(disabling ? "users.disable.success" : "users.enable.success", { email: user.email }),
          type: "success",
        }),
        errorNotification: (error) => ({
          message: error?.message ?? "",
          description: label,
          type: "error",
        }),
        onSettled: () => invalidate({ resource: "users", invalidates: ["list", "detail"], id: user.id }),
      },
    );

  return (
    <Popconfirm
      title={t(disabling ? "users.disable.confirm" : "users.enable.confirm", { email: user.email })}
      description={disabling ? t("users.disable.warning") : t("users.enable.warning")}
      okText={label}
      okButtonProps={{ danger: disabling, "data-testid": "confirm-status" }}
      cancelText={t("buttons.cancel")}
      onConfirm={run}
    >
      <Button
        size="small"
        danger={disabling}
        icon={disabling ? <StopOutlined /> : <UndoOutlined />}
        loading={mutation.isPending}
        aria-label={label}
        data-testid={disabling ? "disable-user" : "enable-user"}
      >
        {label}
      </Button>
    </Popconfirm>
  );
}
