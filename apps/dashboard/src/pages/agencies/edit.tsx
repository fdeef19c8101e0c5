import { Edit } from "@refinedev/antd";
import { useGetIdentity, useTranslate } from "@refinedev/core";
import { type Agency, canEditAgency, type SessionUser } from "@tbc/types";
import { Alert } from "antd";
import { BackIcon } from "../../components/back-icon";
import { useConflictEdit } from "../../hooks/use-conflict-edit";
import { AgencyForm } from "./form";
import { pickAgencyValues } from "./zod-rules";

export function AgencyEdit() {
  const t = useTranslate();
  const { formProps, saveButtonProps, query, id, record, save, conflictAlert } = useConflictEdit<Agency>({
    prefix: "agencies",
    resource: "agencies",
  });
  const { data: user } = useGetIdentity<SessionUser>();
  // The server refuses the save anyway (per-object rule); this says so before anyone types.
  const editable = !record || !user || canEditAgency(user, record);

  return (
    <Edit
      goBack={<BackIcon />}
      saveButtonProps={{ ...saveButtonProps, disabled: !editable }}
      isLoading={query?.isLoading}
    >
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
      {conflictAlert}
      <AgencyForm
        disabled={!editable}
        excludeId={typeof id === "number" ? id : Number(id) || undefined}
        formProps={{
          ...formProps,
          onFinish: (values) => save(pickAgencyValues(values as Record<string, unknown>)),
        }}
      />
    </Edit>
  );
}
