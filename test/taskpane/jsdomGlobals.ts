/**
 * What a browser gives the pane and jsdom lacks: TextEncoder/TextDecoder, crypto.subtle (file
 * content hashes) and ResizeObserver (Fluent UI's overflow). Imported first by the pane's tests.
 */
import { TextDecoder, TextEncoder } from "node:util";
import { webcrypto } from "node:crypto";

Object.assign(globalThis, { TextEncoder, TextDecoder });
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto });
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: NoResizeObserver });
