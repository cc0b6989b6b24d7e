# imports messages (English). Every id here is also in ../ru/imports.ftl.ftl.

## Row problems of the imports (commands::import).
import-duplicate-absence = the same lesson of this student is already on line { $line }
import-access-not-a-role = "{ $value }" is not a role here (ученик/student or родитель/parent)
import-outside-year = { $date } is outside the academic year
import-duplicate-view = the same view is already on line { $line }
import-grade-one = { $class } is grade 1: no marks (безотметочное обучение)
import-final-not-attended = did not attend { $class } { $subject } during { $period }
import-duplicate-final = the same final mark is already on line { $line }
import-final-locked = { $period } ends on { $date }, which is locked: its final marks cannot change
import-course-not-in-load = { $why }: the course must be in the teaching load
import-student-in-class = student in { $class }
import-already-in-group = already in group { $group } of { $subject } on line { $line }
import-not-hours = "{ $value }" is not a number of hours
import-hours-range = { $value } hours a week: it must be more than 0 and at most 40
import-member-of-staff = member of staff
import-teacher-not-in-staff = { $why }: the teacher must be in staff
import-duplicate-course = duplicate: { $class } { $subject }{ $group } is already on line { $line }
import-taught-in-groups = { $class } { $subject } is already taught in groups; name the group
import-taught-to-class = { $class } { $subject } is already taught to the whole class, not in groups
import-lessons-details = { $recorded } recorded as given, { $already } already recorded, { $words } with the teacher's topic or homework
import-lesson-not-yet = { $why }: a lesson is recorded on its day or later
import-lesson-locked = { $why }; a locked lesson is not recorded

## Every import (commands::import::import_file).
import-bad-delimiter = "{ $value }" is not a one-character delimiter (or 'tab')
import-unknown-column = column "{ $column }" is not read (unknown column)
import-strict-refused = { $file }: { $count } unknown column(s) and --strict; nothing was imported
import-warning = { $file }: warning: { $text }
import-total-row-skipped = { $file }:{ $line }: warning: row "{ $row }" skipped (a total row, not data)
import-stopped-reading = stopped reading at line { $line } after { $count } problems
import-no-rows = the file has a header but no rows
import-refused = { $file }: { $problems } problem(s) in { $rows } row(s); nothing was imported
import-dry-run = { $file }: dry run, nothing written; it would give: { $summary }
import-summary = { $read } rows read, { $added } added, { $updated } updated, { $unchanged } unchanged{ $removed ->
    [0] {""}
   *[other] , { $removed } removed
}
import-empty = is empty
import-not-a-number = "{ $value }" is not a number
import-not-whole = "{ $value }" is not a whole number
import-out-of-range = { $value } is outside { $min }–{ $max }

# The CSV file read as a stream.
stream-reading-file = reading { $file }
stream-reading-stdin = reading standard input
