#!/bin/sh
# The end of a period: paper copies of every class's journal (PDF and XLSX) to print, sign
# and seal, plus the progress and attendance reports. Run the day after a period ends:
#
#   term-end-export.sh Q1        # quarters: grades 2–9
#   term-end-export.sh H1        # semesters: grades 10–11
#
#   EJOURNAL_DB     the journal file
#   ARCHIVE_DIR     the year's folder (copies/, reports/ inside)
set -eu
period=${1:?usage: term-end-export.sh Q1|Q2|Q3|Q4|H1|H2|Y}
: "${EJOURNAL_DB:?set EJOURNAL_DB to the journal file}"
ARCHIVE_DIR=${ARCHIVE_DIR:-/srv/ejournal/archive}
export EJOURNAL_DB EJOURNAL_ACTOR="cron"

mkdir -p "$ARCHIVE_DIR/copies" "$ARCHIVE_DIR/reports"
# What was written (class, file, pages, marks, absences) goes to the log as CSV.
ejournal --quiet export paper --period "$period" --out "$ARCHIVE_DIR/copies" --format csv \
    > "$ARCHIVE_DIR/copies/written_$period.csv"
ejournal --quiet report progress --period "$period" --out "$ARCHIVE_DIR/reports/progress_$period.xlsx"
ejournal --quiet report attendance --period "$period" --out "$ARCHIVE_DIR/reports/attendance_$period.xlsx"
