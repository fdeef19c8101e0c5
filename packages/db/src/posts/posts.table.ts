import type { Generated } from "kysely";

export interface PostsTable {
  id: Generated<number>;
  channel: string;
  postedAt: string;
  text: string;
  url: string | null;
  impressions: number | null;
  engagements: number | null;
  shares: number | null;
  videoViews: number | null;
  operationId: number | null;
  isSample: number;
}
