// Environment → one typed, validated config object. Read once at start-up; nothing else reads
// process.env, so every setting is listed here and in the README.
import path from 'node:path';

export type Database =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly database: Database;
  /** Load the seed article into an empty store on start. */
  readonly seed: boolean;
  /** Introspection and the Sandbox landing page; on by default outside production. */
  readonly introspection: boolean;
  /** Seconds a cached public read may be served before it is recomputed. 0 turns the cache off. */
  readonly responseCacheSeconds: number;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}; got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const url = env.DATABASE_URL;
  let database: Database;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
    database = { kind: 'postgres', url };
  } else {
    database = { kind: 'sqlite', path: path.resolve(env.DATABASE_PATH || 'data/newsquiz.sqlite') };
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    production,
    database,
    seed: flag(env, 'SEED', true),
    introspection: flag(env, 'INTROSPECTION', !production),
    responseCacheSeconds: integer(env, 'RESPONSE_CACHE_SECONDS', 5, 0, 3600),
  };
}
