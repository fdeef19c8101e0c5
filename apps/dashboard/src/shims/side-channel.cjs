/**
 * What qs needs of `side-channel` (a per-call store keyed by any value: cycle detection while
 * stringifying, bookkeeping while parsing), on the browser's WeakMap and Map. The package itself
 * pulls object-inspect, get-intrinsic and a dozen polyfill helpers into every page for
 * environments without WeakMap; vite.config.ts points `side-channel` here for the browser build.
 * CommonJS because qs `require`s it and calls the export itself.
 */
module.exports = function getSideChannel() {
  const objects = new WeakMap();
  const others = new Map();
  const store = (key) =>
    (typeof key === "object" && key !== null) || typeof key === "function" ? objects : others;
  const channel = {
    assert(key) {
      if (!channel.has(key)) throw new TypeError("Side channel does not contain the given key");
    },
    delete(key) {
      return store(key).delete(key);
    },
    get(key) {
      return store(key).get(key);
    },
    has(key) {
      return store(key).has(key);
    },
    set(key, value) {
      store(key).set(key, value);
    },
  };
  return channel;
};
