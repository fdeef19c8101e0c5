import { useForm } from "@refinedev/antd";
import { type BaseRecord, type HttpError, useTranslate } from "@refinedev/core";
import { Alert, Button } from "antd";
import { useState } from "react";

/**
 * An edit page with optimistic locking: the record's `version` goes with every save, and when the
 * server refuses a stale one (409 CONFLICT) the page shows an alert with a Reload button instead of
 * a toast. `prefix` names the page's strings (`<prefix>.saved`, `<prefix>.conflict.*`).
 */
export function useConflictEdit<T extends BaseRecord & { version?: number }>({
  prefix,
  resource,
}: {
  prefix: string;
  /** Given when the page's route does not name it (otherwise resource, action and id come from it). */
  resource?: string;
}) {
  const t = useTranslate();
  const [conflict, setConflict] = useState(false);
  const form = useForm<T, HttpError>({
    ...(resource ? { resource, action: "edit" as const } : {}),
    successNotification: () => ({ message: t(`${prefix}.saved`), type: "success" }),
    // refine's antd notifications show `description` as the title and `message` as the text.
    errorNotification: (error) =>
      error?.statusCode === 409
        ? false
        : {
            description: t("notifications.editError", { statusCode: error?.statusCode ?? 0 }),
            message: error?.message ?? "",
            type: "error",
          },
    onMutationError: (error) => setConflict(error.statusCode === 409),
  });
  const record = form.query?.data?.data;

  const reload = async () => {
    await form.query?.refetch();
    setConflict(false);
  };
  /** Saves with the version the form was loaded with: the server refuses it if the record moved on. */
  const save = (values: Record<string, unknown>) => {
    form.onFinish({ ...values, version: record?.version }).catch(() => {
      // The error is shown: the conflict alert, or refine's notification.
    });
  };
  const conflictAlert = conflict ? (
    <Alert
      type="error"
      showIcon
      data-testid="conflict-alert"
      style={{ marginBottom: 24 }}
      message={t(`${prefix}.conflict.title`)}
      description={t(`${prefix}.conflict.description`)}
      action={<Button onClick={reload}>{t("buttons.reload")}</Button>}
    />
  ) : null;

  return { ...form, record, save, conflictAlert };
}
