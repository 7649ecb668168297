/**
 * The proxy-object machinery of Office.js, reproduced strictly:
 * - every write or method call is queued and runs only at `context.sync()`;
 * - a scalar property can be read only after `load()` and a `sync()` (or after the caller set it
 *   on this proxy, which Office.js also allows), otherwise `PropertyNotLoaded`;
 * - an object is resolved (looked up in the workbook) the first time a command of a sync uses it,
 *   and that resolution holds for the rest of that sync, as Office.js instantiates object paths;
 * - `isNullObject` is known only after a sync.
 * (learn.microsoft.com: "Application-specific API model", "OfficeExtension.ClientObject".)
 */
import { FakeOfficeError, notImplemented, propertyNotLoaded } from "./errors";
import type { FakeHost } from "./host";

export type LoadOption =
  string | string[] | { select?: string | string[]; expand?: string | string[] };

/** What a proxy needs from its request context. */
export interface FakeSession {
  readonly host: FakeHost;
  /** increases at every sync, so resolutions are cached per sync */
  readonly syncNumber: number;
  enqueue(label: string, args: unknown, run: () => void): void;
  enqueueRead(
    label: string,
    args: unknown,
    compute: () => { response: unknown; apply: () => void },
  ): void;
  onSuccess(hook: () => void): void;
}

export function splitNames(option: LoadOption | undefined): string[] | null {
  if (option === undefined) return null;
  if (typeof option === "string")
    return option
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((s) => splitNames(s) ?? []);
  if (option.expand !== undefined) throw notImplemented("load({ expand })");
  return option.select === undefined ? null : splitNames(option.select);
}

export abstract class FakeClientObject<T> {
  protected abstract readonly entity: string;
  /** properties `load()` may ask for */
  protected abstract readonly scalarProps: readonly string[];
  private cache: { sync: number; target: T | null } | null = null;
  private readonly known = new Map<string, unknown>();
  private nullState: boolean | undefined = undefined;
  private readonly children = new Map<string, unknown>();

  constructor(
    readonly context: FakeSession,
    private readonly resolver: () => T | null,
  ) {}

  protected abstract readProp(target: T, name: string): unknown;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.entity, "isNullObject");
    return this.nullState;
  }

  /** Looks the object up (once per sync); null for a missing *OrNullObject target. */
  resolveOrNull(): T | null {
    if (this.cache && this.cache.sync === this.context.syncNumber) return this.cache.target;
    const target = this.resolver();
    this.cache = { sync: this.context.syncNumber, target };
    this.context.onSuccess(() => {
      this.nullState = target === null;
    });
    return target;
  }

  resolve(): T {
    const target = this.resolveOrNull();
    if (target === null) {
      // The fake is stricter than "ignored": acting on a null object is a bug in the caller.
      throw new FakeOfficeError(
        "InvalidObjectPath",
        `The object path '${this.entity}' isn't working for what you're trying to do: the object is a null object.`,
        this.entity,
      );
    }
    return target;
  }

  /** *OrNullObject proxies are looked up in the next sync even if nothing else uses them. */
  protected eager(): this {
    this.context.enqueue(`${this.entity}._instantiate`, null, () => {
      this.resolveOrNull();
    });
    return this;
  }

  load(option?: LoadOption): this {
    const names = splitNames(option) ?? [...this.scalarProps];
    for (const name of names) {
      if (!this.scalarProps.includes(name))
        throw notImplemented(`load("${name}") on ${this.entity}`);
    }
    this.context.enqueueRead(`${this.entity}.load`, names, () => {
      const target = this.resolveOrNull();
      const values: Record<string, unknown> = {};
      if (target !== null) for (const name of names) values[name] = this.readProp(target, name);
      return { response: values, apply: () => this.remember(target === null ? {} : values) };
    });
    return this;
  }

  /** Stores loaded values (also used by collections to fill their items). */
  remember(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.known.set(k, v);
  }

  /** Marks a proxy built from a collection's loaded items as resolved and non-null. */
  markExisting(): void {
    this.nullState = false;
  }

  protected read<V>(name: string): V {
    if (this.known.has(name)) return this.known.get(name) as V;
    if (this.nullState === true) return null as V;
    throw propertyNotLoaded(this.entity, name);
  }

  /** Queues a property write; Office.js keeps the written value readable on the proxy. */
  protected write(name: string, value: unknown, run: (target: T) => void): void {
    this.context.enqueue(`${this.entity}.${name}`, value, () => run(this.resolve()));
    this.known.set(name, value);
  }

  protected call(method: string, args: unknown, run: (target: T) => void): void {
    this.context.enqueue(`${this.entity}.${method}`, args, () => run(this.resolve()));
  }

  /** Navigation properties hand back the same proxy every time, as in Office.js. */
  protected child<C>(key: string, make: () => C): C {
    if (!this.children.has(key)) this.children.set(key, make());
    return this.children.get(key) as C;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.known);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection proxy: `items` after `load("items")`, `load("items/name")` or `load("name")`. */
