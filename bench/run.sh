#!/usr/bin/env bash
# zoom-etl benchmarks: builds the release binary, starts the Zoom sandbox on loopback and a
# throwaway PostgreSQL, runs zoom-etl against them, prints a table and rewrites the results
# section of BENCHMARKS.md. Usage (from the repository root):
#
#   bench/run.sh            # the full set (about 10 minutes: the Pro backfill is paced at 10/s)
#   bench/run.sh --quick    # shorter ranges, for trying changes (numbers not for BENCHMARKS.md)
#
# Needs what scripts/bootstrap installs (Swift, PostgreSQL server binaries), plus /usr/bin/time.
# Raw logs and CSVs go to bench/out/ (git-ignored).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1

BACKFILL_DAYS=90      # the multi-stream backfill at Pro limits (efficiency, incremental cost)
LOAD_DAYS=30          # the unthrottled load (load rate, memory)
if [ $QUICK = 1 ]; then BACKFILL_DAYS=14; LOAD_DAYS=7; fi
LOOKBACK=3

log() { printf 'bench: %s\n' "$*" >&2; }
calc() { awk "BEGIN { printf \"%.${2:-3}f\", $1 }"; }
now() { date +%s.%N; }

rm -rf "$OUT" && mkdir -p "$OUT"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u +%Y-%m-%dT%H:%MZ)
TICKS=$(getconf CLK_TCK)
# CPU seconds a process and its reaped children used so far (PostgreSQL's backends are the postmaster's).
cpu_of() { awk -v t="$TICKS" '{ printf "%.2f", ($14 + $15 + $16 + $17) / t }' "/proc/$1/stat"; }

log "building the release binary (swift build -c release --scratch-path .build-release)"
swift build -c release --scratch-path .build-release 2>&1 | grep -E "error|warning: .*\.swift|Compiling|Build complete" >&2 || true
BIN=$ROOT/.build-release/release/zoom-etl
[ -x "$BIN" ] || { log "no binary at $BIN"; exit 1; }

# ---- a throwaway PostgreSQL, as scripts and `zoom-etl demo` do (the postgres user when root) ----
PGBIN=$(pg_config --bindir 2>/dev/null || true)
[ -x "$PGBIN/initdb" ] || PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
PGDIR=$(mktemp -d /tmp/zoom-etl-bench-pg-XXXXXX)
chmod 755 "$PGDIR"
as_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres "$PGDIR"; runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
cat >> "$PGDIR/data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$PGDIR'
port = 5432
EOF
as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w start >/dev/null
ADMIN="host=$PGDIR port=5432 user=postgres dbname=postgres"

