#!/usr/bin/env bash
# Runs the whole Dasan test suite: installs what the tests need (PostgreSQL, Chromium, CJK fonts) from
# Debian when missing, starts PostgreSQL, runs every test project, and prints "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null \
    || echo "!! could not install ${need[*]}: the tests that need them will be skipped"
fi

if command -v pg_ctlcluster >/dev/null 2>&1; then
  version=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1}')
  if [ -n "$version" ]; then
    as_root pg_ctlcluster "$version" main start 2>/dev/null || true
    for _ in $(seq 1 20); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
    as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'dasan'\"" >/dev/null 2>&1 || true
  fi
fi
export DASAN_TEST_POSTGRES="${DASAN_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres;Password=dasan;Timeout=5}"

# Everything the tests write goes into one temporary folder, removed at the end, and every test database is
# dropped, so a run leaves nothing behind (issue 16).
drop_test_databases() {
  command -v psql >/dev/null 2>&1 || return 0
  PGPASSWORD=dasan psql -h 127.0.0.1 -U postgres -d postgres -Atqc \
    "select datname from pg_database where datname ~ '^dasan_(web|tmpl|cli|test|core)_'" 2>/dev/null |
    while read -r db; do PGPASSWORD=dasan psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists \"$db\" with (force)" >/dev/null 2>&1; done
}
suite_tmp=$(mktemp -d -t dasan-suite-XXXXXX)
export TMPDIR="$suite_tmp"
trap 'rm -rf "$suite_tmp"; drop_test_databases' EXIT
drop_test_databases

rm -rf TestResults
dotnet test Dasan.slnx -c Release --logger "trx" --logger "console;verbosity=minimal" --results-directory TestResults -- RunConfiguration.MaxCpuCount=2
status=$?

passed=0; failed=0; skipped=0
shopt -s nullglob
files=(TestResults/*.trx)
for f in "${files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  s=$(( ${t:-0} - ${e:-0} ))
  passed=$((passed + ${p:-0})); failed=$((failed + ${x:-0})); skipped=$((skipped + ${s:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the build or a test host failed without a test result
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ]
