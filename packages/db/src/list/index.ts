export {
  assertField,
  type ListContext,
  type ListFieldSpec,
  type ListFields,
  type ListFieldType,
} from "./fields";
export * from "./list-engine";
export { buildWhere, LIST_ALIAS, MAX_FILTER_DEPTH } from "./operators";
