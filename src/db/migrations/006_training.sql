-- 006: real or training journal (учебный журнал). A training journal is for rehearsal and
-- the demo: only there may "today" be fixed (EJOURNAL_TODAY), and every output says it is
-- not a document. The kind is set once, by `init`, and can never change: the row cannot be
-- updated, deleted or written a second time (INSERT OR REPLACE included: the insert
-- trigger runs before the replace).
CREATE TABLE IF NOT EXISTS journal_kind (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    training INTEGER NOT NULL CHECK (training IN (0, 1))
) STRICT;

CREATE TRIGGER IF NOT EXISTS journal_kind_insert BEFORE INSERT ON journal_kind
WHEN EXISTS (SELECT 1 FROM journal_kind)
BEGIN SELECT RAISE(ABORT, 'ejournal: the journal kind (real or training) is set once, by init'); END;

CREATE TRIGGER IF NOT EXISTS journal_kind_update BEFORE UPDATE ON journal_kind
BEGIN SELECT RAISE(ABORT, 'ejournal: the journal kind (real or training) is set once, by init'); END;

CREATE TRIGGER IF NOT EXISTS journal_kind_delete BEFORE DELETE ON journal_kind
BEGIN SELECT RAISE(ABORT, 'ejournal: the journal kind (real or training) is set once, by init'); END;

-- A journal made before this migration is a real one. A new journal has no settings yet
-- when its migrations run: `init` records its kind itself.
INSERT INTO journal_kind (id, training)
SELECT 1, 0 WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'school_name')
              AND NOT EXISTS (SELECT 1 FROM journal_kind);
