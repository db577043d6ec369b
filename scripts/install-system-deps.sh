#!/usr/bin/env bash
# Debian packages the test suite drives: Chromium (worksheet and quiz-page tests, through
# playwright-core) and PostgreSQL 15's server (scripts/with-postgres.sh). Installs only what is
# missing, so a warm machine skips apt entirely.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing: ${need[*]} — run as root or install them: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
