import { Create, useForm } from "@refinedev/antd";
import { useTranslate } from "@refinedev/core";
import type { Agency } from "@tbc/types";
import { AccessGuard } from "../../components/access-guard";
import { BackIcon } from "../../components/back-icon";
import { AgencyForm } from "./form";
import { pickAgencyValues } from "./zod-rules";

export function AgencyCreate() {
  const t = useTranslate();
  return (
    <AccessGuard resource="agencies" action="create" message={t("access.agencies.create")}>
      <AgencyCreateForm />
    </AccessGuard>
  );
}

function AgencyCreateForm() {
  const t = useTranslate();
  const { formProps, saveButtonProps, onFinish } = useForm<Agency>({
    resource: "agencies",
    action: "create",
    successNotification: () => ({ message: t("agencies.created"), type: "success" }),
  });

  return (
    <Create goBack={<BackIcon />} saveButtonProps={saveButtonProps}>
      <AgencyForm
        formProps={{
          ...formProps,
          onFinish: (values) => onFinish(pickAgencyValues(values as Record<string, unknown>)).catch(() => {}),
        }}
      />
    </Create>
  );
}
