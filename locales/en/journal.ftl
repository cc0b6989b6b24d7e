# journal messages (English). Every id here is also in ../ru/journal.ftl.

## Marks, absence codes, final marks (domain::marks).
mark-not-a-mark = "{ $value }" is not a mark (1–5, зч, нз)

## Dates (domain::date).
date-excel-number = "{ $value }" is not a date: it looks like an Excel day number; format the column as a date
date-not-a-date-expected = "{ $value }" is not a date (expected dd.mm.yyyy or YYYY-MM-DD)
date-year-four-digits = "{ $value }": the year must have four digits
date-not-real = "{ $value }" is not a real date
date-not-a-date = "{ $value }" is not a date

## Class names (domain::class_name).
class-name-empty = the class is empty
class-name-no-grade = "{ $value }" is not a class (expected a grade and a letter, like 5А)
class-name-not-a-class = "{ $value }" is not a class
class-name-grade-outside = "{ $value }": grade { $grade } is outside 1–11
class-name-letter-missing = "{ $value }": the class letter is missing (like 5А)
class-name-letter-cyrillic = "{ $value }": the class letter must be one Cyrillic letter

## Periods, academic years, grades (domain::calendar).
period-not-a-period = "{ $value }" is not a period (Q1–Q4, H1, H2, Y, or I четверть, 1 полугодие, год)
calendar-not-a-year = "{ $value }" is not an academic year (expected like 2023/2024)
calendar-not-a-grade = "{ $value }" is not a grade 1–11
calendar-no-grades = no grades given

## Absence codes and final marks (domain::marks).
mark-not-an-absence-code = "{ $value }" is not an absence code (Б, У, Н or О)
mark-not-a-final-mark = "{ $value }" is not a final mark ({ $values })

## What a text field may hold (domain::limits); the field's name comes before.
limit-control-character = has a control character ({ $code }) at character { $position }: only printable text is allowed
limit-too-long = is too long: more than { $max } characters

## Errors (error.rs): did you mean, a request's problems, a stored value that does not read.
error-did-you-mean = — did you mean «{ $name }»?
error-miss = { $column }: { $message }
error-stored = the journal holds a value it cannot read in { $table } ({ $row }): { $message }; was the file changed outside ejournal?
error-column-class = class
error-column-subject = subject
error-column-student = student
error-column-teacher = teacher
error-column-work-type = work_type
error-column-period = period
error-column-date = date
error-column-code = code
error-column-mark = mark
error-column-group = group

## What the triggers of the migrations say when they refuse a write (error::TRIGGER_MESSAGES). The English is the trigger's own text.
trigger-date-locked = ejournal: date locked
trigger-period-locked = ejournal: period locked
trigger-calendar-locked = ejournal: calendar locked
trigger-period-has-finals = ejournal: period has final marks
trigger-outside-window = ejournal: outside the entry window
trigger-mark-beside-absence = ejournal: a mark beside an absence
trigger-permit-not-sessions = ejournal: permit_id is not the session's permit
trigger-journal-kind-once = ejournal: the journal kind (real or training) is set once, by init
trigger-audit-unchangeable = the audit trail cannot be changed
trigger-audit-by-triggers = ejournal: audit records are written by the journal's triggers
trigger-history-never-rewritten = ejournal: the history is never rewritten
trigger-chain-never-rewritten = ejournal: the chain is never rewritten
trigger-chain-sealed = ejournal: the chain is sealed by ejournal
trigger-recorded-lesson-stays = ejournal: a recorded lesson stays in the journal
trigger-lesson-record-unchanged = ejournal: a lesson's record is never changed
trigger-recorded-lesson-topic = ejournal: a recorded lesson keeps the topic it was given with
trigger-lesson-recorded-on-day = ejournal: a lesson is recorded on its day or later
trigger-lesson-recorded-by-write = ejournal: a lesson is recorded by the write that records it
trigger-session-row-kept = the session row may not be deleted: every write of the journal names its actor there
trigger-lock-by-command = ejournal: the lock is moved with `ejournal lock` and `ejournal unlock`
trigger-settings-not-replaced = ejournal: settings are changed, never replaced
trigger-settings-not-deleted = ejournal: settings are changed, never deleted
trigger-permit-unchangeable = ejournal: a permit cannot be changed, only revoked
trigger-permit-never-deleted = ejournal: a permit is never deleted (revoke it)

## Locked dates (db::lock).
lock-date-locked-until = { $date } is locked: the journal is locked up to { $until }
lock-date-locked-rolling = { $date } is locked: entries older than { $days ->
    [one] { $days } day
   *[other] { $days } days
} are locked (before { $limit })
lock-date-locked-rolling-grace = { $date } is locked: entries older than { $days ->
    [one] { $days } day
   *[other] { $days } days
} (+{ $grace ->
    [one] { $grace } day
   *[other] { $grace } days
} to check written work) are locked (before { $limit })
lock-refused = { $date } is locked: nothing on a locked date can be added, changed or deleted (see `ejournal lock status`)
lock-calendar-refused = { $what } would change the calendar on a locked date: the lessons and final marks of locked dates stay as they are; a deputy can `ejournal unlock` with a reason
lock-calendar-refused-until = { $what } would change the calendar on a locked date (the journal is locked up to { $until }): the lessons and final marks of locked dates stay as they are; a deputy can `ejournal unlock` with a reason
lock-period-has-finals = { $what }: the period already has final marks, so its dates stay as they are
lock-context-move = moving the lock to "{ $value }"
lock-context-rolling = setting the rolling lock to { $value }
lock-context-history = reading the lock's history
lock-stored-older-than = "{ $value }" is neither a number of days nor off
lock-stored-not-json = the lock change is not JSON: { $error }
lock-stored-no-setting = the lock change names no setting

## Permits and the entry window (db::permits).
permit-named-does-not-open = permit { $permit } does not open this entry (it is revoked, expired or does not cover this lesson: see `ejournal permit list --all`); { $late }
permit-late = { $date } is outside the entry window: entries for a lesson of { $date } are accepted until { $deadline } ({ $line }), and today is { $today }; ask a deputy for a permit: `ejournal permit add --class … --subject … --from { $date } --to { $date } --reason …`
permit-line-lesson-day = the lesson day
permit-line-window = { $days ->
    [one] { $days } day
   *[other] { $days } days
} of the entry window
permit-line-grace = { $days ->
    [one] { $days } day
   *[other] { $days } days
} to check written work
permit-stored-days = "{ $value }" is not a number of days
permit-context-list = reading permits
permit-context-read = reading permit { $id }
permit-context-record = recording the permit
permit-context-revoke = revoking permit { $id }
permit-context-session = reading the session
permit-context-name = naming the permit in the session
