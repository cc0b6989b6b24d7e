# journal messages (English). Every id here is also in ../ru/journal.ftl.

## Marks, absence codes, final marks (domain::marks).
mark-not-a-mark = "{ $value }" is not a mark (1–5, зч, нз)

## Dates (domain::date).
date-excel-number = "{ $value }" is not a date: it looks like an Excel day number; format the column as a date
date-not-a-date-expected = "{ $value }" is not a date (expected dd.mm.yyyy or YYYY-MM-DD)
date-year-four-digits = "{ $value }": the year must have four digits
date-not-real = "{ $value }" is not a real date
date-not-a-date = "{ $value }" is not a date
date-not-a-weekday = "{ $value }" is not a weekday (1–6 or Пн…Сб)

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
trigger-entry-never-rewritten = ejournal: a mark's entry is never rewritten
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

## The journal file (db::mod).
db-exists = { $path } already exists: init makes a new journal and never touches an existing one
db-missing = no journal at { $path }: create one with `ejournal init --school NAME --year 2023/2024`, or point --db / EJOURNAL_DB at it
db-no-schema = { $path } is not an ejournal journal (no schema version)
db-newer = { $path } was written by a newer ejournal (schema { $version }, this build knows { $known })
db-not-sqlite = { $path } is not a journal: it is not an SQLite database file
db-damaged = { $path } is damaged (SQLite finds its pages malformed): restore the journal from a backup
db-cannot-open = cannot open the journal { $path }: the file or its folder cannot be read
db-read-only = the journal { $path } cannot be written: the file or its folder is read-only
db-disk-full = the journal { $path } cannot be written: the disk is full
db-disk-error = the journal { $path } cannot be read or written: the disk reports an error
db-session-missing = the journal's session row is missing: the file was changed outside ejournal
db-warning-changed-outside = warning: the journal was changed outside ejournal since its last write; those records are sealed apart as evidence (see `ejournal verify`)
db-migration-failed = migration { $n } failed: { $why }
db-context-collation = registering the RU collation
db-context-functions = registering the SQL functions of the journal
db-context-entry = recording who enters the marks
db-context-create = creating { $path }
db-context-wal = switching { $path } to WAL
db-context-schema = creating the schema in { $path }
db-context-upgrade = upgrading the schema of { $path }
db-context-commit = committing to the journal
db-context-read-schema = reading the journal's schema
db-context-copy = copying the journal to { $path }
db-context-open = opening { $path }

## The school calendar as the journal holds it (db::calendar, db::periods).
calendar-no-period-semesters = { $class } has no period { $code }: grade { $grade } is assessed by semesters H1, H2 and the year Y
calendar-no-period-quarters = { $class } has no period { $code }: grade { $grade } is assessed by quarters Q1–Q4 and the year Y
calendar-outside-year = { $date } is outside the academic year { $start } – { $end }
calendar-no-period = the calendar has no period { $code }
calendar-stored-grades = "{ $value }" is not a list of grades

## Classes, courses, people by name (db::classes, db::courses, db::people).
class-unknown = there is no class { $class } in the journal (see `ejournal class list`; classes come from the roster)
course-no-subject = { $class } has no subject "{ $subject }" in the teaching load
course-in-groups = { $class } { $subject } is taught in groups ({ $groups }): name the group
course-whole-class = { $class } { $subject } is taught to the whole class, not in groups
course-no-group = { $class } { $subject } has no group "{ $group }" (groups: { $groups })
course-context-read = reading course { $id }
course-context-class = reading a class's courses
people-not-found = no { $what } named "{ $name }"
people-ambiguous-birth-date = "{ $name }" could be any of { $count } people ({ $what }): { $names } — add the birth date after the name
people-ambiguous-fio = "{ $name }" could be any of { $count } people ({ $what }): { $names } — give the full ФИО
people-what-student = student in { $class }
people-what-staff = member of staff

