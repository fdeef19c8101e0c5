export * from "./agencies";
export * from "./analytics";
export * from "./auth";
export * from "./countries";
export * from "./engagement";
export * from "./list";
export * from "./operations";
export * from "./roles";
