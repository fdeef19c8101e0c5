import { useModalForm } from "@refinedev/antd";
import { type HttpError, useGetIdentity, useTranslate } from "@refinedev/core";
import { type SessionUser, type User, type UserCreated, ZPassword, ZUserCreateInput } from "@tbc/types";
import { Form, Input, Modal, Select, Tooltip } from "antd";
import type { ReactNode } from "react";
import { zodFieldRule, zodRules } from "../../components/zod-rules";
import type { OneTimePassword } from "./one-time-password";
import { useRoleOptions } from "./role-tag";

type CreateValues = { email: string; name: string; role: User["role"]; password?: string };
type EditValues = { name: string; role: User["role"]; version: number };

const rule = zodRules(ZUserCreateInput.shape.values.shape, "users.validation");

/** Optional password: empty means "generate one"; anything typed must pass the policy. */
export const optionalPasswordRule = (t: ReturnType<typeof useTranslate>) =>
  zodFieldRule(ZPassword.optional(), "users.validation.password", t, (v) => (v ? v : undefined));

/**
 * The create and edit dialogs of the users page. Create: email, name, role, password (optional →
 * a one-time password comes back, handed to `onPassword`). Edit: name and role; one's own role is
 * locked (the server refuses it too).
 */
export function useUserForms(onPassword: (value: OneTimePassword) => void): {
  modals: ReactNode;
  showCreate: () => void;
  showEdit: (id: number) => void;
} {
  const t = useTranslate();
  const roleOptions = useRoleOptions();
  const { data: me } = useGetIdentity<SessionUser>();

  const create = useModalForm<UserCreated, HttpError, CreateValues>({
    resource: "users",
    action: "create",
    redirect: false,
    successNotification: (data) => ({
      message: t("users.create.success", { email: data?.data.email ?? "" }),
      type: "success",
    }),
    onMutationSuccess: ({ data }) => {
      if (data.oneTimePassword) onPassword({ email: data.email, password: data.oneTimePassword });
    },
  });

  const edit = useModalForm<User, HttpError, EditValues>({
    resource: "users",
    action: "edit",
    redirect: false,
    successNotification: () => ({ message: t("users.edit.success"), type: "success" }),
    errorNotification: (error) => ({
      message: error?.statusCode === 409 ? t("users.conflict") : (error?.message ?? ""),
      description: t("notifications.editError", { statusCode: error?.statusCode ?? 0 }),
      type: "error",
    }),
  });
  const editingSelf = me !== undefined && edit.id !== undefined && Number(edit.id) === me.id;

  const roleSelect = (disabled: boolean) => <Select options={roleOptions} disabled={disabled} />;

  const modals = (
    <>
      <Modal {...create.modalProps} width={520}>
        <Form<CreateValues>
          {...create.formProps}
          layout="vertical"
          initialValues={{ role: "viewer" }}
          name="user-create"
          data-testid="user-create-form"
          onFinish={(values) =>
            create.formProps.onFinish?.({ ...values, password: values.password || undefined })
          }
        >
          <Form.Item name="email" label={t("users.fields.email")} rules={[rule("email", t)]}>
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Form.Item name="name" label={t("users.fields.name")} rules={[rule("name", t)]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="role" label={t("users.fields.role")} rules={[rule("role", t)]}>
            {roleSelect(false)}
          </Form.Item>
          <Form.Item
            name="password"
            label={t("users.fields.passwordOptional")}
            extra={t("users.create.passwordHelp")}
            rules={[optionalPasswordRule(t)]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal {...edit.modalProps} width={520} title={t("users.titles.edit")}>
        <Form<EditValues>
          {...edit.formProps}
          layout="vertical"
          name="user-edit"
          data-testid="user-edit-form"
          onFinish={({ role, ...values }) =>
            edit.formProps.onFinish?.(editingSelf ? (values as EditValues) : { ...values, role })
          }
        >
          <Form.Item name="name" label={t("users.fields.name")} rules={[rule("name", t)]}>
            <Input autoComplete="off" />
          </Form.Item>
          {editingSelf ? (
            <Form.Item label={t("users.fields.role")}>
              <Tooltip title={t("users.edit.ownRole")}>
                {/* A wrapper: a disabled select does not show its tooltip on hover. */}
                <span style={{ display: "block" }} data-testid="own-role-locked">
                  <Form.Item name="role" noStyle>
                    {roleSelect(true)}
                  </Form.Item>
                </span>
              </Tooltip>
            </Form.Item>
          ) : (
            <Form.Item name="role" label={t("users.fields.role")} rules={[rule("role", t)]}>
              {roleSelect(false)}
            </Form.Item>
          )}
          <Form.Item name="version" hidden>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );

  return { modals, showCreate: () => create.show(), showEdit: (id) => edit.show(id) };
}