## Lessons, students and work types a request names (db::resolve, db::requests).
resolve-not-enrolled = the student was not in { $class } on { $date } (in the class: { $when })
resolve-not-in-group = the student is not in group { $group } of { $class } { $subject }
resolve-no-lesson-timetable = { $course } has no lesson on { $date } (not in its timetable that day; see `ejournal lesson list`)
resolve-no-lesson-not-study-day = { $course } has no lesson on { $date } (not a study day; see `ejournal lesson list`)
resolve-several-lessons = { $course } has { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
} on { $date } (№ { $numbers }): give the lesson number
resolve-no-lesson-number = { $course } has no lesson № { $no } on { $date } (it has № { $numbers })
resolve-not-a-work-type = "{ $value }" is not a work type (allowed: { $allowed })
resolve-future = { $date } is in the future (today is { $today })
request-future-mark = { $error }: marks are entered on the lesson day
request-grade-one = { $class } is grade 1: no marks (безотметочное обучение), only attendance and topics
request-absent = is absent ({ $code }) in that lesson: a mark and an absence Н/Б/У cannot both stand
request-no-lessons-of-day = { $class } has no lessons for this student on { $date }
request-has-mark = the student has a mark in { $subject }{ $group } that lesson: a mark and an absence { $code } cannot both stand

## Values stored in the journal, and how a row is named when one does not read.
period-stored-not-a-period = "{ $value }" is not a period
final-stored-not-a-final-mark = "{ $value }" is not a final mark
journal-kind-missing = the journal does not say whether it is real or a training journal
journal-kind-context-write = recording whether the journal is a training journal
journal-kind-context-read = reading whether the journal is a training journal
settings-stored-week-days = "{ $value }" is not 5 or 6
error-row-id = id { $id }
error-row-code = code { $code }
error-row-key = key { $key }
error-row-lesson-student = lesson { $lesson }, student { $student }

