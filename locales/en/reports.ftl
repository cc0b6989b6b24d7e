# reports messages (English). Every id here is also in ../ru/reports.ftl.ftl.

## Report titles and sections (render::report).
report-fill-title = Journal completion and accumulation of marks: { $scope }
report-fill-summary = Total (students counted as people)
report-fill-courses = By course (students of the course)
report-fill-classes = By class (students counted as people)
report-by-teacher = By teacher
report-by-school = Whole school
report-by-class = By class
report-by-subject = By subject
report-by-student = By student
report-teachers-title = Teachers' work with the class journal: { $scope }
report-teachers-summary = Whole school
report-accumulation-title = Accumulation of marks: { $scope } (fewer marks than the minimum)
report-accumulation-rows = Below the minimum
report-progress-title = Progress and quality of knowledge: { $scope }
report-progress-lists = Lists
report-attendance-title = Attendance: { $scope }
report-forecast-title = Forecast of marks: { $period } as of { $date }
report-forecast-rows = By student and subject

## Why a student is at risk (report forecast).
forecast-risk-average = weighted average { $average } below { $below }
forecast-risk-marks = { $marks } { $marks ->
    [one] mark
   *[other] marks
} of { $minimum } needed, { $days } { $days ->
    [one] day
   *[other] days
} to the period's end
forecast-risk-unexcused = { $count } unexcused { $count ->
    [one] absence
   *[other] absences
}

## The parents' printout (render::diary_pdf): its absences paragraph.
diary-missed = Missed { $count } { $count ->
    [one] lesson
   *[other] lessons
}, { $ill } of them through illness
diary-missed-none = No lessons missed
diary-late = late { $count } { $count ->
    [one] time
   *[other] times
}
diary-late-none = never late

## What a report covers (reports::scope): a month, a period, a range of dates.
report-scope-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
report-scope-period = { $period } ({ $from } – { $to })
period-name = { $code ->
    [Q1] 1st quarter
    [Q2] 2nd quarter
    [Q3] 3rd quarter
    [Q4] 4th quarter
    [H1] 1st half-year
    [H2] 2nd half-year
   *[Y] year
}
report-not-a-month = "{ $value }" is not a month (like 2023-10)

## What a report or a document was doing when it failed (error contexts).
err-reading-student-names = reading students' names
err-reading-absences = reading absences
err-reading-refused-classes = reading the classes with parents who refused electronic access
err-reading-course-teachers = reading the courses' teachers
err-reading-lessons = reading lessons
err-counting-marks = counting marks
err-reading-students = reading students
err-reading-access-log = reading the access log
err-reading-enrolments-guardians = reading enrolments and guardians
err-counting-unexcused = counting unexcused absences
err-reading-class-teacher = reading the class teacher
err-reading-classes = reading the classes
err-reading-final-marks = reading final marks
err-reading-report-courses = reading the courses of the report
err-reading-enrolments = reading enrolments
err-reading-course-students = reading the students of the courses
err-reading-lessons-held = reading lessons held
err-counting-missed = counting missed lessons
err-compressing-pdf = compressing the PDF
err-reading-class-students = reading the students of { $class }
err-reading-class-marks = reading the marks of { $class }
err-reading-class-absences = reading the absences of { $class }
err-reading-class-finals = reading the final marks of { $class }
err-reading-class-homework = reading the homework of { $class }
err-counting-class-lessons = counting the lessons given in { $class }
err-reading-class-remarks = reading the remarks on { $class }
err-reading-class-courses = reading the courses of { $class }
err-reading-role = reading who is { $role }
err-writing-workbook = writing the workbook: { $error }
err-writing-workbook-of = writing the workbook: { $what }: { $error }
err-loading-font = loading the embedded font: { $error }
err-subsetting-font = subsetting the font: { $error }
err-writing-csv = writing CSV: { $error }

## Formats a listing or a report is refused in (render).
render-rows-format = rows print as table, csv or json; pdf, xlsx and both are for `ejournal export paper --as` (reports also write xlsx with --out)
render-xlsx-needs-out = --format xlsx writes a file: give --out FILE.xlsx
render-pdf-needs-out = --format pdf writes a file: give --out FILE.pdf
render-format-mismatch = { $path } names a { $ext } file but --format (or EJOURNAL_FORMAT) says { $format }
render-report-formats = reports are written as table, csv, json, xlsx or pdf

## verify.
verify-pin-unknown = the fingerprint { $fingerprint } is not in this journal's history: the journal is not the one that fingerprint was printed from, or its history was rewritten
verify-foreign-key = refers to a row of { $table } that does not exist
verify-session-missing = the session row is missing: it was deleted outside ejournal
verify-session-filled = the session row was filled outside ejournal (actor { $actor }): writes made through it would be attributed falsely
verify-session-filled-no-actor = the session row was filled outside ejournal (actor none): writes made through it would be attributed falsely
verify-schema-missing = the { $kind } { $name } is missing
verify-schema-changed = the { $kind } { $name } is not the one this version creates
verify-schema-extra = the { $kind } { $name } is not one this version creates
verify-block-back = block { $block } goes back over earlier records ({ $range })
verify-block-mismatch = block { $block } of { $at } does not match its records: records { $range } were changed, added or removed after they were sealed
verify-outside-before = records written outside ejournal before { $at }: { $range }{ $sample }
verify-outside-since = records written outside ejournal since its last write: { $range }{ $sample }
verify-record = { $what } record { $to }
verify-records = { $what } records { $from }–{ $to }
verify-history = history
verify-audit = audit
verify-op-added = added
verify-op-changed = changed
verify-op-deleted = deleted
verify-op-recorded = recorded
verify-row-not-in-history = the row is not in the history: added outside ejournal (or its history removed)
verify-row-deleted = the row is in the history but not in the table: deleted outside ejournal
verify-column-differs = { $column } is { $now } but the history says { $was }
verify-row-differs = the row differs from its history
verify-changed-outside = changed outside ejournal: { $changes }
verify-reading-session = reading the session row