SANDBOX_PID=""
cleanup() {
    [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null || true
    as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
}
trap cleanup EXIT

# start_sandbox NAME ARGS...: serves the sandbox on a free port; sets SANDBOX_URL.
start_sandbox() {
    local name=$1; shift
    [ -n "$SANDBOX_PID" ] && { kill "$SANDBOX_PID"; wait "$SANDBOX_PID" 2>/dev/null || true; }
    "$BIN" sandbox --port 0 "$@" > "$OUT/$name.sandbox.log" 2>&1 &
    SANDBOX_PID=$!
    for _ in $(seq 100); do grep -q "listening on" "$OUT/$name.sandbox.log" && break; sleep 0.1; done
    SANDBOX_URL=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$OUT/$name.sandbox.log" | head -1)
    [ -n "$SANDBOX_URL" ] || { log "the sandbox did not start"; cat "$OUT/$name.sandbox.log" >&2; exit 1; }
}

# fresh_db NAME: a new database; sets DATABASE_URL.
fresh_db() {
    psql -X -q "$ADMIN" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
    DATABASE_URL="host=$PGDIR port=5432 user=postgres dbname=$1"
}

# jobs_conf PLAN: a jobs.conf for the demo account of the sandbox.
jobs_conf() {
    cat > "$OUT/jobs.conf" <<EOF
[accounts.main]
plan = "$1"
timezone = "America/New_York"

[jobs.nightly]
streams = ["daily_usage", "active_hosts", "meetings", "meeting_participants", "meeting_qos", "meeting_qos_summary", "users"]
lookback_days = $LOOKBACK
start = "$BACKFILL_DAYS days"
EOF
}

# etl NAME ARGS...: runs zoom-etl under /usr/bin/time; sets WALL (s), RSS (MB), REQ_* and RL_* counts.
etl() {
    local name=$1; shift
    local start end
    start=$(now)
    set +e
    env ZOOM_OAUTH_URL="$SANDBOX_URL" ZOOM_API_URL="$SANDBOX_URL" ZOOM_ACCOUNT_ID=sandbox-account \
        ZOOM_CLIENT_ID=sandbox-client-id ZOOM_CLIENT_SECRET=sandbox-client-secret DATABASE_URL="$DATABASE_URL" \
        /usr/bin/time -v -o "$OUT/$name.time" "$BIN" "$@" --config "$OUT/jobs.conf" --log-format json \
        > "$OUT/$name.out" 2> "$OUT/$name.log"
    local status=$?
    set -e
    end=$(now)
    [ $status = 0 ] || { log "zoom-etl $* exited $status (see $OUT/$name.log)"; tail -5 "$OUT/$name.log" >&2; exit 1; }
    WALL=$(calc "$end - $start")
    RSS=$(calc "$(awk -F': ' '/Maximum resident/ {print $2}' "$OUT/$name.time") / 1024" 1)
    local finished
    finished=$(grep '"run finished"' "$OUT/$name.log" | tail -1)
    for category in light medium heavy resource_intensive; do
        local sent limited
        sent=$(sed -n "s/.*\"requests\":{[^}]*\"$category\":\([0-9]*\).*/\1/p" <<<"$finished")
        limited=$(sed -n "s/.*\"rate_limited\":{[^}]*\"$category\":\([0-9]*\).*/\1/p" <<<"$finished")
        printf -v "REQ_$category" '%s' "${sent:-0}"
        printf -v "RL_$category" '%s' "${limited:-0}"
    done
    REQ_TOTAL=$((REQ_light + REQ_medium + REQ_heavy + REQ_resource_intensive))
    RL_TOTAL=$((RL_light + RL_medium + RL_heavy + RL_resource_intensive))
}

sql() { psql -X -A -t -q "$DATABASE_URL" -c "$1"; }
TODAY_NY=$(TZ=America/New_York date +%F)
day() { TZ=America/New_York date -d "$TODAY_NY $1 days" +%F; }

# ---- 1. efficiency and incremental cost: a multi-stream backfill at Pro limits ----
log "1/5 efficiency: $BACKFILL_DAYS-day backfill of every stream, sandbox and client at Pro limits"
start_sandbox pro --plan pro --scale 1
fresh_db bench_pro
jobs_conf pro
etl backfill backfill --from "$(day -$BACKFILL_DAYS)" --to "$(day -1)"
BF_WALL=$WALL BF_RSS=$RSS BF_REQ=$REQ_TOTAL BF_RL=$RL_TOTAL
# The least time Zoom's limits allow: per category, admitted requests over the category's rate.
BF_BOUND=$(awk -v l=$((REQ_light - RL_light)) -v m=$((REQ_medium - RL_medium)) -v h=$((REQ_heavy - RL_heavy)) \
    -v r=$((REQ_resource_intensive - RL_resource_intensive)) \
    'BEGIN { b = l / 30; if (m / 20 > b) b = m / 20; if (h / 10 > b) b = h / 10; if (r / (10 / 60) > b) b = r / (10 / 60); printf "%.1f", b }')
BF_HEAVY=$REQ_heavy BF_MEDIUM=$REQ_medium
EFFICIENCY=$(calc "$BF_BOUND / $BF_WALL")
RL_SHARE=$(calc "100 * $BF_RL / $BF_REQ" 2)

log "    incremental cost: two nightly runs after the backfill"
etl nightly1 run
N1_REQ=$REQ_TOTAL N1_WALL=$WALL
etl nightly2 run
N2_REQ=$REQ_TOTAL N2_WALL=$WALL N2_RL=$RL_TOTAL
INCREMENTAL=$(calc "$N2_REQ / $BF_REQ" 4)
INCREMENTAL_TARGET=$(calc "($LOOKBACK + 1) / $BACKFILL_DAYS" 4)

# ---- 2. load rate and memory: unthrottled, scale 1 and scale 10 ----
jobs_conf unthrottled
load_run() {  # load_run SCALE: sets LR_* for that scale
    local scale=$1
    log "$2 load: $LOAD_DAYS days of meetings, participants and QoS, sandbox unthrottled, scale $scale"
    start_sandbox "load$scale" --plan business --scale "$scale" --unthrottled
    fresh_db "bench_load$scale"
    local postmaster sandbox_cpu pg_cpu
    postmaster=$(head -1 "$PGDIR/data/postmaster.pid")
    sandbox_cpu=$(cpu_of "$SANDBOX_PID") pg_cpu=$(cpu_of "$postmaster")
    etl "load$scale" backfill --from "$(day -$LOAD_DAYS)" --to "$(day -1)" --streams meetings,meeting_participants,meeting_qos
    LR_WALL=$WALL LR_RSS=$RSS
    sleep 0.5  # the backend has exited; let the postmaster reap it
    LR_CPU_SANDBOX=$(calc "$(cpu_of "$SANDBOX_PID") - $sandbox_cpu" 1)
    LR_CPU_PG=$(calc "$(cpu_of "$postmaster") - $pg_cpu" 1)
    LR_CPU_ETL=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$OUT/load$scale.time")
    LR_ROWS=$(sql "SELECT (SELECT count(*) FROM zoom.meeting_participants) + (SELECT count(*) FROM zoom.participant_qos)")
    # The same rows through psql \copy from CSV into the same (emptied) tables, in the same database.
    sql "\\copy zoom.meeting_participants TO '$OUT/participants$scale.csv' CSV"
    sql "\\copy (SELECT * FROM zoom.participant_qos) TO '$OUT/qos$scale.csv' CSV"
    sql "TRUNCATE zoom.meeting_participants, zoom.participant_qos"
    local start end
    start=$(now)
    psql -X -q "$DATABASE_URL" -c "\\copy zoom.meeting_participants FROM '$OUT/participants$scale.csv' CSV" \
        -c "\\copy zoom.participant_qos FROM '$OUT/qos$scale.csv' CSV"
    end=$(now)
    LR_COPY_WALL=$(calc "$end - $start")
    LR_RATE=$(calc "$LR_ROWS / $LR_WALL" 0)
    LR_COPY_RATE=$(calc "$LR_ROWS / $LR_COPY_WALL" 0)
    LR_RATIO=$(calc "$LR_RATE / $LR_COPY_RATE" 2)
}
load_run 1 "2/5"
S1_ROWS=$LR_ROWS S1_WALL=$LR_WALL S1_RSS=$LR_RSS S1_RATE=$LR_RATE S1_COPY=$LR_COPY_RATE S1_RATIO=$LR_RATIO
S1_CPU="zoom-etl $LR_CPU_ETL s, PostgreSQL $LR_CPU_PG s, sandbox $LR_CPU_SANDBOX s"
load_run 10 "3/5"
S10_ROWS=$LR_ROWS S10_WALL=$LR_WALL S10_RSS=$LR_RSS S10_RATE=$LR_RATE S10_COPY=$LR_COPY_RATE S10_RATIO=$LR_RATIO
S10_CPU="zoom-etl $LR_CPU_ETL s, PostgreSQL $LR_CPU_PG s, sandbox $LR_CPU_SANDBOX s"
MEM_RATIO=$(calc "$S10_RSS / $S1_RSS" 2)

# ---- 3. a 10,000-session webinar: memory must not grow with one instance's size ----
log "4/5 large webinar: the same $LOAD_DAYS days at scale 1 with one webinar of 10,000 join sessions"
start_sandbox large --plan business --scale 1 --unthrottled --large-webinar-sessions 10000 \
    --large-webinar-from "$(day -$LOAD_DAYS)" --large-webinar-period-days 3650
fresh_db bench_large
etl large backfill --from "$(day -$LOAD_DAYS)" --to "$(day -1)" --streams meetings,meeting_participants,meeting_qos
LW_WALL=$WALL LW_RSS=$RSS
LW_SESSIONS=$(sql "SELECT max(n) FROM (SELECT count(*) AS n FROM zoom.meeting_participants GROUP BY meeting_uuid) s")
LW_QOS=$(sql "SELECT count(*) FROM zoom.participant_qos q JOIN zoom.meetings m USING (account_id, meeting_uuid) WHERE m.participants_count >= 10000")
LW_RATIO=$(calc "$LW_RSS / $S1_RSS" 2)

# ---- 4. big answers at concurrency 40: memory bounded by the body budget, not concurrency x size ----
BIG_DAYS=3; [ $QUICK = 1 ] && BIG_DAYS=2
BIG_BYTES=$((60 * 1024 * 1024))
log "5/5 big answers: $BIG_DAYS days of participants, each instance's answer padded to 60 MiB, concurrency 40"
start_sandbox big --plan business --scale 1 --unthrottled --faults "oversize=1,oversize_bytes=$BIG_BYTES,paths=/v2/report/meetings/"
fresh_db bench_big
cat > "$OUT/jobs.conf" <<EOF
[accounts.main]
plan = "unthrottled"
timezone = "America/New_York"

[jobs.nightly]
streams = ["meetings", "meeting_participants"]
lookback_days = $LOOKBACK
start = "$BACKFILL_DAYS days"
concurrency = 40
EOF
etl big backfill --from "$(day -$BIG_DAYS)" --to "$(day -1)"
BIG_WALL=$WALL BIG_RSS=$RSS
BIG_INSTANCES=$(sql "SELECT count(*) FROM etl.child_progress WHERE stream = 'meeting_participants' AND status = 'done'")
BIG_PEAK=$(calc "$(grep '"run finished"' "$OUT/big.log" | tail -1 | sed -n 's/.*"peak_body_bytes":\([0-9]*\).*/\1/p') / 1048576" 1)
BIG_BUDGET=256

verdict() { awk "BEGIN { exit !($1) }" && echo "met" || echo "**missed**"; }
TABLE=$(cat <<EOF
| measure | result | target | |
|---|---|---|---|
| efficiency, $BACKFILL_DAYS-day backfill of 7 streams at Pro limits | $EFFICIENCY (bound ${BF_BOUND} s / wall ${BF_WALL} s; $BF_HEAVY heavy + $BF_MEDIUM medium requests) | ≥ 0.9 | $(verdict "$EFFICIENCY >= 0.9") |
| 429 responses in that backfill | $BF_RL of $BF_REQ ($RL_SHARE %) | < 1 % | $(verdict "$RL_SHARE < 1") |
| load rate, scale 1 ($S1_ROWS participant + QoS rows) | $S1_RATE rows/s (${S1_WALL} s) vs psql \\copy $S1_COPY rows/s = ${S1_RATIO}× | ≥ 0.75× | $(verdict "$S1_RATIO >= 0.75") |
| load rate, scale 10 ($S10_ROWS rows) | $S10_RATE rows/s (${S10_WALL} s) vs psql \\copy $S10_COPY rows/s = ${S10_RATIO}× | ≥ 0.75× | $(verdict "$S10_RATIO >= 0.75") |
| CPU of those two loads (2 cores) | scale 1: $S1_CPU; scale 10: $S10_CPU | | |
| peak RSS, scale 1 / scale 10 | $S1_RSS MB / $S10_RSS MB (${MEM_RATIO}×) | ≤ 150 MB, ≤ 1.2× | $(verdict "$S10_RSS <= 150 && $S1_RSS <= 150 && $MEM_RATIO <= 1.2") |
| peak RSS, the Pro backfill | $BF_RSS MB | ≤ 150 MB | $(verdict "$BF_RSS <= 150") |
| peak RSS, scale 1 with a 10,000-session webinar ($LW_SESSIONS participant rows and $LW_QOS QoS rows for it, ${LW_WALL} s) | $LW_RSS MB = ${LW_RATIO}× the same account without it | ≤ 150 MB, flat (≤ 1.2×) | $(verdict "$LW_RSS <= 150 && $LW_RATIO <= 1.2 && $LW_SESSIONS >= 10000") |
| peak RSS, participants at concurrency 40 with every answer 60 MiB ($BIG_INSTANCES instances, ${BIG_WALL} s) | $BIG_RSS MB; answer bytes in flight at most $BIG_PEAK MiB | bytes in flight ≤ the $BIG_BUDGET MiB budget; RSS ≤ budget + 150 MB | $(verdict "$BIG_PEAK <= $BIG_BUDGET && $BIG_RSS <= $BIG_BUDGET + 150 && $BIG_INSTANCES > 0") |
| incremental cost: 2nd nightly run after the backfill | $N2_REQ requests = $INCREMENTAL of the backfill's $BF_REQ (1st nightly: $N1_REQ) | ≤ ($LOOKBACK + 1) / $BACKFILL_DAYS = $INCREMENTAL_TARGET + a constant | $(verdict "$INCREMENTAL <= $INCREMENTAL_TARGET + 0.02") |
EOF
)
MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load average at the start: $LOAD_BEFORE, $STARTED, PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') with default (durable) settings"

printf '\n%s\n\n%s\n' "$TABLE" "$MACHINE"
if [ $QUICK = 1 ]; then log "--quick: BENCHMARKS.md left as it was"; exit 0; fi

RESULTS=$(printf '%s\n\nMeasured on %s; `bench/run.sh` wrote this section.\n' "$TABLE" "$MACHINE")
if [ ! -f BENCHMARKS.md ]; then
    printf '# zoom-etl benchmarks\n\n<!-- bench:results:start -->\n<!-- bench:results:end -->\n' > BENCHMARKS.md
fi
awk -v results="$RESULTS" '
    /<!-- bench:results:start -->/ { print; print results; skip = 1; next }
    /<!-- bench:results:end -->/ { skip = 0 }
    !skip { print }
' BENCHMARKS.md > "$OUT/BENCHMARKS.md" && mv "$OUT/BENCHMARKS.md" BENCHMARKS.md
log "wrote BENCHMARKS.md"
