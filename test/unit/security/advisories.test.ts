// The pinned advisory check (issue 17 §5): what it reads from a lockfile, and that today's
// lockfile holds no version the committed list names.
import fs from 'node:fs';
import path from 'node:path';
import { findingsIn, inRange, type Advisory } from '../../../scripts/checkAdvisories';

const crossSpawn: Advisory = { id: 'GHSA-3xgq-45jj-v275', package: 'cross-spawn', vulnerable: '<6.0.6 || >=7.0.0 <7.0.5', severity: 'high', title: 'ReDoS' };

test('a range holds the versions between its bounds, in any of its alternatives, prereleases before their release', () => {
  expect(inRange('7.0.3', crossSpawn.vulnerable)).toBe(true);
  expect(inRange('6.0.5', crossSpawn.vulnerable)).toBe(true);
  expect(inRange('7.0.5', crossSpawn.vulnerable)).toBe(false);
  expect(inRange('6.0.6', crossSpawn.vulnerable)).toBe(false);
  expect(inRange('10.0.0', '<9.0.0')).toBe(false); // numbers, not text: '10' < '9' as strings
  expect(inRange('5.0.0-beta.1', '>=5.0.0-alpha.1 <5.0.0')).toBe(true);
  expect(inRange('5.0.0', '>=5.0.0-alpha.1 <5.0.0')).toBe(false);
});

test('a nested copy of a package is found where it is locked; a fixed one and a link are not', () => {
  const lockfile = {
    packages: {
      '': { version: '0.1.0' },
      'node_modules/cross-spawn': { version: '7.0.6' },
      'node_modules/execa/node_modules/cross-spawn': { version: '7.0.3' },
      'node_modules/@scope/cross-spawn': { version: '7.0.3' },
      'packages/local': { link: true },
    },
  };
  expect(findingsIn(lockfile, [crossSpawn]).map((f) => [f.where, f.version])).toEqual([['node_modules/execa/node_modules/cross-spawn', '7.0.3']]);
});

test('the committed lockfile holds no version of the committed advisory list', () => {
  const root = path.join(__dirname, '../../..');
  const lockfile = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const { advisories } = JSON.parse(fs.readFileSync(path.join(root, 'security/advisories.json'), 'utf8')) as { advisories: Advisory[] };
  expect(advisories.length).toBeGreaterThan(0);
  expect(findingsIn(lockfile, advisories)).toEqual([]);
});
