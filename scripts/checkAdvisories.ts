// A pinned advisory check that needs no registry: `npm audit` answers 405 here and `npm audit
// signatures` cannot reach Sigstore, so this reads package-lock.json and fails when any package it
// holds (direct or transitive, dev included) is at a version one of the advisories in
// security/advisories.json names. The list is committed and reviewed like code (see README).
import fs from 'node:fs';
import path from 'node:path';

export interface Advisory {
  readonly id: string;
  readonly package: string;
  /** Ranges joined by `||`, each a space-separated list of comparisons: `>=7.0.0 <7.0.5`. */
  readonly vulnerable: string;
  readonly severity: string;
  readonly title: string;
}

export interface Finding {
  readonly advisory: Advisory;
  readonly version: string;
  readonly where: string;
}

type Version = readonly [number, number, number, string];

function parseVersion(text: string): Version {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(text.trim());
  if (!m) throw new Error(`not a version: ${text}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ''];
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  // A prerelease comes before its release: 5.0.0-alpha.1 < 5.0.0.
  if (a[3] === b[3]) return 0;
  if (a[3] === '') return 1;
  if (b[3] === '') return -1;
  return a[3] < b[3] ? -1 : 1;
}

/** Whether `version` is in `range` (comparisons `<`, `<=`, `>`, `>=`, `=`; alternatives `||`). */
export function inRange(version: string, range: string): boolean {
  const v = parseVersion(version);
  return range.split('||').some((alternative) =>
    alternative.trim().split(/\s+/).every((comparison) => {
      const m = /^(<=|>=|<|>|=)?(.+)$/.exec(comparison);
      if (!m) throw new Error(`not a comparison: ${comparison}`);
      const c = compare(v, parseVersion(m[2]!));
      switch (m[1] ?? '=') {
        case '<': return c < 0;
        case '<=': return c <= 0;
        case '>': return c > 0;
        case '>=': return c >= 0;
        default: return c === 0;
      }
    }),
  );
}

/** Every package of a lockfile (v2/v3 `packages`) at a version an advisory names. */
export function findingsIn(lockfile: { packages?: Record<string, { version?: string; name?: string; link?: boolean }> }, advisories: readonly Advisory[]): Finding[] {
  const findings: Finding[] = [];
  for (const [where, entry] of Object.entries(lockfile.packages ?? {})) {
    if (where === '' || entry.link || !entry.version) continue;
    // node_modules/a/node_modules/@scope/b → @scope/b
    const name = entry.name ?? where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
    for (const advisory of advisories) {
      if (advisory.package === name && inRange(entry.version, advisory.vulnerable)) findings.push({ advisory, version: entry.version, where });
    }
  }
  return findings;
}

function main(): void {
  const root = path.join(__dirname, '..');
  const lockfile = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const list = JSON.parse(fs.readFileSync(path.join(root, 'security/advisories.json'), 'utf8')) as { checked: string; advisories: Advisory[] };
  const findings = findingsIn(lockfile, list.advisories);
  const packages = Object.keys(lockfile.packages ?? {}).length - 1;
  if (findings.length === 0) {
    console.log(`${packages} locked packages checked against ${list.advisories.length} advisories (list of ${list.checked}): none affected.`);
    return;
  }
  for (const f of findings) console.log(`${f.advisory.severity.toUpperCase()} ${f.advisory.id} ${f.advisory.package}@${f.version} (${f.where}): ${f.advisory.title}; affected ${f.advisory.vulnerable}`);
  console.log(`${findings.length} locked package version(s) affected.`);
  process.exitCode = 1;
}

if (require.main === module) main();
