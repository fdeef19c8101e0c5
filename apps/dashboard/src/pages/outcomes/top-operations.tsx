import { useLink, useTranslate } from "@refinedev/core";
import { OPERATION_FIGURES, type OperationFigure } from "@tbc/types";
import { Select, Table } from "antd";
import { CrimeAreaTag } from "../../components/crime-areas";
import { Figure } from "../../components/figure";
import type { QueryOutput } from "../../providers/procedures";
import { ChartCard } from "./chart-card";
import { useFigureOptions } from "./use-outcomes";

export type TopOperation = QueryOutput<"outcomes.topOperations">[number];

/** The operations with the highest published value of a chosen figure (unknowns are not ranked). */
export function TopOperations({
  rows,
  figure,
  loading,
  error,
  onFigure,
  onDrill,
}: {
  rows: TopOperation[];
  figure: OperationFigure;
  loading: boolean;
  error: boolean;
  onFigure: (figure: OperationFigure) => void;
  onDrill: () => void;
}) {
  const t = useTranslate();
  const Link = useLink();
  const options = useFigureOptions(OPERATION_FIGURES);

  return (
    <ChartCard
      title={t("outcomes.top.title")}
      onDrill={onDrill}
      loading={loading}
      error={error}
      empty={rows.length === 0}
      emptyText={t("outcomes.top.empty")}
      testId="top-operations"
      exportSpec={{
        image: false,
        columns: [
          { key: "rank", label: t("outcomes.top.rank") },
          { key: "name", label: t("outcomes.top.name") },
          { key: "editionYear", label: t("outcomes.top.year") },
          { key: "crimeArea", label: t("outcomes.top.crimeArea") },
          { key: "value", label: t(`outcomes.figures.${figure}`) },
        ],
        rows: rows.map((r, i) => ({ ...r, rank: i + 1 })),
      }}
      toolbar={
        <Select<OperationFigure>
          value={figure}
          options={options}
          onChange={onFigure}
          style={{ minWidth: 200 }}
          aria-label={t("outcomes.figure")}
          data-testid="top-figure"
        />
      }
    >
      <Table<TopOperation & { rank: number }>
        scroll={{ x: "max-content" }}
        dataSource={rows.map((r, i) => ({ ...r, rank: i + 1 }))}
        rowKey="id"
        size="small"
        pagination={false}
      >
        <Table.Column key="rank" dataIndex="rank" width={48} title={t("outcomes.top.rank")} />
        <Table.Column<TopOperation>
          key="name"
          title={t("outcomes.top.name")}
          render={(_, r) => <Link to={`/operations/show/${r.id}`}>{r.name}</Link>}
        />
        <Table.Column key="editionYear" dataIndex="editionYear" width={64} title={t("outcomes.top.year")} />
        <Table.Column<TopOperation>
          key="crimeArea"
          title={t("outcomes.top.crimeArea")}
          render={(_, r) => <CrimeAreaTag code={r.crimeArea} />}
        />
        <Table.Column<TopOperation>
          key="value"
          align="right"
          title={t(`outcomes.figures.${figure}`)}
          render={(_, r) => (
            <Figure value={r.value} kind={figure === "seizedValueUsd" ? "usd" : "count"} compact />
          )}
        />
      </Table>
    </ChartCard>
  );
}
