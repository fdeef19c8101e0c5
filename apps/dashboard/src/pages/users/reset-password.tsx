import { useTranslate } from "@refinedev/core";
import type { User } from "@tbc/types";
import { Alert, Form, Input, Modal } from "antd";
import { useFeedback } from "../../components/feedback";
import { useProcedureMutation } from "../../providers/procedures";
import { applyFieldErrors } from "../account/field-errors";
import type { OneTimePassword } from "./one-time-password";
import { optionalPasswordRule } from "./user-form";

type Values = { password?: string };

/**
 * Reset a user's password: a new one typed here (checked with ZPassword), or none → a generated
 * one-time password, shown once. Either way the server ends the user's sessions.
 */
export function ResetPasswordModal({
  user,
  onClose,
  onPassword,
}: {
  user: User | null;
  onClose: () => void;
  onPassword: (value: OneTimePassword) => void;
}) {
  const t = useTranslate();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const { mutate, mutation } = useProcedureMutation("users.resetPassword");

  const submit = ({ password }: Values) => {
    if (!user) return;
    mutate(
      { id: user.id, ...(password ? { password } : {}) },
      {
        successNotification: false,
        errorNotification: false,
        onSuccess: (data) => {
          onClose();
          form.resetFields();
          if (data.oneTimePassword) onPassword({ email: user.email, password: data.oneTimePassword });
          else void message.success(t("users.reset.success", { email: user.email }));
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ["password"])) void message.error(error.message);
        },
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={user ? t("users.reset.title", { email: user.email }) : ""}
      okText={t("users.reset.submit")}
      cancelText={t("buttons.cancel")}
      okButtonProps={{ danger: true, loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={() => {
        onClose();
        form.resetFields();
      }}
      width={520}
      forceRender
    >
      <Form<Values>
        form={form}
        name="reset-password"
        layout="vertical"
        onFinish={submit}
        data-testid="reset-password-form"
      >
        {/* Whose password this is, for password managers (never shown). */}
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={user?.email ?? ""}
          readOnly
          hidden
        />
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t("users.reset.warning")} />
        <Form.Item
          name="password"
          label={t("users.reset.newPassword")}
          extra={t("users.reset.help")}
          rules={[optionalPasswordRule(t)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
