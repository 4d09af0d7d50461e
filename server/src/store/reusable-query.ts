import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from "kysely";
import type { Database } from "./database.js";
import type { StoreDialect } from "./store-dialect.js";

/** Where each parameter of the compiled statement comes from: a named input, or a constant of the query. */
type Slot = { input: string } | { constant: unknown };

interface Compiled {
  sql: string;
  slots: Slot[];
}

/** The named columns of `row`, for a reusable insert: `build` must name every input it uses. */
export function columns<R, K extends keyof R & string>(row: R, names: readonly K[]): Pick<R, K> {
  return Object.fromEntries(names.map((name) => [name, row[name]])) as Pick<R, K>;
}

const markerPrefix = "\u0000convenor-input:";

/**
 * A query whose shape never changes, built and compiled by Kysely once per dialect, then run with new values
 * as `CompiledQuery.raw(sql, parameters)`. Building and compiling a query costs more than SQLite takes to run
 * a small one, and a submit turn runs about fifteen. `build` must use each input only as a value (a bound
 * parameter), never to decide the query's shape: the first compilation is reused for every later value.
 */
export class ReusableQuery<I extends object, O> {
  private readonly compiled = new Map<StoreDialect, Compiled>();

  constructor(private readonly build: (db: Kysely<Database>, input: I) => Compilable<O>) {}

  /** The statement as it runs for `input`: equal to what Kysely compiles from `build(db, input)`. */
  compile(db: Kysely<Database>, dialect: StoreDialect, input: I): CompiledQuery<O> {
    const { sql, slots } = this.compiled.get(dialect) ?? this.compileOnce(db, dialect);
    return CompiledQuery.raw(
      sql,
      slots.map((slot) => ("input" in slot ? input[slot.input as keyof I] : slot.constant)),
    );
  }

  /** What Kysely compiles from `build(db, input)` afresh: what `compile` must equal. */
  compileAfresh(db: Kysely<Database>, input: I): CompiledQuery<O> {
    return this.build(db, input).compile();
  }

  execute(db: Kysely<Database>, dialect: StoreDialect, input: I): Promise<QueryResult<O>> {
    return db.executeQuery(this.compile(db, dialect, input));
  }

  private compileOnce(db: Kysely<Database>, dialect: StoreDialect): Compiled {
    // Each input is a marker string: the compiled parameters then say which input goes where.
    const markers = new Proxy({} as I, { get: (_, name) => `${markerPrefix}${String(name)}` });
    const query = this.build(db, markers).compile();
    if (query.sql.includes(markerPrefix)) throw new Error("A reusable query may not inline its inputs");
    const slots = query.parameters.map((value): Slot =>
      typeof value === "string" && value.startsWith(markerPrefix)
        ? { input: value.slice(markerPrefix.length) }
        : { constant: value },
    );
    const compiled = { sql: query.sql, slots };
    this.compiled.set(dialect, compiled);
    return compiled;
  }
}
