import { chooseEncoding } from '../../../src/http/etagAndCompression';

test('brotli when taken at least as gladly as gzip, whatever order the client lists them in', () => {
  expect(chooseEncoding('gzip, deflate, br')).toBe('br');
  expect(chooseEncoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
  expect(chooseEncoding('gzip')).toBe('gzip');
  expect(chooseEncoding('*')).toBe('br');
  expect(chooseEncoding('*;q=0.2, gzip;q=0.3')).toBe('gzip');
});

test('nothing accepted, nothing said, or every coding refused: sent as it is', () => {
  expect(chooseEncoding(undefined)).toBeNull();
  expect(chooseEncoding('')).toBeNull();
  expect(chooseEncoding('identity')).toBeNull();
  expect(chooseEncoding('br;q=0, gzip;q=0')).toBeNull();
  expect(chooseEncoding('deflate')).toBeNull();
});
