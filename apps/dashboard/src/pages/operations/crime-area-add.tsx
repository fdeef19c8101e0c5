import { PlusOutlined } from "@ant-design/icons";
import { type HttpError, useCan, useCreate, useTranslate } from "@refinedev/core";
import { ZCrimeAreaCreateInput } from "@tbc/types";
import { Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { zodFieldRule } from "../../components/zod-rules";

type Created = { id: string; code: string };

/**
 * Managers add a crime area to the reference list without leaving the form; the new area is then
 * chosen in the select. Hidden for other roles (the server refuses them too).
 */
export function CrimeAreaAdd({ onAdded }: { onAdded: (code: string) => void }) {
  const t = useTranslate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ code: string }>();
  const { data: access } = useCan({ resource: "crimeAreas", action: "create" });
  const { mutate, mutation } = useCreate<Created, HttpError, { code: string }>();
  if (!access?.can) return null;

  const submit = ({ code }: { code: string }) =>
    mutate(
      {
        resource: "crimeAreas",
        values: { code },
        successNotification: false,
        errorNotification: false,
      },
      {
        onSuccess: ({ data }) => {
          onAdded(data.code);
          setOpen(false);
          form.resetFields();
        },
        onError: (error) => {
          const field = error.errors?.code;
          form.setFields([{ name: "code", errors: Array.isArray(field) ? field : [error.message] }]);
        },
      },
    );

  return (
    <>
      <Button
        icon={<PlusOutlined />}
        onClick={() => setOpen(true)}
        title={t("operations.crimeAreaAdd.button")}
        aria-label={t("operations.crimeAreaAdd.button")}
      />
      <Modal
        open={open}
        title={t("operations.crimeAreaAdd.title")}
        okText={t("buttons.save")}
        cancelText={t("buttons.cancel")}
        confirmLoading={mutation.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
      >
        <Form form={form} layout="vertical" onFinish={submit} name="crime-area">
          <Form.Item
            name="code"
            label={t("operations.crimeAreaAdd.code")}
            extra={t("operations.crimeAreaAdd.help")}
            rules={[
              zodFieldRule(ZCrimeAreaCreateInput.shape.values.shape.code, "operations.validation.code", t),
            ]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
