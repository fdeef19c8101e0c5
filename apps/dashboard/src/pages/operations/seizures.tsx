import { PlusOutlined } from "@ant-design/icons";
import { DeleteButton } from "@refinedev/antd";
import { useCan, useInvalidate, useTranslate } from "@refinedev/core";
import type { Seizure } from "@tbc/types";
import { Button, Card, Table, Typography } from "antd";
import { useState } from "react";
import { useCountryName } from "../../components/countries";
import { Figure, NotPublished, useNumberLocale } from "../../components/figure";
import { formatQuantity } from "../../components/format";
import { SeizureModal } from "./seizure-modal";

function Quantity({ seizure: s, locale }: { seizure: Seizure; locale: string }) {
  if (s.quantity === null) return <NotPublished />;
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      {formatQuantity(s.quantity, locale)}
      {s.unit && <Typography.Text type="secondary"> {s.unit}</Typography.Text>}
    </span>
  );
}

/** The operation's itemised seizures; staff add and delete them (there is no edit). */
export function SeizuresCard({ operationId, seizures }: { operationId: number; seizures: Seizure[] }) {
  const t = useTranslate();
  const localName = useCountryName();
  const locale = useNumberLocale();
  const invalidate = useInvalidate();
  const [open, setOpen] = useState(false);
  const { data: canAdd } = useCan({ resource: "seizures", action: "create" });
  const { data: canDelete } = useCan({ resource: "seizures", action: "delete" });
  // Seizures are read with their operation: refresh that after a change.
  const refresh = () => invalidate({ resource: "operations", invalidates: ["detail"], id: operationId });

  return (
    <Card
      size="small"
      title={t("operations.sections.seizures")}
      extra={
        canAdd?.can && (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="add-seizure">
            {t("operations.seizures.add")}
          </Button>
        )
      }
      styles={{ body: { padding: 0 } }}
      data-testid="operation-seizures"
    >
      <Table<Seizure>
        dataSource={seizures}
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t("operations.seizures.empty") }}
      >
        <Table.Column<Seizure>
          key="category"
          title={t("operations.seizures.category")}
          render={(_, s) => t(`operations.seizureCategories.${s.category}`)}
        />
        <Table.Column<Seizure>
          key="description"
          title={t("operations.seizures.description")}
          render={(_, s) => s.description ?? t("common.none")}
        />
        <Table.Column<Seizure>
          key="quantity"
          align="right"
          title={t("operations.seizures.quantity")}
          render={(_, s) => <Quantity seizure={s} locale={locale} />}
        />
        <Table.Column<Seizure>
          key="valueUsd"
          align="right"
          title={t("operations.seizures.valueUsd")}
          render={(_, s) => <Figure value={s.valueUsd} kind="usd" />}
        />
        <Table.Column<Seizure>
          key="country"
          title={t("operations.seizures.country")}
          render={(_, s) => localName(s.countryCode, s.countryName) ?? t("common.none")}
        />
        {canDelete?.can && (
          <Table.Column<Seizure>
            key="actions"
            width={64}
            render={(_, s) => (
              <DeleteButton
                hideText
                size="small"
                aria-label={t("a11y.actions.delete", {
                  name: localName(s.countryCode, s.countryName) ?? "",
                })}
                resource="seizures"
                recordItemId={s.id}
                confirmTitle={t("operations.seizures.deleteConfirm")}
                confirmOkText={t("buttons.delete")}
                confirmCancelText={t("buttons.cancel")}
                onSuccess={refresh}
              />
            )}
          />
        )}
      </Table>
      <SeizureModal
        operationId={operationId}
        open={open}
        onClose={() => setOpen(false)}
        onAdded={() => {
          setOpen(false);
          void refresh();
        }}
      />
    </Card>
  );
}
