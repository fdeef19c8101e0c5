import { Edit } from "@refinedev/antd";
import { useTranslate } from "@refinedev/core";
import type { OperationDetail } from "@tbc/types";
import { useMemo } from "react";
import { AccessGuard } from "../../components/access-guard";
import { BackIcon } from "../../components/back-icon";
import { useConflictEdit } from "../../hooks/use-conflict-edit";
import { OperationForm, operationValuesOrErrors } from "./form";
import { toOperationFormValues } from "./form-values";

export function OperationEdit() {
  const t = useTranslate();
  return (
    <AccessGuard resource="operations" action="edit" message={t("access.operations.edit")}>
      <OperationEditForm />
    </AccessGuard>
  );
}

function OperationEditForm() {
  const t = useTranslate();
  // Resource, action and id come from the route (/operations/edit/:id).
  const { formProps, saveButtonProps, query, record, save, conflictAlert } = useConflictEdit<OperationDetail>(
    {
      prefix: "operations",
    },
  );
  // The form edits `countryCodes`; the record carries `countries` with names and regions.
  const initialValues = useMemo(() => toOperationFormValues(record), [record]);

  return (
    <Edit goBack={<BackIcon />} saveButtonProps={saveButtonProps} isLoading={query?.isLoading}>
      {conflictAlert}
      <OperationForm
        formProps={{
          ...formProps,
          initialValues,
          onFinish: (raw) => {
            const values = operationValuesOrErrors(raw as Record<string, unknown>, formProps.form, t);
            if (values) save(values);
          },
        }}
      />
    </Edit>
  );
}