## What the journal was doing when SQLite failed (the context of an error).
db-adding-class = adding class { $name }
db-adding-course = adding a course
db-adding-holiday = adding a holiday
db-adding-period = adding period { $code }
db-adding-plan-lesson = adding lesson { $lesson_no } to the КТП
db-adding-remark = adding the remark
db-adding-setting = adding setting { $key }
db-adding-staff = adding { $name } to staff
db-adding-student = adding student { $name }
db-adding-subject = adding subject { $clean }
db-adding-timetable = adding to the timetable
db-adding-work-type = adding work type { $name }
db-binding-plan-lesson = binding lesson { $lesson_id } to the КТП
db-changing-absence = changing absence { $id }
db-changing-course = changing a course
db-changing-mark = changing mark { $id }
db-changing-period = changing period { $code }
db-changing-plan-lesson = changing lesson { $lesson_no } of the КТП
db-changing-setting = changing setting { $key }
db-correcting-enrolment = correcting enrolment { $id }
db-counting-classes-lessons = counting classes and lessons
db-counting-open-remarks = counting open remarks
db-counting-overdue-remarks = counting overdue remarks
db-counting-periods-holidays = counting periods and holidays
db-counting-student-entries = counting the entries of student { $student_id }
db-dating-demo = dating the demo's writes on { $date }
db-deleting-absence = deleting absence { $id }
db-deleting-lesson = deleting lesson { $id }
db-deleting-mark = deleting mark { $id }
db-ending-enrolment = ending enrolment { $id }
db-enrolling-student = enrolling student { $student_id }
db-finding-login = finding the member of staff with login "{ $login }"
db-joining-group = putting student { $student_id } into a group
db-leaving-group = taking student { $student_id } out of a group
db-looking-for-mark = looking for a mark
db-looking-up-class = looking up a class
db-looking-up-subject = looking up subject { $name }
db-making-lesson = making a lesson on { $date }
db-reading-absences = reading absences
db-reading-attendance = reading who attends each course
db-reading-audit = reading the audit trail
db-reading-chain = reading the journal's chain
db-reading-class-list = reading the class list
db-reading-class-names = reading class names
db-reading-class-subjects = reading a class's subjects
db-reading-class-teacher = reading the class teacher of class { $class_id }
db-reading-classes = reading classes
db-reading-course = reading a course
db-reading-course-absences = reading a course's absences
db-reading-course-lessons = reading a course's lessons
db-reading-course-teacher = reading the teacher of course { $course_id }
db-reading-courses = reading courses
db-reading-enrolments = reading enrolments
db-reading-final-mark = reading a final mark
db-reading-final-marks = reading final marks
db-reading-group-members = reading group members
db-reading-guardian = reading the parent of student { $student_id }
db-reading-history = reading the journal's history
db-reading-holidays = reading holidays
db-reading-led-classes = reading the classes a class teacher leads
db-reading-lesson = reading lesson { $lesson_id }
db-reading-lessons = reading lessons
db-reading-load = reading the teaching load
db-reading-mark = reading mark { $id }
db-reading-marks = reading marks
db-reading-periods = reading periods
db-reading-plan = reading the КТП
db-reading-plan-hours = reading the КТП's hours
db-reading-recorded-lessons = reading the recorded lessons of course { $course_id }
db-reading-remarks = reading remarks
db-reading-setting = reading setting { $key }
db-reading-settings = reading settings
db-reading-staff = reading staff
db-reading-staff-logins = reading staff logins
db-reading-staff-names = reading staff names
db-reading-staff-roles = reading the roles of staff { $staff_id }
db-reading-student-absences = reading the student's absences
db-reading-student-enrolments = reading the enrolments of student { $student_id }
db-reading-student-lesson-marks = reading the student's marks in the lesson
db-reading-students = reading students
db-reading-substitute-lessons = reading the lessons a substitute took
db-reading-table = reading { $table }
db-reading-teacher-courses = reading the courses a teacher teaches
db-reading-teachers = reading teachers
db-reading-timetable = reading the timetable
db-reading-work-type = reading work type { $id }
db-reading-work-types = reading work types
db-reading-write-time = reading the time of this write
db-recording-import = recording the import of { $file }
db-recording-lesson = recording lesson { $lesson_id }
db-recording-lesson-given = recording lesson { $lesson_id } as given
db-removing-holiday = removing holiday { $id }
db-removing-plan-lesson = removing a lesson from the КТП
db-removing-timetable = removing from the timetable
db-renaming-student = renaming student { $name }
db-resolving-remark = resolving remark { $id }
db-sealing-history = sealing the journal's history
db-setting-class-teacher = setting a class teacher
db-setting-substitute = putting a substitute on lesson { $lesson_id }
db-unbinding-plan-lesson = unbinding a lesson from the КТП
db-updating-staff = updating { $name } in staff
db-writing-access-log = writing the access log
db-writing-as = writing as { $actor } on { $date }
db-writing-guardian = writing the parent of student { $student_id }

## The values tables show in words: calendar kinds (domain::calendar::CalendarKind), audit actions and entities (db::audit). CSV and JSON keep the stable English value.
calendar-kind-year = year
calendar-kind-period = period
calendar-kind-holiday = holiday
calendar-kind-day-off = day_off
audit-action-insert = insert
audit-action-update = update
audit-action-delete = delete
audit-entity-mark = mark
audit-entity-final-mark = final_mark
audit-entity-absence = absence
audit-entity-enrolment = enrolment
audit-entity-holiday = holiday
audit-entity-period = period
audit-entity-lesson = lesson
audit-entity-permit = permit
audit-entity-staff = staff
audit-entity-lock = lock
audit-entity-setting = setting

# An import's marks audited as one batch (migration 017).
db-context-batch = recording the import's marks in the audit trail
trigger-batch-opened-once = ejournal: an import batch is opened once, with both bounds
## Names (domain::fio) and roles (domain::roles).
fio-not-a-name = "{ $value }" is not a name (it has '{ $char }')
fio-cannot-split = "{ $value }" cannot be split into surname, name and patronymic: give at least surname and name
fio-too-many-words = "{ $value }" has { $count } words: expected surname, name and patronymic
fio-initials = "{ $value }": write the name in full, not initials ("{ $word }")
fio-too-long = "{ $word }" is too long for a name: more than { $max } characters
fio-no-name = no name given
fio-surname-and-name = "{ $value }": give at least surname and name
role-not-a-role = "{ $value }" is not a role (one of: { $roles }; a post like «учитель математики» or «заместитель директора по УВР» is read as its role)
