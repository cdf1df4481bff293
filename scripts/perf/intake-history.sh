#!/usr/bin/env bash
# Does taking in a signal slow down with the history? Signal intake through the API on PostgreSQL, before and after
# the database is given a long history of signals outside the temperature window.
#
#   scripts/perf/intake-history.sh            # 30 s of warm-up, 20 s measured, then 40 copies of the window as history
#   COPIES=200 DURATION=30 scripts/perf/intake-history.sh
#
# The same stack as intake-load.sh (throwaway PostgreSQL 15 with pg_stat_statements, the packaged application, a
# coordinator's API token, wrk with report-signal.lua). Then:
#   1. wrk for WARMUP seconds, then for DURATION seconds: signals/s and, per statement, the mean time in PostgreSQL;
#   2. history: every stored signal is copied COPIES times with a new id, 120 to 1,120 days older (signal, its buurten
#      and themes), so the temperature window stays as it was and the history grows by COPIES times the window;
#      then ANALYZE;
#   3. wrk again for DURATION seconds: the same figures.
# Prints both rounds and the ratio of their throughputs. The temperature watch reads, after every report, the
# evidence of the report's buurten × themes inside the window: its statement (the one that starts "select s.id,
# n.neighbourhood_code") should cost the same in both rounds, however long the history.
set -euo pipefail

source "$(dirname "$0")/lib.sh"
WARMUP="${WARMUP:-30}"
DURATION="${DURATION:-20}"
COPIES="${COPIES:-40}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
HEAP="${HEAP:-512m}"
OUT="${OUT:-$PERF_ROOT/target/perf/intake-history-$(date -u +%Y%m%dT%H%M%SZ).txt}"

PG_STATEMENTS=1 begin_load_run intake-history "$HEAP"
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d sleutelnet -q -t -A -v ON_ERROR_STOP=1 "$@"; }

round() { # name
    reset_statements
    local line
    line="$(run_wrk "$DURATION" "$CONNECTIONS")"
    echo "$1: $(field rps "$line") signals/s ($(field requests "$line") in ${DURATION}s, not-201 $(field non201 "$line")), $(sql -c "select count(*) from signal") signals stored" |
        tee -a "$OUT"
    top_statements 6 | tee -a "$OUT"
    RPS="$(field rps "$line")"
}

log "warm-up: ${WARMUP}s"
run_wrk "$WARMUP" "$CONNECTIONS" >/dev/null
round "without history"
before="$RPS"

log "history: $COPIES copies of every stored signal, 120 to 1,120 days older"
# a build from before V17 has no moment last observed beside the buurten (so that older builds can be measured too)
if [[ "$(sql -c "select count(*) from information_schema.columns where table_name = 'signal_neighbourhood'
        and column_name = 'last_observed_at'")" == 1 ]]; then
    buurt_columns="signal_id, neighbourhood_code, last_observed_at"
    buurt_values="c.new, b.neighbourhood_code, b.last_observed_at - c.age * interval '1 day'"
else
    buurt_columns="signal_id, neighbourhood_code"
    buurt_values="c.new, b.neighbourhood_code"
fi
sql <<SQL
create temp table src as select * from signal;
create temp table src_buurt as select * from signal_neighbourhood;
create temp table src_theme as select * from signal_theme;
do \$\$
begin
  for k in 1..$COPIES loop
    create temp table copy_of as select id as old, gen_random_uuid() as new, (120 + random() * 1000) as age from src;
    insert into signal (id, tracking_code, reporter_kind, reporter_id, reporter_label, how_obtained, intensity,
        description, observed_at, received_at, last_observed_at, assignee, status, reliability, interpretation,
        assessed_at, assessed_by, intervention_id, no_action_reason, version)
      select c.new, substr(replace(c.new::text, '-', ''), 1, 11), reporter_kind, reporter_id, reporter_label,
        how_obtained, intensity, description, observed_at - c.age * interval '1 day',
        received_at - c.age * interval '1 day', last_observed_at - c.age * interval '1 day', assignee, status,
        reliability, interpretation, assessed_at, assessed_by, intervention_id, no_action_reason, version
      from src join copy_of c on c.old = src.id;
    insert into signal_neighbourhood ($buurt_columns)
      select $buurt_values
      from src_buurt b join copy_of c on c.old = b.signal_id;
    insert into signal_theme (signal_id, theme_code)
      select c.new, t.theme_code from src_theme t join copy_of c on c.old = t.signal_id;
    drop table copy_of;
  end loop;
end \$\$;
analyze;
SQL
round "with history"
after="$RPS"
echo "with history / without: $(python3 -c "print(f'{$after / $before:.2f}')")" | tee -a "$OUT"
