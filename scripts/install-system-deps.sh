#!/usr/bin/env bash
# Debian packages the test suite drives: Chromium (worksheet and quiz-page tests, through
# playwright-core) and PostgreSQL 15's server (scripts/with-postgres.sh). Installs only what is
# missing, so a warm machine skips apt entirely (a few milliseconds).
#
#   scripts/install-system-deps.sh               both
#   scripts/install-system-deps.sh chromium      what `npm test` needs (its pretest step)
#   scripts/install-system-deps.sh postgresql    what `npm run test:postgres` needs
set -euo pipefail
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(chromium postgresql)

need=()
for package in "${wanted[@]}"; do
  case "$package" in
    # test/support/chromium.ts launches this path.
    chromium) [ -x /usr/bin/chromium ] || need+=(chromium) ;;
    postgresql) [ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql) ;;
    *) echo "install-system-deps: unknown package '$package' (chromium or postgresql)" >&2; exit 2 ;;
  esac
done
[ ${#need[@]} -gt 0 ] || exit 0

if [ "$(id -u)" -ne 0 ]; then
  cat >&2 <<EOF
The tests need Debian packages that are not installed: ${need[*]}.
Installing them needs root. Run once, then run the tests again:
  sudo scripts/install-system-deps.sh ${need[*]}
(or: sudo apt-get install -y --no-install-recommends ${need[*]})
EOF
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need ${need[*]}, and this is not a Debian-like system (no apt-get): install them yourself." >&2
  exit 1
fi
echo "Installing ${need[*]} from Debian (once per machine)..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
