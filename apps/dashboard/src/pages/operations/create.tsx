import { Create, useForm } from "@refinedev/antd";
import { useTranslate } from "@refinedev/core";
import type { Operation } from "@tbc/types";
import { AccessGuard } from "../../components/access-guard";
import { BackIcon } from "../../components/back-icon";
import { OperationForm, operationValuesOrErrors } from "./form";

export function OperationCreate() {
  const t = useTranslate();
  return (
    <AccessGuard resource="operations" action="create" message={t("access.operations.create")}>
      <OperationCreateForm />
    </AccessGuard>
  );
}

function OperationCreateForm() {
  const t = useTranslate();
  const { formProps, saveButtonProps, onFinish } = useForm<Operation>({
    resource: "operations",
    action: "create",
    redirect: "show",
    successNotification: () => ({ message: t("operations.created"), type: "success" }),
  });

  return (
    <Create goBack={<BackIcon />} saveButtonProps={saveButtonProps}>
      <OperationForm
        formProps={{
          ...formProps,
          initialValues: { countryCodes: [] },
          onFinish: (raw) => {
            const values = operationValuesOrErrors(raw as Record<string, unknown>, formProps.form, t);
            if (values) onFinish(values).catch(() => {});
          },
        }}
      />
    </Create>
  );
}
