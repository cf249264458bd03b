// A worker thread does not inherit the main thread's TypeScript loader: register tsx, then load
// the worker written in TypeScript.
import { register } from "tsx/esm/api";

register();
const worker = await import("./match.worker.ts");
export default worker.default;
