// JSON.stringify of a whole response is one synchronous call: 20 answers of 1-2 MB each held the
// event loop 10-15 ms apiece, back to back. This writes the same text in pieces: it descends a few
// levels into plain objects and arrays, stringifies each piece whole, and waits for the next turn
// of the event loop between pieces once the slice is used up (see eventLoopSlices).
import { nextTurn, sliceUsedUp } from './eventLoopSlices';

/** Below this depth pieces are stringified whole: an article, a mention, an option. */
const DEPTH = 4;

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  // graphql-js builds result objects with a null prototype.
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

async function write(value: unknown, depth: number, out: string[]): Promise<void> {
  if (depth >= DEPTH || !(Array.isArray(value) || isPlain(value))) {
    // undefined, functions and symbols are not JSON: as array items they become null (below); as
    // object values the key is left out (below); at the top JSON.stringify gives undefined.
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  if (sliceUsedUp()) await nextTurn();
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      const item = value[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') out.push('null');
      else await write(item, depth + 1, out);
    }
    out.push(']');
    return;
  }
  out.push('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out.push(first ? '' : ',', JSON.stringify(key), ':');
    first = false;
    await write(item, depth + 1, out);
  }
  out.push('}');
}

/** Byte for byte `JSON.stringify(value)` for the JSON values a GraphQL response holds. */
export async function stringifyInSlices(value: unknown): Promise<string> {
  const out: string[] = [];
  await write(value, 0, out);
  return out.join('');
}

/** ApolloServer's `stringifyResult`: Apollo's own text (JSON and a newline), written in slices. */
export async function stringifyResultInSlices(result: unknown): Promise<string> {
  return `${await stringifyInSlices(result)}\n`;
}
