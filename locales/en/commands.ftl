# commands messages (English). Every id here is also in ../ru/commands.ftl.ftl.

## lock, unlock
lock-older-than-invalid = "{ $value }" is not a number of days 1–365 or off
lock-what-lock = lock
lock-what-unlock = unlock
lock-only-forward = the journal is locked up to { $date }: a lock only moves forward (to unlock, a deputy runs `ejournal unlock --until D --reason …`)
lock-locked-until = locked: every date up to { $date }
lock-rolling-on = rolling lock: entries older than { $days ->
    [one] { $days } day
   *[other] { $days } days
} are locked at every write
lock-rolling-off = rolling lock: off
lock-reason-empty = --reason must say why
lock-nothing-locked = nothing is locked
lock-unlock-moves-back = the journal is locked up to { $date }; unlock moves the lock back
lock-unlocked-after = unlocked after { $date }: dates up to { $date } stay locked
lock-unlocked-all = unlocked: no date is locked
lock-status-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
lock-status-off = off
lock-status-before = before { $date }
lock-change-unlocked = unlocked
lock-change-locked-until = locked up to { $date }
lock-change-rolling-off = rolling lock off
lock-change-rolling = rolling lock { $days ->
    [one] { $days } day
   *[other] { $days } days
}

## roles: who may write what
roles-need-deputy = a deputy (заместитель) or the director
roles-need-structure = the technician (электроник), a deputy or the director
roles-need-journal = a teacher, a class teacher, a deputy or the director
roles-not-staff = "{ $actor }" is not a member of staff: every change to the journal is made by one (set --actor / EJOURNAL_ACTOR to your ФИО as the staff list has it)
roles-without-role = without a role
roles-refused = only { $need } can { $what }; "{ $actor }" is { $roles } in staff
roles-not-teaching = "{ $actor }" does not teach { $course }: only its teacher, the substitute who took the lesson, a deputy (заместитель) or the director may write in its journal
roles-not-absences = "{ $actor }" does not teach { $course }: only its teacher, the substitute who took the lesson, the class teacher (классный руководитель), a deputy (заместитель) or the director may record its absences
roles-not-reasons = "{ $actor }" is not the class teacher of { $class }: only the class teacher (классный руководитель), a deputy (заместитель) or the director may set the reasons Б and У or take them away; a subject teacher records Н and О

## dispatch: the actions a refusal names ("only … can { $what }")
dispatch-what-calendar = change the calendar
dispatch-what-settings = change the settings
dispatch-what-logins = link staff to logins
dispatch-what-remarks = add or resolve remarks
dispatch-what-access-log = import the portal's access log
dispatch-what-import-journal = import marks, absences or final marks
dispatch-what-import-lessons = import lessons given
dispatch-what-import-structure = import the school's structure
dispatch-what-generate-lessons = generate lessons
dispatch-what-lesson = record a lesson
dispatch-what-marks = enter marks
dispatch-what-absences = record absences
dispatch-what-finals = set final marks
dispatch-what-leave = record a student leaving

## context, identity: today and who is at the keyboard
context-today-invalid = EJOURNAL_TODAY: { $error }
context-today-real = EJOURNAL_TODAY is honoured only in a training journal (учебный журнал, made by `ejournal init --training`): this journal is real and always takes today from the system clock; unset EJOURNAL_TODAY
identity-login-unlinked = the login "{ $login }" is not linked to a member of staff: once logins are linked, every change is made from one's own login (a deputy links it: `ejournal staff set-login "ФИО" --login { $login }`)
identity-login-owned = the login "{ $login }" is { $owner }'s, who writes as himself: only a deputy (заместитель) or the director may enter something for someone else (--actor "{ $named }")

