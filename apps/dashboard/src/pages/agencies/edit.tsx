import { Edit, useForm } from "@refinedev/antd";
import { type HttpError, useTranslate } from "@refinedev/core";
import type { Agency } from "@tbc/types";
import { Alert, Button } from "antd";
import { useState } from "react";
import { AgencyForm } from "./form";
import { pickAgencyValues } from "./zod-rules";

export function AgencyEdit() {
  const t = useTranslate();
  const [conflict, setConflict] = useState(false);
  const { formProps, saveButtonProps, onFinish, query, id } = useForm<Agency, HttpError>({
    resource: "agencies",
    action: "edit",
    successNotification: () => ({ message: t("agencies.saved"), type: "success" }),
    // A stale version gets the alert above the form (with its Reload button) instead of a toast.
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
  const record = query?.data?.data;

  const reload = async () => {
    await query?.refetch();
    setConflict(false);
  };

  return (
    <Edit saveButtonProps={saveButtonProps} isLoading={query?.isLoading}>
      {conflict && (
        <Alert
          type="error"
          showIcon
          data-testid="conflict-alert"
          style={{ marginBottom: 24 }}
          message={t("agencies.conflict.title")}
          description={t("agencies.conflict.description")}
          action={<Button onClick={reload}>{t("buttons.reload")}</Button>}
        />
      )}
      <AgencyForm
        excludeId={typeof id === "number" ? id : Number(id) || undefined}
        formProps={{
          ...formProps,
          // The version the form was loaded with: the server refuses the write if it moved on.
          onFinish: (values) =>
            onFinish({
              ...pickAgencyValues(values as Record<string, unknown>),
              version: record?.version,
            }).catch(() => {}),
        }}
      />
    </Edit>
  );
}
