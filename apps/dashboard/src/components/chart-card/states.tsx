import { Alert, Empty } from "antd";

/** A card's failed and empty states: their own chunk, loaded only when a card shows one. */
export function CardState({ kind, text }: { kind: "error" | "empty"; text: string }) {
  return kind === "error" ? <Alert type="error" showIcon message={text} /> : <Empty description={text} />;
}