export abstract class FakeCollection<
  T,
  S,
  P extends FakeClientObject<S>,
> extends FakeClientObject<T> {
  protected abstract readonly itemProps: readonly string[];
  protected abstract listItems(target: T): S[];
  protected abstract itemProxy(item: S): P;
  protected abstract itemValue(item: S, name: string): unknown;

  get items(): P[] {
    return this.read<P[]>("items");
  }

  override load(option?: LoadOption): this {
    const names = splitNames(option) ?? ["items"];
    const own = names.filter((n) => this.scalarProps.includes(n));
    const itemNames = new Set<string>();
    let wantsItems = false;
    for (const n of names) {
      if (own.includes(n)) continue;
      const sub = n.startsWith("items/") ? n.slice(6) : n === "items" ? "*" : n;
      wantsItems = true;
      if (sub === "*") this.itemProps.forEach((p) => itemNames.add(p));
      else if (this.itemProps.includes(sub)) itemNames.add(sub);
      else throw notImplemented(`load("${n}") on ${this.entity}`);
    }
    this.context.enqueueRead(`${this.entity}.load`, names, () => {
      const target = this.resolve();
      const ownValues: Record<string, unknown> = {};
      for (const n of own) ownValues[n] = this.readProp(target, n);
      const rows = wantsItems
        ? this.listItems(target).map((item) => ({
            item,
            values: Object.fromEntries([...itemNames].map((n) => [n, this.itemValue(item, n)])),
          }))
        : [];
      return {
        response: { ...ownValues, items: rows.map((r) => r.values) },
        apply: () => {
          this.remember(ownValues);
          if (!wantsItems) return;
          const proxies = rows.map(({ item, values }) => {
            const proxy = this.itemProxy(item);
            proxy.remember(values);
            proxy.markExisting();
            return proxy;
          });
          this.remember({ items: proxies });
        },
      };
    });
    return this;
  }
}

/**
 * A collection hanging off the workbook itself (worksheets, settings, names, styles): it has no
 * target object of its own to resolve and no scalar properties, only its items.
 */
export abstract class WorkbookCollection<S, P extends FakeClientObject<S>> extends FakeCollection<
  null,
  S,
  P
> {
  protected readonly scalarProps: readonly string[] = [];
  constructor(context: FakeSession) {
    super(context, () => null);
  }
  override resolve(): null {
    return null;
  }
  override resolveOrNull(): null {
    return null;
  }
  protected readProp(): unknown {
    throw notImplemented(`${this.entity} property`);
  }
}

/** `OfficeExtension.ClientResult`: `value` is readable only after the sync that computed it. */
export class FakeClientResult<V> {
  private result: { value: V } | null = null;

  constructor(session: FakeSession, label: string, compute: () => V) {
    session.enqueueRead(label, null, () => {
      const value = compute();
      return { response: value, apply: () => (this.result = { value }) };
    });
  }

  get value(): V {
    if (!this.result) {
      throw new FakeOfficeError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this.result.value;
  }
}
