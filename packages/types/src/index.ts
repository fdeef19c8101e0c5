export * from "./agencies";
export * from "./auth";
export * from "./countries";
export * from "./list";
export * from "./roles";
