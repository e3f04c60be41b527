import fs from "node:fs";
import { createRequire } from "node:module";
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's own schema engine compiled to WebAssembly, driven through @prisma/adapter-pg, so migrations run
// offline (the Prisma CLI would download a native engine). Each workaround below was found by a real failure.

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: { message: string; set_message(message: string): void } | undefined;
}

// Rust panics report their text through this global; without it a panic surfaces as a TypeError.
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(message: string) {
    this.message = `RuntimeError: ${message}`;
  },
};

let wasmReady = false;

function initWasm(): void {
  if (wasmReady) return;
  // The package entry imports the .wasm file as an ES module, which Node 20 only allows behind a flag.
  const require = createRequire(import.meta.url);
  const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(glue), "schema_engine_bg.wasm");
  const compiled = new WebAssembly.Module(fs.readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  const start: unknown = instance.exports.__wbindgen_start;
  if (typeof start === "function") start();
  wasmReady = true;
}

export interface PgConnectionConfig {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  options?: string;
}

/** Discrete fields rather than a connection string: pg lets connectionString override `database`. */
export function pgConfigFromUrl(url: string): PgConnectionConfig {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: decodeURIComponent(u.pathname.slice(1) || "postgres"),
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * adapter-pg cannot deserialise Postgres "char" columns (OID 18), which the engine's schema describer reads
 * from the catalogs. Let pg read them as text and report them as Character, as the engine expects.
 */
function patchCharColumns<T extends SqlQueryable>(adapter: T): T {
  const charColumns = new WeakMap<SqlQuery, number[]>();
  const performIO: unknown = Reflect.get(adapter, "performIO");
  if (typeof performIO === "function") {
    Reflect.set(adapter, "performIO", async (query: SqlQuery) => {
      const result: unknown = await performIO.call(adapter, query);
      const fields: unknown =
        result && typeof result === "object" ? Reflect.get(result, "fields") : undefined;
      if (Array.isArray(fields)) {
        const indexes: number[] = [];
        fields.forEach((field: { dataTypeID?: number }, i) => {
          if (field.dataTypeID === PG_CHAR_OID) {
            field.dataTypeID = PG_TEXT_OID;
            indexes.push(i);
          }
        });
        if (indexes.length > 0) charColumns.set(query, indexes);
      }
      return result;
    });
  }
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  const startTransaction: unknown = Reflect.get(adapter, "startTransaction");
  if (typeof startTransaction === "function") {
    Reflect.set(adapter, "startTransaction", async (...args: unknown[]) => {
      const transaction: unknown = await startTransaction.apply(adapter, args);
      if (isQueryable(transaction)) patchCharColumns(transaction);
      return transaction;
    });
  }
  return adapter;
}

function isQueryable(value: unknown): value is SqlQueryable {
  return typeof value === "object" && value !== null && typeof Reflect.get(value, "queryRaw") === "function";
}

export interface SchemaEngineSession {
  engine: bg.SchemaEngine;
  close(): Promise<void>;
}

export async function openSchemaEngine(options: {
  url: string;
  datamodels?: Array<[string, string]>;
}): Promise<SchemaEngineSession> {
  initWasm();
  const pool = new pg.Pool(pgConfigFromUrl(options.url));
  const base = new PrismaPg(pool);
  const factory = {
    provider: "postgres" as const,
    adapterName: base.adapterName,
    connect: async () => patchCharColumns(await base.connect()),
    // PrismaPg's own shadow factory drops the temporary database before closing its pool, which fails
    // ("being accessed by other users") and leaks databases; this one closes the pool first.
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID().replace(/-/g, "")}`;
      await pool.query(`CREATE DATABASE "${name}"`);
      const shadowPool = new pg.Pool({ ...pgConfigFromUrl(options.url), database: name });
      const connection = patchCharColumns(await new PrismaPg(shadowPool).connect());
      connection.dispose = async () => {
        await shadowPool.end();
        await pool.query(`DROP DATABASE IF EXISTS "${name}"`);
      };
      return connection;
    },
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  try {
    const engine = await bg.SchemaEngine.new({ datamodels: options.datamodels }, () => undefined, adapter);
    return {
      engine,
      async close() {
        engine.free();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
