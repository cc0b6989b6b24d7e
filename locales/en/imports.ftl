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

## The roster (commands::import::roster).
import-not-yes-no = "{ $value }" is not да or нет
roster-implausible-birth-date = { $date } is not a plausible birth date for this year's student
roster-enrolled-after-year = { $date } is after the end of the academic year ({ $end })
roster-not-email = "{ $value }" is not an email address
roster-duplicate-student = duplicate student: { $name } born { $date } is already on line { $line }
roster-no-birth-date = no birth date: write it after the name (Иванов Иван Иванович 12.03.2013) or add a column "Дата рождения"
roster-birth-date-empty = is empty: give the birth date here or after the name in "{ $column }"
roster-birth-dates-disagree = { $date } does not agree with the date after the name in "{ $column }" ({ $other })
roster-not-after-leaving = { $date } is not after the date he left his class ({ $left })

## The staff list (commands::import::staff).
staff-no-birth-dates = "{ $value }": a staff list has no birth dates: write the name alone
staff-duplicate = duplicate: { $name } is already on line { $line }
staff-class-teacher-twice = { $class } already has its class teacher on line { $line }
staff-deputy-roles = { $name }: only a deputy (заместитель) or the director may give or take the role of заместитель or директор

## The timetable (commands::import::timetable, timetable_grid).
timetable-sunday = Sunday is not a study day
timetable-saturday = Saturday is not a study day in a five-day week (init --six-day-week for six)
timetable-clash = { $class } { $day } lesson { $no }: { $label } clashes with { $other } on line { $line }
timetable-hours-differ = { $course }: { $lessons } lessons a week in the timetable, { $hours } hours in the load
timetable-teacher-clash = { $teacher } teaches { $classes } at the same time ({ $day } lesson { $no })
grid-no-class-column = no column is headed by a class (like 5А)
grid-no-load = { $class } has no teaching load: import the load first
grid-not-a-subject = "{ $value }" is none of the subjects { $class } is taught ({ $subjects })
grid-may-be = "{ $value }" may be { $subjects }: write the subject so that it names one
grid-or = { $first } or { $second }
grid-whole-class = { $class } { $subject } is taught to the whole class
grid-has-groups = { $class } { $subject } has groups { $groups }
grid-names-group = "{ $value }" names group { $group }, but { $why }

## The КТП (commands::import::plan).
plan-not-control-work = "{ $value }" is not a control-work mark (да or нет; or its hours, like 1)
plan-which-course = which course is { $file } for? give --class and --subject, or name the file like 5А_Математика.csv
plan-subject-with-class = give --subject with --class
plan-name-note = { $file }: note: "{ $rest }" at the end of the file name is not a group number and is ignored: the plan is for { $course }
plan-load-first = { $why }: import the teaching load first
plan-outside-year = { $date } is outside the academic year { $start } – { $end }
plan-duplicate-lesson = lesson { $no } is already on line { $line }
plan-numbers-gaps = lesson numbers are not 1…{ $count } without gaps
plan-few-hours = { $course }: the plan has { $hours } hours, little for { $per_week } hours a week
