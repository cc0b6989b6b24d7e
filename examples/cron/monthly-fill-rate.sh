#!/bin/sh
# The monthly control of how the journal is kept (п. 3.5 of the instruction): the fill-rate
# report of the month that just ended, as XLSX for the deputy, and a mail when it found
# shortfalls. Run from cron on the 1st of each month (see crontab).
#
#   EJOURNAL_DB     the journal file
#   REPORTS_DIR     where the reports go
#   DEPUTY_MAIL     who hears about shortfalls (needs a working `mail`)
#   MONTH           the month to report, as 2023-10 (default: the month that just ended)
set -u
: "${EJOURNAL_DB:?set EJOURNAL_DB to the journal file}"
REPORTS_DIR=${REPORTS_DIR:-/srv/ejournal/reports}
export EJOURNAL_DB EJOURNAL_ACTOR="cron"

month=${MONTH:-$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)}
mkdir -p "$REPORTS_DIR"
out="$REPORTS_DIR/fill-rate_$month.xlsx"

ejournal --quiet report fill-rate --month "$month" --out "$out" --fail-on-issues
status=$?
case $status in
    0) ;;                                   # all courses kept in full
    3)                                      # shortfalls: tell the deputy
        if [ -n "${DEPUTY_MAIL:-}" ]; then
            ejournal report fill-rate --month "$month" --format csv |
                mail -s "ЭЖ: заполнение журнала за $month — есть замечания" -A "$out" "$DEPUTY_MAIL"
        else
            # No mail address: say it on stderr and fail, so cron mails its owner instead.
            echo "fill-rate $month: shortfalls found, see $out" >&2
            exit 3
        fi ;;
    75) echo "journal busy; run again later" >&2; exit 75 ;;
    *)  echo "fill-rate report failed ($status)" >&2; exit "$status" ;;
esac
