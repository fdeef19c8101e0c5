import { CheckOutlined } from "@ant-design/icons";
import { useCan, useInvalidate, useTranslate } from "@refinedev/core";
import type { Agency } from "@tbc/types";
import { Button, type ButtonProps, Popconfirm } from "antd";
import { useProcedureMutation } from "../../providers/procedures";

/**
 * Approve a pending agency (managers). Hidden for other roles and other statuses; the server checks
 * both again. Sends the version the screen shows, so approving a record someone just edited fails
 * with CONFLICT instead of approving what the manager has not seen.
 */
export function ApproveButton({
  record,
  size,
  hideText,
}: {
  record: Pick<Agency, "id" | "version" | "status">;
  size?: ButtonProps["size"];
  hideText?: boolean;
}) {
  const t = useTranslate();
  const invalidate = useInvalidate();
  const { data: access } = useCan({ resource: "agencies", action: "approve", params: { id: record.id } });
  const { mutate, mutation } = useProcedureMutation("agencies.approve");

  if (record.status !== "pending" || !access?.can) return null;

  const approve = () =>
    mutate(
      { id: record.id, version: record.version },
      {
        successNotification: () => ({ message: t("agencies.approve.success"), type: "success" }),
        // refine's antd notifications show `description` as the title and `message` as the text.
        errorNotification: (error) => ({
          description: t("agencies.approve.error"),
          message: error?.statusCode === 409 ? t("agencies.conflict.description") : (error?.message ?? ""),
          type: "error",
        }),
        onSettled: () =>
          invalidate({ resource: "agencies", invalidates: ["list", "many", "detail"], id: record.id }),
      },
    );

  return (
    <Popconfirm
      title={t("agencies.approve.confirm")}
      okText={t("buttons.approve")}
      cancelText={t("buttons.cancel")}
      onConfirm={approve}
    >
      <Button
        size={size}
        icon={<CheckOutlined />}
        loading={mutation.isPending}
        title={t("buttons.approve")}
        aria-label={t("buttons.approve")}
        data-testid="approve-button"
      >
        {hideText ? null : t("buttons.approve")}
      </Button>
    </Popconfirm>
  );
}
