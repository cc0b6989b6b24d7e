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

## Reading a file (input): the header, the rows, a workbook, a grid, a КТП of ЕДСОО.
input-missing-column = missing required column "{ $column }" ({ $key }){ $or }
input-missing-column-or = , or "{ $column }"
input-no-rows = the file has no rows
input-header-not-right = { $file }: the header row is not right; nothing was imported
input-column-twice = column "{ $column }" appears twice
input-header-ambiguous = both "{ $column }" and { $others } are in the header (ambiguous): keep either "{ $column }" or the separate columns, not both
input-row-short = row has { $cells } cells, the header has { $width }
input-row-long = row has { $cells } cells, the header has { $width }: is a delimiter inside a value that is not in quotes?
input-not-csv = { $file }: not readable as CSV ({ $error })
input-old-workbook = { $file }: .{ $ext } workbooks are not read: save the sheet as .xlsx («Книга Excel») or as CSV
input-reading-stdin = reading standard input
input-reading-file = reading { $file }
input-xlsx-not-csv = { $file }: this is a spreadsheet (.xlsx), not CSV: give the file an .xlsx name
input-xls-not-csv = { $file }: this is an Excel 97–2003 workbook (.xls), not CSV: save it as .xlsx or CSV
input-sheet-empty = { $file }: sheet "{ $sheet }" is empty (the sheets are: { $sheets }; choose one with --sheet)
sheet-opened-twice = the sheet was opened twice
sheet-reader-stopped = the reader stopped
sheet-damaged-because = the workbook is damaged and cannot be read ({ $why })
sheet-damaged = the workbook is damaged and cannot be read
sheet-cannot-start = cannot start reading the workbook: { $error }
sheet-not-xlsx-or-damaged = not an .xlsx workbook, or a damaged one ({ $error })
sheet-cannot-read = sheet "{ $sheet }" cannot be read ({ $error })
sheet-too-big = the workbook is { $size } MB; an import reads workbooks up to { $max } MB (save a large list as CSV)
sheet-xls = this is an Excel 97–2003 workbook (.xls) or a password-protected one, not .xlsx: save it as «Книга Excel (.xlsx)» without a password
sheet-text-file = not an .xlsx workbook but a text file: a CSV file needs a .csv name
sheet-too-many-parts = not an .xlsx workbook: its package has { $count } parts
sheet-damaged-error = the workbook is damaged ({ $error })
sheet-damaged-part = the workbook is damaged: its part { $part } ({ $error })
sheet-part-too-big = its part { $part } unpacks to more than { $size } MB; an import reads sheets of up to { $max } MB of XML (save a large list as CSV)
sheet-unpacks-too-big = the workbook unpacks to more than { $size } MB; an import reads sheets of up to { $max } MB of XML (save a large list as CSV)
sheet-no-such-sheet = no sheet "{ $sheet }" (the sheets are: { $sheets })
sheet-no-sheets = the workbook has no sheets
sheet-sheet-damaged = sheet "{ $sheet }" is damaged ({ $error })
sheet-cell-outside = sheet "{ $sheet }" has a value in cell { $cell }, outside the columns A–IV and rows 1–{ $rows } an import reads
grid-class-twice = class { $class } has two columns (the other is "{ $other }")
grid-not-a-class-column = { $why }: every column right of the lesson numbers is a class
grid-lesson-empty = is empty: which lesson of the day is this row?
grid-not-a-lesson-number = "{ $value }" is not a lesson number (1–12)
grid-day-empty = is empty, and no day is named above this row
edsoo-section-total = «Итого по разделу» says { $said } hours, the lessons of the section above it{ $from } add up to { $sum }
edsoo-from-line = (from line { $line })
edsoo-program-total = «Общее количество часов по программе» says { $said }, the lessons above it add up to { $sum }
edsoo-negative-hours = { $value } hours is less than none
# A column's header quoted inside a message.
input-quoted = "{ $text }"
