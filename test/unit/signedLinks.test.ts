import { checkSignedPath, signPath } from '../../src/web/signedLinks';

const SECRET = 'test-secret';
const parts = (signed: string) => {
  const url = new URL(signed, 'http://x');
  return { path: url.pathname, expires: url.searchParams.get('expires')!, signature: url.searchParams.get('signature')! };
};

test('a signed path checks as valid until it expires, then as expired', () => {
  const { path, expires, signature } = parts(signPath('/quizzes/abc/export/gift', SECRET, 1_000, 60));
  expect(checkSignedPath(path, expires, signature, SECRET, 1_059)).toBe('valid');
  expect(checkSignedPath(path, expires, signature, SECRET, 1_061)).toBe('expired');
});

test('another path, expiry or secret makes the signature invalid', () => {
  const { path, expires, signature } = parts(signPath('/quizzes/abc/export/gift', SECRET, 1_000));
  expect(checkSignedPath('/quizzes/abd/export/gift', expires, signature, SECRET, 1_000)).toBe('invalid');
  expect(checkSignedPath(path, String(Number(expires) + 1), signature, SECRET, 1_000)).toBe('invalid');
  expect(checkSignedPath(path, expires, signature, 'other-secret', 1_000)).toBe('invalid');
  expect(checkSignedPath(path, 'soon', signature, SECRET, 1_000)).toBe('invalid');
});
