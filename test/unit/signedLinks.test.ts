import { checkSignedPath, signPath } from '../../src/web/signedLinks';

const SECRET = 'test-secret';
const parts = (signed: string) => {
  const url = new URL(signed, 'http://x');
  const q = (name: string) => url.searchParams.get(name)!;
  return { path: url.pathname, query: { key: q('key'), expires: q('expires'), signature: q('signature') } };
};

test('a signed path checks as valid, for its key, until it expires; then as expired', () => {
  const { path, query } = parts(signPath('/quizzes/abc/export/gift', 7, SECRET, 1_000, 60));
  expect(checkSignedPath(path, query, SECRET, 1_059)).toEqual({ result: 'valid', keyId: 7 });
  expect(checkSignedPath(path, query, SECRET, 1_061)).toEqual({ result: 'expired' });
});

test('another path, key, expiry or secret makes the signature invalid', () => {
  const { path, query } = parts(signPath('/quizzes/abc/export/gift', 7, SECRET, 1_000));
  const invalid = { result: 'invalid' };
  expect(checkSignedPath('/quizzes/abd/export/gift', query, SECRET, 1_000)).toEqual(invalid);
  expect(checkSignedPath(path, { ...query, key: '8' }, SECRET, 1_000)).toEqual(invalid);
  expect(checkSignedPath(path, { ...query, expires: String(Number(query.expires) + 1) }, SECRET, 1_000)).toEqual(invalid);
  expect(checkSignedPath(path, query, 'other-secret', 1_000)).toEqual(invalid);
  expect(checkSignedPath(path, { ...query, expires: 'soon' }, SECRET, 1_000)).toEqual(invalid);
});
