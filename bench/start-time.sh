#!/usr/bin/env bash
# bench/start-time.sh: what a newcomer waits for. Clones the repository (default: this one) into a temporary
# directory, then times `npm ci`, a first `npm start` (build, embedded database created, reference data and demo
# catalogue loaded) to the first 200 of GET /health, and a second `npm start` (build up to date, database
# there) to the first 200 of /health. Prints one JSON line. Usage: bench/start-time.sh [REPOSITORY] (PORT, default 4123).
set -euo pipefail
SOURCE="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
PORT="${PORT:-4123}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

git clone -q "$SOURCE" "$WORK/portal"
cd "$WORK/portal"

t0=$(now)
npm ci --no-audit --no-fund > "$WORK/install.log" 2>&1
t1=$(now)

# Starts `npm start` in its own process group, waits for /health, stops the group; prints seconds to /health.
start_once() {
  local log="$1" started pid
  started=$(now)
  PORT="$PORT" setsid npm start > "$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "npm start exited; see $log" >&2; tail -20 "$log" >&2; exit 1; fi
    sleep 0.1
  done
  elapsed "$started" "$(now)"
  kill -TERM -- "-$pid"
  wait "$pid" 2>/dev/null || true
}

first=$(start_once "$WORK/first.log")
second=$(start_once "$WORK/second.log")
build_first=$(grep -o 'build: [a-z]* [a-z ]*[0-9.]* s' "$WORK/first.log" | tr '\n' ';' || true)
build_second=$(grep -o 'build: [a-z]* up to date' "$WORK/second.log" | tr '\n' ';' || true)
echo "{\"date\":\"$(date -u +%FT%TZ)\",\"node\":\"$(node -v)\",\"cpus\":$(nproc),\"loadAverage\":\"$(cut -d' ' -f1-3 /proc/loadavg)\",\"npmCiSeconds\":$(elapsed "$t0" "$t1"),\"firstStartSeconds\":$first,\"firstTotalSeconds\":$(awk -v a="$(elapsed "$t0" "$t1")" -v b="$first" 'BEGIN { printf "%.1f", a + b }'),\"restartSeconds\":$second,\"firstBuild\":\"$build_first\",\"restartBuild\":\"$build_second\"}"