## output: the files the tool writes
output-target-folder = { $path } is a folder: name a file to write (--out FILE)
output-target-database = { $path } is a SQLite database (a journal?): ejournal never writes a document over one; name another file
output-target-database-file = { $path } belongs to the database { $base }: ejournal never writes over it
output-copying = copying { $from } to { $to }
output-writing = writing { $path }
output-renaming = renaming { $from } to { $to }
output-dir-is-file = { $path } is a file, not a folder: name a folder for the documents
output-creating = creating { $path }

## permit
permit-what-issue = issue a permit
permit-what-revoke = revoke a permit
permit-reason-empty = --reason must say why
permit-from-after-to = --from { $from } is after --to { $to }
permit-until-past = --until { $until } is before today ({ $today }): a permit is for writes from now on
permit-whom-school = the whole school
permit-whom-class = { $class }
permit-whom-course = { $course }
permit-added = permit { $id }: late entries for lessons of { $from } – { $to } in { $whom }, until the end of { $until }
permit-no-such = there is no permit { $id } (see `ejournal permit list --all`)
permit-already-revoked = permit { $id } was already revoked on { $at }
permit-revoked = permit { $id } revoked

## backup, restore
backup-exists = { $path } already exists: a backup never replaces another
backup-verifying = verifying the backup { $path }
backup-done = backup: { $path } ({ $size } MB, { $seconds } s), fingerprint { $fingerprint }
backup-removed-old = backup: removed the older { $path }
backup-finding = ejournal: backup: { $check }: { $table } { $problem }
backup-kept-with-problems = ejournal: the backup is kept, but `verify` found { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in it (the journal has them too): see `ejournal verify`
backup-reading = reading { $path }
backup-removing = removing { $path }
restore-not-sqlite = { $file } is not a backup of a journal (not a SQLite database)
restore-verifying = verifying { $file }
restore-does-not-verify = { $file } does not verify ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
}): it is not restored
restore-other-school = { $file } is a backup of { $their_school } { $their_year }, and { $journal } is the journal of { $our_school } { $our_year }: add --force to replace it anyway
restore-keeping = keeping { $journal } as { $kept }
restore-kept = restore: the replaced journal is kept as { $kept }
restore-done = restore: { $journal } restored from { $file } (fingerprint { $fingerprint })

## audit
audit-entity-unknown = "{ $entity }" is not something the audit records (one of: { $entities })

