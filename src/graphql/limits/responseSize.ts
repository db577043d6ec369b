// A cap on the bytes one response may hold, counted while the operation runs. The cost limit
// refuses operations that could ask for too much before they start; this stands behind it for
// data longer than the bounds the cost assumes, so no response can grow until the process runs
// out of memory. Past the cap every field still to resolve fails at once (no more work, no more
// memory), and the response becomes one RESPONSE_TOO_LARGE error instead of partial data.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

function tooLarge(maxBytes: number): GraphQLError {
  return new GraphQLError(
    `The response would be larger than ${maxBytes.toLocaleString('en-US')} bytes: ask for smaller pages, fewer fields or less text.`,
    { extensions: { code: RESPONSE_TOO_LARGE, maxBytes, http: { status: 400 } } },
  );
}

/**
 * JSON.stringify(text)'s UTF-8 bytes, counted without writing it: stringifying every long text to
 * measure it was a quarter of a large read's CPU, and all of it garbage.
 */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c < 0x20) bytes += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      bytes += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) bytes += 6; // a lone surrogate is written \udxxx
    else bytes += 3;
  }
  return bytes;
}

/** JSON bytes of one leaf value, or of a list's or object's own brackets and commas. */
export function jsonSizeOf(value: unknown): number {
  if (typeof value === 'string') return jsonStringBytes(value);
  if (value === null || value === undefined) return 4;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value).length;
  if (Array.isArray(value)) {
    let size = 2 + value.length;
    for (const item of value) size += typeof item === 'object' && item !== null ? 2 : jsonSizeOf(item);
    return size;
  }
  if (value instanceof Date) return 26;
  // An object's fields are counted as they resolve; here only its braces.
  return 2;
}

export function responseSizePlugin<TContext extends BaseContext>(maxBytes: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let bytes = 0;
      let over = false;
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (over) throw tooLarge(maxBytes);
              return (error, result) => {
                if (error || over) return;
                // "key": value, — the key as the client named it (alias or field name).
                bytes += info.path.key.toString().length + 4 + jsonSizeOf(result);
                if (bytes > maxBytes) over = true;
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (!over || response.body.kind !== 'single') return;
          const error = tooLarge(maxBytes);
          response.http.status = 400;
          response.body.singleResult = {
            errors: [{ message: error.message, extensions: { code: RESPONSE_TOO_LARGE, maxBytes } }],
            extensions: response.body.singleResult.extensions,
          };
        },
      };
    },
  };
}
