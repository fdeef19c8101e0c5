import { useTranslate } from "@refinedev/core";
import { MIN_PASSWORD_LENGTH, ZChangePasswordInput } from "@tbc/types";
import { Button, Card, Form, Input } from "antd";
import { useFeedback } from "../../components/feedback";
import { zodFieldRule } from "../../components/zod-rules";
import { useProcedureMutation } from "../../providers/procedures";
import { applyFieldErrors } from "./field-errors";

type Values = { current: string; next: string; repeat: string };

/**
 * Change one's own password: the current one, a new one checked with the shared policy (ZPassword,
 * at least 12 characters); the server also refuses common passwords (a field error on `next`).
 * Every other session ends; this browser gets a new one and stays signed in.
 */
export function ChangePasswordCard({ email, onChanged }: { email: string; onChanged: () => void }) {
  const t = useTranslate();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const { mutate, mutation } = useProcedureMutation("auth.changePassword");
  const shape = ZChangePasswordInput.shape;

  const submit = ({ current, next }: Values) =>
    mutate(
      { current, next },
      {
        successNotification: false,
        errorNotification: false,
        onSuccess: () => {
          form.resetFields();
          void message.success(t("account.password.changed"));
          onChanged();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ["current", "next"])) void message.error(error.message);
        },
      },
    );

  return (
    <Card title={t("account.password.title")} data-testid="change-password">
      <Form<Values>
        form={form}
        name="change-password"
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        disabled={mutation.isPending}
        style={{ maxWidth: 420 }}
      >
        {/* Whose password this is, for password managers (never shown). */}
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <Form.Item
          name="current"
          label={t("account.password.current")}
          rules={[zodFieldRule(shape.current, "account.validation.current", t, (v) => v ?? "")]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="next"
          label={t("account.password.next")}
          extra={t("account.password.help", { min: MIN_PASSWORD_LENGTH })}
          rules={[zodFieldRule(shape.next, "account.validation.next", t, (v) => v ?? "")]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t("account.password.repeat")}
          dependencies={["next"]}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value) => {
                if ((value ?? "") !== (getFieldValue("next") ?? "")) {
                  throw new Error(t("account.password.mismatch"));
                }
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t("account.password.submit")}
        </Button>
      </Form>
    </Card>
  );
}
