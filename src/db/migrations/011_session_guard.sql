-- The session row is how every trigger knows who writes: the tool sets it at the start of a
-- write and clears it before commit. Deleting it would leave the triggers blind and every
-- later write failing, so it may not be deleted (a second row is already impossible: its id
-- must be 1). A file whose row is gone anyway is refused by `db::begin_write` by name.
CREATE TRIGGER session_kept BEFORE DELETE ON session
BEGIN
    SELECT RAISE(ABORT, 'the session row may not be deleted: every write of the journal names its actor there');
END;
