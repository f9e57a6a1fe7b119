#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A real Prometheus scrapes `comfyscope-cli monitor`, which watches simulated ComfyUI servers
# (`comfyscope-cli simulate`, each with a steady workload so their queues fill); then PromQL via
# Prometheus' HTTP API must return every server's queue depth. Also runs `promtool check
# metrics` on the live /metrics and `promtool check rules` on comfyscope-alerts.yml.
# Everything listens on 127.0.0.1 and stops by itself (trap). Exit 77 = skipped (no prometheus).
#
#   installer/prometheus/integration-test.sh [path/to/comfyscope-cli]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-${COMFYSCOPE_CLI:-$here/../../build/app/cli/comfyscope-cli}}
servers=${COMFYSCOPE_IT_SERVERS:-3}
if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null; then
    echo "SKIPPED: prometheus/promtool not installed (Debian package 'prometheus')"
    exit 77
fi
for t in curl python3; do
    command -v $t >/dev/null || { echo "SKIPPED: $t not installed"; exit 77; }
done
[[ -x $cli ]] || { echo "error: $cli is not an executable comfyscope-cli" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
wait_for() { # seconds, command…
    local n=$1 k; shift
    for ((k = 0; k < n * 5; k++)); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
    return 1
}

# 1. Simulated servers: a job every 400 ms, each taking ~2.5 s, so their queues grow.
fleet=$work/fleet.json
echo '{"servers": [' >"$fleet"
for ((i = 1; i <= servers; i++)); do
    "$cli" simulate --port 0 --step-ms 200 --workload 400 --duration 120 >"$work/sim$i.log" 2>&1 &
    pids+=($!)
    wait_for 20 grep -q 'listening on' "$work/sim$i.log" || { cat "$work/sim$i.log"; exit 1; }
    port=$(grep -o '127\.0\.0\.1:[0-9]*' "$work/sim$i.log" | head -1 | cut -d: -f2)
    sep=$([[ $i -lt $servers ]] && echo , || true)
    printf '  {"name": "sim-%02d", "address": "127.0.0.1:%s"}%s\n' "$i" "$port" "$sep" >>"$fleet"
done
echo ']}' >>"$fleet"

# 2. The monitor, with a bearer token on /metrics.
mport=$(free_port)
export COMFYSCOPE_IT_TOKEN=it-$RANDOM-$RANDOM
"$cli" monitor --fleet "$fleet" --metrics "127.0.0.1:$mport" --metrics-token-env COMFYSCOPE_IT_TOKEN \
    --duration 110 >"$work/monitor.log" 2>&1 &
pids+=($!)
wait_for 20 curl -sf -H "Authorization: Bearer $COMFYSCOPE_IT_TOKEN" "http://127.0.0.1:$mport/metrics"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$mport/metrics")
[[ $code == 401 ]] || { echo "error: /metrics without the token answered $code, not 401" >&2; exit 1; }
curl -sf -H "Authorization: Bearer $COMFYSCOPE_IT_TOKEN" "http://127.0.0.1:$mport/metrics" >"$work/metrics.txt"
promtool check metrics <"$work/metrics.txt"
echo "promtool check metrics: OK ($(grep -vc '^#' "$work/metrics.txt") samples)"
promtool check rules "$here/comfyscope-alerts.yml"

# 3. A real Prometheus scraping it every second.
pport=$(free_port)
printf '%s\n' "$COMFYSCOPE_IT_TOKEN" >"$work/token"
cat >"$work/prometheus.yml" <<YML
global: {scrape_interval: 1s, evaluation_interval: 1s}
rule_files: ["$here/comfyscope-alerts.yml"]
scrape_configs:
  - job_name: comfyscope
    authorization: {type: Bearer, credentials_file: "$work/token"}
    static_configs: [{targets: ["127.0.0.1:$mport"]}]
YML
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" \
    --web.listen-address="127.0.0.1:$pport" >"$work/prometheus.log" 2>&1 &
pids+=($!)
wait_for 30 curl -sf "http://127.0.0.1:$pport/-/ready" || { tail "$work/prometheus.log"; exit 1; }

# 4. PromQL: every server's queue depth, once the queues have filled a little.
query() { curl -sfG "http://127.0.0.1:$pport/api/v1/query" --data-urlencode "query=$1"; }
ok=0
for ((i = 0; i < 60; i++)); do
    sleep 1
    r=$(query 'comfyscope_queue_pending_jobs' || true)
    if python3 - "$r" "$servers" <<'PY'
import json, sys
r = json.loads(sys.argv[1] or "{}")
res = r.get("data", {}).get("result", [])
ok = r.get("status") == "success" and len(res) == int(sys.argv[2]) and all(float(x["value"][1]) >= 2 for x in res)
sys.exit(0 if ok else 1)
PY
    then ok=1; break; fi
done
echo "PromQL comfyscope_queue_pending_jobs via http://127.0.0.1:$pport/api/v1/query:"
python3 -c '
import json, sys
r = json.loads(sys.argv[1])
for x in sorted(r["data"]["result"], key=lambda x: x["metric"]["server"]):
    print("  %-8s pending=%s" % (x["metric"]["server"], x["value"][1]))' "$r"
echo "PromQL sum(comfyscope_server_up): $(query 'sum(comfyscope_server_up)' | python3 -c 'import json,sys;print(json.load(sys.stdin)["data"]["result"][0]["value"][1])')"
echo "PromQL targets up: $(query 'up{job="comfyscope"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["data"]["result"][0]["value"][1])')"
echo "monitor log (first lines):"
head -n $((servers + 2)) "$work/monitor.log" | sed 's/^/  /'
if [[ $ok != 1 ]]; then
    echo "FAILED: Prometheus did not return a growing queue for all $servers servers" >&2
    exit 1
fi
echo "1 passed, 0 failed"