## settings
settings-meaning-rounding-threshold = the suggested mark rounds up from this fraction (0.5: 3.5 → 4)
settings-meaning-accumulation-per-hour = minimum marks per quarter = this × hours a week + base
settings-meaning-accumulation-base = minimum marks per quarter = per_hour × hours a week + this
settings-meaning-week-days = study days a week: 5 or 6
settings-meaning-school-name = the school's name, as documents print it
settings-meaning-entry-window-days = days after the lesson day that entries are accepted (plus a work type's checking grace); later: a deputy's permit
settings-not-a-number = "{ $value }" is not a number
settings-out-of-range = { $key } must be between { $lo } and { $hi }
settings-week-days = week_days is 5 or 6
settings-school-name-empty = the school's name cannot be empty
settings-entry-window-days = entry_window_days is a number of days, 0–365
settings-lock-elsewhere = the lock is moved with `ejournal lock` and `ejournal unlock`
settings-unknown = "{ $key }" is not a setting that can be changed (one of: { $keys })
settings-what-entry-window = change the entry window

## calendar
calendar-what-remove-holiday = removing holiday { $id }
calendar-no-such-holiday = there is no holiday with id { $id } (see `ejournal calendar show`)
calendar-holiday-removed = removed holiday { $id }
calendar-from-after-to = --from { $from } is after --to { $to }
calendar-range-outside-year = { $from } – { $to } is outside the academic year { $start } – { $end }
calendar-what-period = { $period } { $from } – { $to }
calendar-outside-year-period = { $periods } would fall outside the year period Y (change Y first)
calendar-periods-overlap = { $period } { $from } – { $to } would overlap { $others }
calendar-period-set = { $period } ({ $name }) is now { $from } – { $to }
calendar-what-holiday = a holiday { $from } – { $to }
calendar-holiday-grades = { $count ->
    [one] {" "}for grade { $grades }
   *[other] {" "}for grades { $grades }
}
calendar-holiday-added = added holiday { $id }: { $from } – { $to }{ $grades }

## final
final-grade-one = { $class } is grade 1: no marks (безотметочное обучение)
final-not-attended = { $student } did not attend { $course } during { $period }
final-change-needs-reason = { $student } already has { $current } for { $period }: changing a final mark needs --reason
final-set = { $period } { $course }, { $student }: { $mark } ({ $written } written)
final-accepted = { $period } { $class }: { $count ->
    [one] { $count } final mark
   *[other] { $count } final marks
} set from suggestions, { $already } already set{ $without }
final-accepted-without = , { $count } with no marks to suggest from
final-period-locked = { $period } ends on { $ends }, which is locked (the journal is locked up to { $until }): its final marks cannot change

## mark
mark-change-nothing = give the new --mark or --work-type
mark-select-how = name the mark: --id N, or --date, --class, --subject and --student
mark-no-such = no such mark (see `ejournal mark list`)
mark-several = that lesson has { $count } marks of this student: { $marks }; give --id or --old-mark
mark-reason-empty = --reason must say why
mark-locked-change = { $why }: its marks cannot be changed or deleted
mark-changed-what = changed from { $old } ({ $old_work_type }) to { $new } ({ $new_work_type })
mark-deleted-what = { $old } deleted
mark-changed = mark { $id } ({ $label }, { $date }): { $what }{ $permit }
mark-locked-date = date: { $why }
mark-added = mark { $id }: { $mark } for { $student } in { $class } { $subject } on { $date }{ $permit }
mark-under-permit = {" "}(under permit { $id })

## absence
absence-reason-empty = --reason must say why
absence-locked-date = date: { $why }
absence-added = { $class } { $student }: { $code } on { $date }: { $added ->
    [one] { $added } lesson
   *[other] { $added } lessons
} added, { $changed } changed{ $permit }
absence-none-to-change = { $student } has no absences on { $date } to change
absence-marked = code: the student has a mark in { $course } that lesson: a mark and an absence { $code } cannot both stand
absence-now = { $count ->
    [one] { $count } absence
   *[other] { $count } absences
} now { $code }
absence-deleted = { $count ->
    [one] { $count } absence
   *[other] { $count } absences
} deleted
absence-changed = { $class } { $student } on { $date }: { $what }

## lesson
lesson-set-nothing = give --topic, --homework or --teacher
lesson-from-after-to = --from { $from } is after --to { $to }
lesson-generate-kept = { $count ->
    [one] { $count } lesson no longer in the timetable stays: something was entered in it or its date is locked (see `ejournal lesson list`)
   *[other] { $count } lessons no longer in the timetable stay: something was entered in them or their date is locked (see `ejournal lesson list`)
}
lesson-generated = { $courses ->
    [one] { $courses } course
   *[other] { $courses } courses
}: { $created ->
    [one] { $created } lesson
   *[other] { $created } lessons
} created, { $removed } removed, { $bound ->
    [one] { $bound } КТП topic
   *[other] { $bound } КТП topics
} bound, { $from } – { $to }
lesson-generate-mismatched = { $count ->
    [one] { $count } course has
   *[other] { $count } courses have
} more timetable lessons than КТП hours or the reverse (column difference: lessons − КТП hours)
lesson-list-none = no lessons in that range: make them with `ejournal lessons generate`
lesson-text-too-long = { $option } { $error }
lesson-not-yet = { $course }: the lesson of { $date } has not taken place yet (today is { $today }); it is recorded on its day or later
lesson-locked = { $why }; a locked lesson keeps its topic, homework and record
lesson-recorded-given = lesson recorded as given
lesson-recorded-already-given = lesson recorded (it was already recorded as given)
lesson-recorded = lesson recorded
lesson-record-done = { $course } { $date }: { $what }{ $permit }

## init
init-created = created { $path }: { $school } { $year }, { $periods ->
    [one] { $periods } period
   *[other] { $periods } periods
}, { $holidays } holidays and days off, { $work_types ->
    [one] { $work_types } work type
   *[other] { $work_types } work types
}
init-school-empty = --school must name the school
init-school-invalid = --school { $error }
init-writing = writing the new journal

## student
student-not-in-class = { $student } is not in { $class } now
student-leave-before-join = { $student } joined { $class } on { $date }: he cannot leave before that
student-leave-outside-year = { $date } is outside the academic year { $start } – { $end }
student-leave-locked = { $why }: the class list of a locked date stays as it is
student-leave-entries = { $student } has { $count ->
    [one] { $count } mark or absence
   *[other] { $count } marks or absences
} in { $class } on or after { $date }: they would stand outside his class
student-left = { $student } left { $class } on { $date }

## staff
staff-login-invalid = --login must be a login name (as `id -un` prints it)
staff-login-taken = the login "{ $login }" is already linked to someone else; unlink it first (`ejournal staff set-login "…" --remove`)
staff-no-deputy-login = no deputy or director would have a login, and once any login is linked only linked logins may write: link a deputy's own login first (`ejournal staff set-login "ФИО" --login { $login }`)
staff-login-set = { $name }: login "{ $login }"
staff-login-removed = { $name }: no login

## plan
plan-none = this course has no КТП yet: ejournal import plan FILE --class … --subject …

## remark
remark-no-such = there is no open remark { $id } (see `ejournal remark list --open`)
remark-resolved = remark { $id } resolved
remark-text-empty = --text must say what to fix
remark-added = remark { $id }: { $course }, due { $due }

## verify
verify-fingerprint-invalid = --fingerprint { $fingerprint }: a fingerprint is 8 to 64 hex digits (0-9, a-f)
verify-findings = ejournal: { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}: the journal was changed outside ejournal, or is damaged
verify-intact = the journal is intact: { $records ->
    [one] { $records } history record
   *[other] { $records } history records
} in { $blocks ->
    [one] { $blocks } sealed block
   *[other] { $blocks } sealed blocks
}, every table as its history says; fingerprint { $fingerprint }

## report
report-from-after-to = --from { $from } is after --to { $to }
report-range-missing = give the range: --month 2023-10, --period Q1, --year, or --from D --to D
report-outside-year = { $range } is outside the school year of this journal ({ $from } – { $to }): name a range in it, or point --db at the journal of that year
report-needs-period = report { $report } is for a period: give --period Q1|…|Y
report-written = { $path }: { $count ->
    [one] { $count } shortfall
   *[other] { $count } shortfalls
} found

## archive
archive-year-not-over = the school year ends on { $date }: its archive is made after that (add --force to make one now, marked as made before the year's end)
archive-reading = reading { $path }
archive-not-empty = { $path } is not empty: an archive goes into a new folder
archive-read-only = making { $path } read-only
archive-done = archive: { $path } ({ $count ->
    [one] { $count } file
   *[other] { $count } files
}, fingerprint { $fingerprint }); check it with `cd { $path } && sha256sum -c MANIFEST.sha256`
archive-made-with-problems = ejournal: the archive is made, but `verify` found { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in the journal: see `ejournal verify`
archive-bad-file-name = { $name }: a file name sha256sum cannot list

## export
export-diary-format-deprecated = warning: --format { $format } is deprecated for export and the diary is always a PDF: drop it
export-format-deprecated = warning: --format { $format } is deprecated for export: use --as { $format }
export-why-semesters = grades 10–11 report by semesters
export-why-quarters = grades 2–9 report by quarters
export-skipping = { $period }: skipping { $classes } ({ $why })
export-copy-summary = { $class }: { $courses ->
    [one] { $courses } course
   *[other] { $courses } courses
}, { $marks ->
    [one] { $marks } mark
   *[other] { $marks } marks
}, { $absences ->
    [one] { $absences } absence
   *[other] { $absences } absences
}, { $finals ->
    [one] { $finals } final mark
   *[other] { $finals } final marks
}
export-finals-missing = warning: { $course }: { $count ->
    [one] { $count } final mark
   *[other] { $count } final marks
} of { $period } missing: { $students }

## export diary: printouts for parents on paper
diary-from-after-to = --from { $from } is after --to { $to }
diary-nobody-on-paper-school = { $path }: no class has students whose parents refused electronic access; nothing to print
diary-nobody-on-paper-class = { $path }: { $class } has no students whose parents refused electronic access; nothing to print
diary-no-students-school = no students in any class between { $from } and { $to }
diary-no-students-class = no students in { $class } between { $from } and { $to }
diary-written-school = { $path }: { $classes ->
    [one] { $classes } class
   *[other] { $classes } classes
} (a file per class), { $students ->
    [one] { $students } student
   *[other] { $students } students
}, { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}
diary-written-class = { $path }: { $students ->
    [one] { $students } student
   *[other] { $students } students
}, { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}

## demo: the closing lines on stderr
demo-not-training = { $path } is not a demo's training journal: the demo never replaces it; choose another --dir
demo-removing-old = removing the old demo journal { $path }
demo-journal = demo journal: { $path }
demo-files = from the school's files in { $path }:
demo-people = { $classes ->
    [one] { $classes } class
   *[other] { $classes } classes
}, { $students ->
    [one] { $students } student
   *[other] { $students } students
}, { $staff } staff
demo-structure = { $courses ->
    [one] { $courses } course
   *[other] { $courses } courses
}, { $group_places ->
    [one] { $group_places } group place
   *[other] { $group_places } group places
}, { $slots ->
    [one] { $slots } timetable slot
   *[other] { $slots } timetable slots
}, { $plan_files ->
    [one] { $plan_files } КТП file
   *[other] { $plan_files } КТП files
} with { $plan_lessons ->
    [one] { $plan_lessons } lesson
   *[other] { $plan_lessons } lessons
}
demo-lessons = kept to the end of the first quarter: { $lessons ->
    [one] { $lessons } lesson
   *[other] { $lessons } lessons
} a year generated from the timetable and КТП,
demo-entries = { $marks ->
    [one] { $marks } mark
   *[other] { $marks } marks
} and { $absences ->
    [one] { $absences } absence
   *[other] { $absences } absences
} in September–October, { $finals ->
    [one] { $finals } Q1 final mark
   *[other] { $finals } Q1 final marks
}; locked up to { $locked }
demo-moved-over = moved over from the previous system on { $date }: { $marks ->
    [one] { $marks } mark
   *[other] { $marks } marks
} and { $absences ->
    [one] { $absences } absence
   *[other] { $absences } absences
} late by then, under the deputy's whole-school permit № { $permit }
demo-recorded = lessons recorded by their teachers: { $on_the_day } on the lesson day, { $later } at the move under the permit, { $never } never (the { $subject } teacher records none)
demo-copies = paper copies of the first quarter ({ $count ->
    [one] { $count } file
   *[other] { $count } files
}; 10–11 report by semesters) in { $path }
demo-printouts = printouts for parents without electronic access ({ $count ->
    [one] { $count } file
   *[other] { $count } files
}) in { $path }
demo-reports = control reports (fill-rate, teachers, progress, attendance, forecast) in { $path }
demo-try = try:

## man
man-making-folder = making the folder { $path }
man-written = { $count ->
    [one] { $count } man page
   *[other] { $count } man pages
} in { $path }

## template
template-writing = writing the template: { $error }
template-extension = { $path }: a template is .xlsx or .csv
template-written = { $path }: the header row and one example row; fill it in and import it with `ejournal import { $kind }`
