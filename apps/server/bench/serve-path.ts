/** The bare Fastify route serve.ts adds: the floor of what an HTTP answer costs on this machine. */
export const BARE_PATH = "/bench/bare";
