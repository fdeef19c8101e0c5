import type { ListInput, ListResult, Post } from "@tbc/types";
import { type ListFields, type ListOptions, runList, streamList } from "../list";
import type { Executor } from "../schema";

export const POST_FIELDS: ListFields = {
  id: { type: "number" },
  channel: { type: "string" },
  postedAt: { type: "date" },
  text: { type: "string" },
  impressions: { type: "number" },
  engagements: { type: "number" },
  shares: { type: "number" },
  videoViews: { type: "number" },
  operationId: { type: "number" },
  isSample: { type: "boolean" },
};

function postsQuery(db: Executor) {
  return db
    .selectFrom("posts")
    .leftJoin("operations", "operations.id", "posts.operationId")
    .select([
      "posts.id",
      "posts.channel",
      "posts.postedAt",
      "posts.text",
      "posts.url",
      "posts.impressions",
      "posts.engagements",
      "posts.shares",
      "posts.videoViews",
      "posts.operationId",
      "operations.name as operationName",
      "posts.isSample",
    ]);
}

const POST_LIST_OPTIONS: ListOptions = {
  fields: POST_FIELDS,
  defaultSort: { field: "postedAt", order: "desc" },
};
type PostRow = Omit<Post, "isSample"> & { isSample: number | boolean };
const toPost = (p: PostRow): Post => ({ ...p, isSample: Number(p.isSample) === 1 });

export async function listPosts(db: Executor, input: ListInput | undefined): Promise<ListResult<Post>> {
  const result = await runList(db, postsQuery(db), input, POST_LIST_OPTIONS);
  return { total: result.total, data: result.data.map(toPost) };
}

/** Every post of the filtered list, in batches: for the CSV export. */
export async function* streamPosts(db: Executor, input: ListInput | undefined): AsyncGenerator<Post[]> {
  for await (const rows of streamList(db, postsQuery(db), input, POST_LIST_OPTIONS)) yield rows.map(toPost);
}
