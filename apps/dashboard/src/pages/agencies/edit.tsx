import { Edit, useForm } from "@refinedev/antd";
import { type HttpError, useGetIdentity, useTranslate } from "@refinedev/core";
import { type Agency, canEditAgency, type SessionUser } from "@tbc/types";
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
  const { data: user } = useGetIdentity<SessionUser>();
  // The server refuses the save anyway (per-object rule); this says so before anyone types.
  const editable = !record || !user || canEditAgency(user, record);

  const reload = async () => {
    await query?.refetch();
    setConflict(false);
  };

  return (
    <Edit saveButtonProps={{ ...saveButtonProps, disabled: !editable }} isLoading={query?.isLoading}>
      {!editable && (
        <Alert
          type="warning"
          showIcon
          data-testid="not-editable"
          style={{ marginBottom: 24 }}
          message={t("agencies.notEditable.title")}
          description={t("agencies.notEditable.description")}
        />
      )}
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
        disabled={!editable}
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
