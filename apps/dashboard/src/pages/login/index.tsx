import { useLogin, useTranslate } from "@refinedev/core";
import { type DemoInfo, ZLoginInput } from "@tbc/types";
import { Alert, Button, Card, Form, Input, Layout, Space, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useLocation } from "react-router";
import { LocaleSwitch } from "../../components/locale-switch";
import { LogoMark } from "../../components/logo";
import { isRateLimited, type LoginParams } from "../../providers/auth-provider";
import { fetchProcedure } from "../../providers/procedures";
import { palette } from "../../theme";

/** Demo accounts are announced only when the server says demo mode is on (never in production). */
function useDemoInfo(): DemoInfo | null {
  const [demo, setDemo] = useState<DemoInfo | null>(null);
  useEffect(() => {
    let live = true;
    fetchProcedure("auth.demo", undefined)
      .then((info) => live && setDemo(info))
      .catch(() => live && setDemo(null));
    return () => {
      live = false;
    };
  }, []);
  return demo;
}

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: one form with its demo-account list; splitting it would only pass props around
export function LoginPage() {
  const t = useTranslate();
  const [form] = Form.useForm<LoginParams>();
  const { mutate: login, isPending } = useLogin<LoginParams>();
  const demo = useDemoInfo();
  // "/login?session=ended": this browser's session ended on the server (auth-provider.ts).
  const ended = new URLSearchParams(useLocation().search).get("session") === "ended";
  // Too many attempts: the server's message (when to try again) stays on the page, not just a toast.
  const [limited, setLimited] = useState<string | null>(null);
  const submit = (values: LoginParams) =>
    login(values, {
      onSuccess: (result) =>
        setLimited(!result.success && isRateLimited(result.error) ? (result.error?.message ?? null) : null),
    });

  const fill = (email: string) => {
    form.setFieldsValue({ email, password: demo?.password ?? "" });
  };

  return (
    <Layout
      style={{
        minHeight: "100vh",
        alignItems: "center",
        justifyContent: "center",
        padding: 24,
        background: `linear-gradient(160deg, ${palette.navy} 0%, ${palette.primary} 100%)`,
      }}
    >
      <Card
        style={{ width: "100%", maxWidth: 420 }}
        styles={{ body: { padding: 32 } }}
        extra={<LocaleSwitch signedIn={false} />}
      >
        <Space direction="vertical" size={4} style={{ width: "100%", marginBottom: 24 }}>
          <Space align="center" size={12}>
            <LogoMark size={36} />
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t("app.title")}
            </Typography.Title>
          </Space>
          <Typography.Text type="secondary">{t("pages.login.subtitle")}</Typography.Text>
        </Space>

        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t("pages.login.title")}
        </Typography.Title>

        {ended && !limited && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="session-ended"
            message={t("notifications.signedOut")}
          />
        )}
        {limited && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="login-limited"
            message={t("session.tooManyTitle")}
            description={limited}
          />
        )}

        <Form<LoginParams>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          disabled={isPending}
        >
          <Form.Item
            name="email"
            label={t("pages.login.fields.email")}
            rules={[
              {
                validator: async (_, value) => {
                  if (!ZLoginInput.shape.email.safeParse(value ?? "").success) {
                    throw new Error(t("pages.login.validation.email"));
                  }
                },
              },
            ]}
          >
            <Input type="email" autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t("pages.login.fields.password")}
            rules={[{ required: true, message: t("pages.login.validation.password") }]}
          >
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={isPending}>
            {t("pages.login.signin")}
          </Button>
        </Form>

        {demo?.enabled && (
          <Alert
            style={{ marginTop: 24 }}
            type="info"
            showIcon
            data-testid="demo-accounts"
            message={t("pages.login.demo.title")}
            description={
              <Space direction="vertical" size={4} style={{ width: "100%" }}>
                <Typography.Text>
                  {t("pages.login.demo.description", { password: demo.password ?? "" })}
                </Typography.Text>
                {demo.accounts.map((account) => {
                  const role = t(`roles.${account.role}`);
                  return (
                    <Space key={account.email} size={8} wrap>
                      <Button
                        type="link"
                        size="small"
                        style={{ padding: 0, height: "auto" }}
                        aria-label={t("pages.login.demo.use", { email: account.email, role })}
                        onClick={() => fill(account.email)}
                      >
                        {account.email}
                      </Button>
                      <Tag bordered={false}>{role}</Tag>
                    </Space>
                  );
                })}
              </Space>
            }
          />
        )}
      </Card>
    </Layout>
  );
}
