#!/bin/sh
# The nightly backup to external media (the director answers for "backup copies on external
# media"): an online copy of the journal — teachers may still be writing — checked by
# `ejournal verify`, keeping the newest KEEP copies. Run from cron (see crontab).
#
#   EJOURNAL_DB   the journal file
#   BACKUP_DIR    a folder on the external disk (mounted)
#   KEEP          how many nightly copies to keep (default 30)
set -u
: "${EJOURNAL_DB:?set EJOURNAL_DB to the journal file}"
: "${BACKUP_DIR:?set BACKUP_DIR to a folder on the external disk}"
KEEP=${KEEP:-30}
export EJOURNAL_DB

if [ ! -d "$BACKUP_DIR" ]; then
    echo "nightly backup: $BACKUP_DIR is not there (is the disk mounted?)" >&2
    exit 1
fi
# The journal first: a journal changed outside ejournal is reported (exit 3), and backed up
# all the same — the copy keeps the evidence.
ejournal --quiet verify >/dev/null
verified=$?
path=$(ejournal --quiet backup --to "$BACKUP_DIR" --keep "$KEEP")
status=$?
case $status in
    0|3) ;;
    *) echo "nightly backup: failed (exit $status)" >&2; exit "$status" ;;
esac
if [ "$verified" -ne 0 ] || [ "$status" -ne 0 ]; then
    echo "nightly backup: $path written, but verify found problems: run \`ejournal verify\`" >&2
    exit 3
fi
