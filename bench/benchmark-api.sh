#!/usr/bin/env bash
# Warm latency of the benchmark API and pages against a running Råderum (loopback only, bounded in time).
#   ./raaderum serve &            (under the shared build lock on the project machine)
#   bench/benchmark-api.sh [http://localhost:8080] [requests per address, default 200]
# Prints, per address, the cold first answer and the median and 95th percentile of the warm ones.
set -euo pipefail
base="${1:-http://localhost:8080}"
runs="${2:-200}"
case "$base" in http://localhost*|http://127.0.0.1*) ;; *) echo "kun loopback: $base" >&2; exit 2 ;; esac
paths=(
  "/api/v1/benchmark?indicator=kontanthjaelp_pct_befolkning&period=2026-06"
  "/api/v1/benchmark?indicator=ledige_pct_arbejdsstyrke&period=2026-06"
  "/benchmark"
  "/kommune/575/benchmark"
)
printf '%-72s %8s %8s %8s\n' "adresse" "kold ms" "median" "p95"
for path in "${paths[@]}"; do
  cold=$(curl -s -o /dev/null --max-time 60 -w '%{time_total}' "$base$path")
  times=$(for _ in $(seq 1 "$runs"); do curl -s -o /dev/null --max-time 10 -w '%{time_total}\n' "$base$path"; done | sort -n)
  median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  p95=$(echo "$times" | awk '{a[NR]=$1} END {i=int(NR*0.95+0.999); print a[i]}')
  printf '%-72s %8.1f %8.1f %8.1f\n' "$path" "$(echo "$cold*1000" | bc -l)" "$(echo "$median*1000" | bc -l)" "$(echo "$p95*1000" | bc -l)"
done
