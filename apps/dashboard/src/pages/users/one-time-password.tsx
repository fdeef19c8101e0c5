import { useTranslate } from "@refinedev/core";
import { Alert, Button, Modal, Space, Typography } from "antd";

export type OneTimePassword = { email: string; password: string };

/**
 * A generated password, shown once (the server keeps only its hash): a copy button and a warning
 * that it cannot be shown again. Closing needs the button, not a click beside the dialog.
 */
export function OneTimePasswordModal({
  value,
  onClose,
}: {
  value: OneTimePassword | null;
  onClose: () => void;
}) {
  const t = useTranslate();
  return (
    <Modal
      open={value !== null}
      title={value ? t("users.oneTime.title", { email: value.email }) : ""}
      onCancel={onClose}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="one-time-done">
          {t("users.oneTime.done")}
        </Button>
      }
    >
      {value && (
        <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="one-time-modal">
          <Alert type="warning" showIcon message={t("users.oneTime.warning")} />
          <Typography.Paragraph
            code
            copyable={{
              text: value.password,
              tooltips: [t("users.oneTime.copy"), t("users.oneTime.copied")],
            }}
            style={{ fontSize: 18, margin: 0 }}
            data-testid="one-time-password"
          >
            {value.password}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t("users.oneTime.hint")}</Typography.Text>
        </Space>
      )}
    </Modal>
  );
}
