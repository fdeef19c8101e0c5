import { Edit, useForm } from "@refinedev/antd";
import { type HttpError, useTranslate } from "@refinedev/core";
import type { OperationDetail } from "@tbc/types";
import { Alert, Button } from "antd";
import { useMemo, useState } from "react";
import { OperationForm, operationValuesOrErrors } from "./form";
import { toOperationFormValues } from "./form-values";

export function OperationEdit() {
  const t = useTranslate();
  const [conflict, setConflict] = useState(false);
  // Resource, action and id come from the route (/operations/edit/:id).
  const { formProps, saveButtonProps, onFinish, query } = useForm<OperationDetail, HttpError>({
    successNotification: () => ({ message: t("operations.saved"), type: "success" }),
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
  // The form edits `countryCodes`; the record carries `countries` with names and regions.
  const initialValues = useMemo(() => toOperationFormValues(record), [record]);

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
          message={t("operations.conflict.title")}
          description={t("operations.conflict.description")}
          action={<Button onClick={reload}>{t("buttons.reload")}</Button>}
        />
      )}
      <OperationForm
        formProps={{
          ...formProps,
          initialValues,
          // The version the form was loaded with: the server refuses the write if it moved on.
          onFinish: (raw) => {
            const values = operationValuesOrErrors(raw as Record<string, unknown>, formProps.form, t);
            if (values) onFinish({ ...values, version: record?.version }).catch(() => {});
          },
        }}
      />
    </Edit>
  );
}
