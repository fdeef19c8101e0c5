import { CartesianGrid } from "recharts";

/**
 * A chart's dashed grid, its lines across one axis only. With the other axis's lines switched off
 * recharts still works out where they would go (that axis's ticks, every label measured in the
 * DOM: ~50 ms of the overview's first drawing) unless given a generator, here one that says "none".
 */
const NONE = (): number[] => [];

/** Horizontal lines (at the value axis's ticks), for column and line charts. */
export function HorizontalGrid() {
  return <CartesianGrid strokeDasharray="3 3" vertical={false} verticalCoordinatesGenerator={NONE} />;
}

/** Vertical lines, for bar charts laid out sideways. */
export function VerticalGrid() {
  return <CartesianGrid strokeDasharray="3 3" horizontal={false} horizontalCoordinatesGenerator={NONE} />;
}
