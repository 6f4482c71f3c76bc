#!/usr/bin/env bash
# Page and API latency on the demo data (loopback only, bounded in time).
#   bench/pages.sh                 starts Råderum on a fresh home with the demo data, warms it, crawls and times
#   BENCH_BASE=http://localhost:8080 bench/pages.sh    times an already running server instead
# Crawls every public page linked from /, /benchmark and /kommune/575, then per page: the median and 95th percentile
# of 20 requests one at a time and of 64 requests with 16 in flight; the API the same way. Prints a Markdown table
# and checks the targets (pages: median <= 150 ms, p95 <= 300 ms, one at a time and at 16; API p95 <= 50 ms at 16;
# /kommune/575 <= 120 KB). Anonymous answers are kept by the public page cache until the data change, so the table
# also shows each page's first answer, which renders it (after a warm-up of the server on /, /benchmark, /kommune/575).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sequential=20
concurrent_requests=64
concurrency=16

base="${BENCH_BASE:-}"
server=""
home=""
stop() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "$home" ] && rm -rf "$home"
}
trap stop EXIT
if [ -z "$base" ]; then
  home="$(mktemp -d /tmp/raaderum-bench.XXXXXX)"
  port=18181
  base="http://localhost:$port"
  echo "Starter Råderum på $base med demodata (hjem $home) ..." >&2
  RAADERUM_HOME="$home" SERVER_PORT=$port "$root/raaderum" serve >"$home.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/kommune/575" || true)" = 200 ] && break
    kill -0 "$server" 2>/dev/null || { cat "$home.log" >&2; exit 1; }
    sleep 1
  done
fi
case "$base" in http://localhost*|http://127.0.0.1*) ;; *) echo "kun loopback: $base" >&2; exit 2 ;; esac
set +e  # from here a failed request is counted, not fatal

# the crawl: same-site pages one link away, no downloads, no forms' targets, no API
pages=$(for start in / /benchmark /kommune/575; do
  echo "$start"
  curl -s --max-time 30 "$base$start" | grep -o 'href="/[^"]*"' | sed 's/^href="//; s/"$//; s/&amp;/\&/g'
done | grep -v -E '^/(css|js|webjars|images|api|login|logout|svar)|eksport=|format=pdf|\.(pdf|csv|xlsx|png|svg)' | sort -u)
# pages that need a login answer an anonymous visitor with a redirect to it: they are not public pages
login_pages=""
public_pages=""
for path in $pages; do
  if [ "$(curl -s -o /dev/null --max-time 30 -w '%{http_code}' "$base$path")" = 200 ]; then
    public_pages="$public_pages $path"
  else
    login_pages="$login_pages $path"
  fi
done
pages="$public_pages"
apis=("/api/v1/values?indicator=ledige_pct_arbejdsstyrke&municipality=575&from=2021-01"
      "/api/v1/benchmark?indicator=kontanthjaelp_pct_befolkning&period=2026-06")

stats() { sort -n | awk '{a[NR]=$1*1000} END {m=a[int((NR+1)/2)]; p=a[int(NR*0.95+0.999)]; printf "%.1f %.1f", m, p}'; }
one_at_a_time() { for _ in $(seq 1 $sequential); do curl -s -o /dev/null --max-time 10 -w '%{time_total}\n' "$1"; done; }
echo "Offentlige sider fundet: $(echo $pages | wc -w); kræver login (ikke målt):$login_pages" >&2
in_flight() {
  seq 1 $concurrent_requests | xargs -P $concurrency -I{} curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total}\n' "$1"
}

fail=0
errors=0
# a parameter the app ignores makes an address the cache has not seen: it renders
unseen() { case "$1" in *\?*) echo "$1&ikke-i-cache=$2" ;; *) echo "$1?ikke-i-cache=$2" ;; esac; }
for start in / /benchmark /kommune/575 "${apis[@]}"; do for i in 1 2 3 4 5; do curl -s -o /dev/null --max-time 30 "$base$(unseen "$start" "opvarmning$i")"; done; done
printf '| adresse | første svar ms | median ms | p95 ms | median ms (16 samtidige) | p95 ms (16 samtidige) |\n|---|---:|---:|---:|---:|---:|\n'
measure() {
  local path="$1" page_median="$2" page_p95="$3" api_p95="$4"
  local first; first=$(curl -s -o /dev/null --max-time 30 -w '%{time_total}' "$base$(unseen "$path" forste)" | awk '{printf "%.1f", $1*1000}')
  curl -s -o /dev/null --max-time 30 "$base$path"  # now kept
  echo "  $path" >&2
  read -r m p < <(one_at_a_time "$base$path" | stats)
  local answers; answers=$(in_flight "$base$path")
  local bad; bad=$(echo "$answers" | awk '$1 != 200' | wc -l)
  errors=$((errors + bad))
  read -r cm cp < <(echo "$answers" | awk '{print $2}' | stats)
  printf '| `%s` | %s | %s | %s | %s | %s |\n' "$path" "$first" "$m" "$p" "$cm" "$cp"
  if [ -n "$page_median" ] && { awk "BEGIN{exit !($m > $page_median || $p > $page_p95 || $cm > $page_median || $cp > $page_p95)}"; }; then
    echo "  OVER MÅL: $path" >&2; fail=1
  fi
  if [ -n "$api_p95" ] && awk "BEGIN{exit !($cp > $api_p95)}"; then
    echo "  OVER MÅL: $path (p95 ved 16 samtidige)" >&2; fail=1
  fi
}
count=0
for path in $pages; do measure "$path" 150 300 ""; count=$((count + 1)); done
for path in "${apis[@]}"; do measure "$path" "" "" 50; done
size=$(curl -s --max-time 30 "$base/kommune/575" | wc -c)
echo
echo "Sider målt: $count (kræver login, ikke målt: $(echo $login_pages | wc -w)); fejlsvar ved 16 samtidige: $errors; /kommune/575 er $((size / 1024)) KB HTML."
[ "$size" -le $((120 * 1024)) ] || { echo "  OVER MÅL: /kommune/575 er større end 120 KB" >&2; fail=1; }
[ "$errors" -eq 0 ] || fail=1
exit $fail
