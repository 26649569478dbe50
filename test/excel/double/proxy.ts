/** Errors, limits and the base of every proxy object of the double (no other double file imported at run time). */
import { utf8Length } from "../../../src/excel/addresses";
import type { RequestContextDouble } from "./context";

/**
 * Excel on the web: 5 MB per request and per response, measured here as UTF-8 bytes of the JSON
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** "A range is limited to 5,000,000 cells for read operations" (same page). */
export const READ_CELL_LIMIT = 5_000_000;

export class ExcelDoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

// ------------------------------------------------------------------------------------------
// Proxy objects

/** Base of every proxy: load-before-read, with values snapshotted at the sync that loads them. */
export abstract class ProxyDouble {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: RequestContextDouble) {}

  /** the current value of a loadable property, computed at sync time */
  protected abstract resolveProperty(name: string): unknown;
  /** child proxies that "a/b" paths navigate into */
  protected child(_name: string): ProxyDouble | undefined {
    return undefined;
  }

  load(propertyNames?: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(","))
      .map((s) => s.trim())
      .filter(Boolean);
    if (names.length === 0) throw new ExcelDoubleError("InvalidArgument", "Empty load(): load only the properties you read.");
    for (const name of names) {
      const slash = name.indexOf("/");
      if (slash > 0) {
        const child = this.child(name.slice(0, slash));
        if (!child) throw new ExcelDoubleError("InvalidArgument", `Unknown navigation property ${name}`);
        child.load(name.slice(slash + 1));
        continue;
      }
      this.ctx.enqueue(40 + name.length, () => {
        const value = this.resolveProperty(name);
        this.loaded.set(name, value);
        return utf8Length(JSON.stringify(value ?? null)) + name.length + 4;
      });
    }
    return this;
  }

  /** reading a property: only after load + sync, like Excel */
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new ExcelDoubleError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }
  /** for null objects: isNullObject is loaded automatically at the next sync */
  protected autoLoad(name: string): void {
    this.ctx.enqueue(20, () => {
      this.loaded.set(name, this.resolveProperty(name));
      return 10;
    });
  }
}

