# The English help of every command and option, as the code's doc comments write it:
# the source ../ru/help.ftl translates. Generated: EJOURNAL_BLESS=1 cargo test --release --test i18n

cmd-root = A Russian school's electronic class journal (электронный журнал) in one SQLite file
cmd-root-after =
    Examples:
    {"  "}ejournal demo                                    build the demo school in ./ejournal-demo
    {"  "}ejournal init --school "Гимназия № 24" --year 2023/2024
    {"  "}ejournal import roster roster.csv               Windows-1251 or UTF-8, ; or , — detected
    {"  "}ejournal student list --class 5А --format json

    Exit codes: 0 ok, 1 failure, 2 usage, 3 a report found shortfalls (--fail-on-issues),
    65 input data refused, 75 journal busy, 77 not allowed for this actor.

    Language: Russian; EJOURNAL_LANG=en (or LANG=en_US.UTF-8) gives English messages and help.
    CSV headers, JSON keys and exit codes are the same in both.
arg-root-db = The journal file
arg-root-actor = Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here
arg-root-format = How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file's extension). The documents `export paper` writes are chosen with its --as
arg-root-busy_timeout_ms = How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds
arg-root-wide = Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out
arg-root-quiet = No progress or chatter on stderr (errors still go there)
cmd-root-init = Create a new journal file with the default calendar, work types and settings
cmd-root-init-long =
    Create a new journal file with the default calendar, work types and settings

    Example: ejournal init --school "Гимназия № 24" --year 2023/2024
arg-root-init-school = The school's name, as documents print it
arg-root-init-year = The academic year, like 2023/2024
arg-root-init-six_day_week = The school works six days a week (Monday–Saturday)
arg-root-init-training = A training journal (учебный журнал), for rehearsal: only there may EJOURNAL_TODAY fix today, and every output says it is not a document. Set once, never changed
cmd-root-calendar = Show and change the school calendar: periods, holidays, days off
cmd-root-calendar-long =
    Show and change the school calendar: periods, holidays, days off

    Example: ejournal calendar add-holiday --from 2024-04-29 --to 2024-04-30 --name перенос
cmd-root-calendar-show = List the periods, holidays and days off
cmd-root-calendar-show-long =
    List the periods, holidays and days off

    Example: ejournal calendar show --format json
cmd-root-calendar-set-period = Change the dates of a period
cmd-root-calendar-set-period-long =
    Change the dates of a period

    Example: ejournal calendar set-period Q1 --from 01.09.2023 --to 27.10.2023
arg-root-calendar-set-period-period = Q1–Q4, H1, H2 or Y
arg-root-calendar-set-period-from = The first date (dd.mm.yyyy)
arg-root-calendar-set-period-to = The last date (dd.mm.yyyy)
cmd-root-calendar-add-holiday = Add holidays or a day off (a transferred day off: --from D --to D)
cmd-root-calendar-add-holiday-long =
    Add holidays or a day off (a transferred day off: --from D --to D)

    Example: ejournal calendar add-holiday --from 17.02.2024 --to 25.02.2024 --grades 1
arg-root-calendar-add-holiday-from = The first date (dd.mm.yyyy)
arg-root-calendar-add-holiday-to = The last date (dd.mm.yyyy)
arg-root-calendar-add-holiday-grades = Only for these grades, like 1 or 1-4 [default: every grade]
arg-root-calendar-add-holiday-name = What it is, like "перенос выходного дня"
cmd-root-calendar-remove-holiday = Remove a holiday by the id `calendar show` prints
cmd-root-calendar-remove-holiday-long =
    Remove a holiday by the id `calendar show` prints

    Example: ejournal calendar remove-holiday 7
arg-root-calendar-remove-holiday-id = Its number, as `list` shows it
cmd-root-import = Import school files (.csv or .xlsx): roster, staff, load, groups, timetable, КТП, marks, absences, final marks, access log
cmd-root-import-long =
    Import school files (.csv or .xlsx): roster, staff, load, groups, timetable, КТП, marks, absences, final marks, access log

    Example: ejournal import roster roster.csv --dry-run
cmd-root-import-roster = Students and their parents: Класс, Фамилия, Имя, Отчество (or one ФИО), Дата рождения, …
cmd-root-import-roster-long =
    Students and their parents: Класс, Фамилия, Имя, Отчество (or one ФИО), Дата рождения, …

    Example: ejournal import roster roster.csv
arg-root-import-roster-file = The file: .csv (or - for stdin) or .xlsx
arg-root-import-roster-dry_run = Check the file and report what would change, writing nothing
arg-root-import-roster-encoding = Force the CSV encoding [default: detected]
arg-root-import-roster-delimiter = Force the CSV delimiter: ';', ',', 'tab' [default: detected]
arg-root-import-roster-sheet = The .xlsx sheet to read [default: the first]
arg-root-import-roster-strict = Refuse a file with a column the import does not read [default: warn and go on]
cmd-root-import-staff = Staff: Фамилия, Имя, Отчество (or one ФИО), Роль, Класс (the class a class teacher leads)
cmd-root-import-staff-long =
    Staff: Фамилия, Имя, Отчество (or one ФИО), Роль, Класс (the class a class teacher leads)

    Example: ejournal import staff staff.xlsx
arg-root-import-staff-file = The file: .csv (or - for stdin) or .xlsx
arg-root-import-staff-dry_run = Check the file and report what would change, writing nothing
arg-root-import-staff-encoding = Force the CSV encoding [default: detected]
arg-root-import-staff-delimiter = Force the CSV delimiter: ';', ',', 'tab' [default: detected]
arg-root-import-staff-sheet = The .xlsx sheet to read [default: the first]
arg-root-import-staff-strict = Refuse a file with a column the import does not read [default: warn and go on]
cmd-root-import-load = Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа
cmd-root-import-load-long =
    Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа

    Example: ejournal import load load.xlsx
arg-root-import-load-file = The file: .csv (or - for stdin) or .xlsx
arg-root-import-load-dry_run = Check the file and report what would change, writing nothing
arg-root-import-load-encoding = Force the CSV encoding [default: detected]
arg-root-import-load-delimiter = Force the CSV delimiter: ';', ',', 'tab' [default: detected]
arg-root-import-load-sheet = The .xlsx sheet to read [default: the first]
arg-root-import-load-strict = Refuse a file with a column the import does not read [default: warn and go on]
cmd-root-import-groups = Groups of split classes: Класс, Предмет, Группа, Ученик
cmd-root-import-groups-long =
    Groups of split classes: Класс, Предмет, Группа, Ученик

    Example: ejournal import groups groups.csv
arg-root-import-groups-file = The file: .csv (or - for stdin) or .xlsx
arg-root-import-groups-dry_run = Check the file and report what would change, writing nothing
arg-root-import-groups-encoding = Force the CSV encoding [default: detected]
arg-root-import-groups-delimiter = Force the CSV delimiter: ';', ',', 'tab' [default: detected]
arg-root-import-groups-sheet = The .xlsx sheet to read [default: the first]
arg-root-import-groups-strict = Refuse a file with a column the import does not read [default: warn and go on]
cmd-root-import-timetable = Timetable: Класс, День, Урок, Предмет, Группа (a class's file replaces its timetable)
cmd-root-import-timetable-long =
    Timetable: Класс, День, Урок, Предмет, Группа (a class's file replaces its timetable)

    A grid is detected and read too: day and lesson number down, a column per class (5А, 9 А), subjects as schools write them (Матем., Англ. яз. (1 гр.) / Англ. яз. (2 гр.)).

    Example: ejournal import timetable timetable.xlsx
arg-root-import-timetable-file = The file: .csv (or - for stdin) or .xlsx
arg-root-import-timetable-dry_run = Check the file and report what would change, writing nothing
arg-root-import-timetable-encoding = Force the CSV encoding [default: detected]
arg-root-import-timetable-delimiter = Force the CSV delimiter: ';', ',', 'tab' [default: detected]
arg-root-import-timetable-sheet = The .xlsx sheet to read [default: the first]
arg-root-import-timetable-strict = Refuse a file with a column the import does not read [default: warn and go on]
cmd-root-import-plan = One course's КТП: № урока, Тема, Часов, Дата, Домашнее задание
cmd-root-import-plan-long =
    One course's КТП: № урока, Тема, Часов, Дата, Домашнее задание

    Without --class/--subject they are read from a file name like 5А_Математика.csv or 5А_Английский язык_1.xlsx (class_subject_group; anything after is ignored). The edsoo.ru «поурочное планирование» export is detected and read as it is.

    Example: ejournal import plan КТП.xlsx --class 5А --subject Математика
arg-root-import-plan-file = The file: .csv (or - for stdin) or .xlsx
arg-root-import-plan-dry_run = Check the file and report what would change, writing nothing
arg-root-import-plan-encoding = Force the CSV encoding [default: detected]
arg-root-import-plan-delimiter = Force the CSV delimiter: ';', ',', 'tab' [default: detected]
arg-root-import-plan-sheet = The .xlsx sheet to read [default: the first]
arg-root-import-plan-strict = Refuse a file with a column the import does not read [default: warn and go on]
arg-root-import-plan-class = The class, like 5А [default: from the file name]
arg-root-import-plan-subject = The subject [default: from the file name]
arg-root-import-plan-group = The group, for a split subject
cmd-root-import-marks = Marks: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа
cmd-root-import-marks-long =
    Marks: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа

    Example: ejournal import marks marks.csv
arg-root-import-marks-file = The file: .csv (or - for stdin) or .xlsx
arg-root-import-marks-dry_run = Check the file and report what would change, writing nothing
arg-root-import-marks-encoding = Force the CSV encoding [default: detected]
arg-root-import-marks-delimiter = Force the CSV delimiter: ';', ',', 'tab' [default: detected]
arg-root-import-marks-sheet = The .xlsx sheet to read [default: the first]
arg-root-import-marks-strict = Refuse a file with a column the import does not read [default: warn and go on]
cmd-root-import-absences = Absences: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (no subject: the whole day)
cmd-root-import-absences-long =
    Absences: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (no subject: the whole day)

    Example: ejournal import absences absences.csv
arg-root-import-absences-file = The file: .csv (or - for stdin) or .xlsx
arg-root-import-absences-dry_run = Check the file and report what would change, writing nothing
arg-root-import-absences-encoding = Force the CSV encoding [default: detected]
arg-root-import-absences-delimiter = Force the CSV delimiter: ';', ',', 'tab' [default: detected]
arg-root-import-absences-sheet = The .xlsx sheet to read [default: the first]
arg-root-import-absences-strict = Refuse a file with a column the import does not read [default: warn and go on]
cmd-root-import-access-log = The portal's access log: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)
cmd-root-import-access-log-long =
    The portal's access log: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)

    Example: ejournal import access-log portal.csv
arg-root-import-access-log-file = The file: .csv (or - for stdin) or .xlsx
arg-root-import-access-log-dry_run = Check the file and report what would change, writing nothing
arg-root-import-access-log-encoding = Force the CSV encoding [default: detected]
arg-root-import-access-log-delimiter = Force the CSV delimiter: ';', ',', 'tab' [default: detected]
arg-root-import-access-log-sheet = The .xlsx sheet to read [default: the first]
arg-root-import-access-log-strict = Refuse a file with a column the import does not read [default: warn and go on]
cmd-root-import-finals = Final marks: Класс, Предмет, Ученик, Период, Отметка, Группа
cmd-root-import-finals-long =
    Final marks: Класс, Предмет, Ученик, Период, Отметка, Группа

    Example: ejournal import finals finals.xlsx
arg-root-import-finals-file = The file: .csv (or - for stdin) or .xlsx
arg-root-import-finals-dry_run = Check the file and report what would change, writing nothing
arg-root-import-finals-encoding = Force the CSV encoding [default: detected]
arg-root-import-finals-delimiter = Force the CSV delimiter: ';', ',', 'tab' [default: detected]
arg-root-import-finals-sheet = The .xlsx sheet to read [default: the first]
arg-root-import-finals-strict = Refuse a file with a column the import does not read [default: warn and go on]
cmd-root-import-lessons = Lessons given (a teacher's register): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание
cmd-root-import-lessons-long =
    Lessons given (a teacher's register): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание

    Each row's lesson is recorded as given; a written Тема or Домашнее задание replaces the lesson's (the teacher's own words), an empty one keeps the КТП's.

    Example: ejournal import lessons журнал_5А_математика.xlsx
arg-root-import-lessons-file = The file: .csv (or - for stdin) or .xlsx
arg-root-import-lessons-dry_run = Check the file and report what would change, writing nothing
arg-root-import-lessons-encoding = Force the CSV encoding [default: detected]
arg-root-import-lessons-delimiter = Force the CSV delimiter: ';', ',', 'tab' [default: detected]
arg-root-import-lessons-sheet = The .xlsx sheet to read [default: the first]
arg-root-import-lessons-strict = Refuse a file with a column the import does not read [default: warn and go on]
cmd-root-class = List classes
cmd-root-class-long =
    List classes

    Example: ejournal class list
cmd-root-class-list = List classes by grade and letter, with class teacher and students today
cmd-root-class-list-long =
    List classes by grade and letter, with class teacher and students today

    Example: ejournal class list --format csv
cmd-root-student = List students, or record one leaving the class
cmd-root-student-long =
    List students, or record one leaving the class

    Example: ejournal student list --class 5А --format json
cmd-root-student-list = List students in Russian alphabetical order, as of today (or --on D)
cmd-root-student-list-long =
    List students in Russian alphabetical order, as of today (or --on D)

    Example: ejournal student list --class 5А --format json
arg-root-student-list-class = Only this class
arg-root-student-list-on = As of this date [default: today]
arg-root-student-list-all = Every enrolment of the year, including students who left or moved
cmd-root-student-leave = Record that a student left his class (the school): from --date on he is not in it
cmd-root-student-leave-long =
    Record that a student left his class (the school): from --date on he is not in it

    Example: ejournal student leave --class 5А --student "Жуков Матвей" --date 16.10.2023
arg-root-student-leave-class = The class, like 5А
arg-root-student-leave-student = The student: ФИО (a birth date after the name tells namesakes apart)
arg-root-student-leave-date = The first day he is no longer in the class
arg-root-student-leave-reason = Why (kept in the audit trail), like "переведён в другую школу"
cmd-root-staff = List staff
cmd-root-staff-long =
    List staff

    Example: ejournal staff list
cmd-root-staff-list = List staff in Russian alphabetical order with roles, class, teaching hours and login
cmd-root-staff-list-long =
    List staff in Russian alphabetical order with roles, class, teaching hours and login

    Example: ejournal staff list --format csv
cmd-root-staff-set-login = Link a member of staff to his operating-system login (deputy or director only)
cmd-root-staff-set-login-long =
    Link a member of staff to his operating-system login (deputy or director only)

    From then on he writes as himself from that login, whatever --actor says; once any login is linked, writes from unlinked logins are refused.

    Example: ejournal staff set-login "Белова Т.Н." --login belova
arg-root-staff-set-login-name = The member of staff (ФИО or "Фамилия И.О.")
arg-root-staff-set-login-login = The login (as `id -un` prints it)
arg-root-staff-set-login-remove = Unlink his login instead
cmd-root-course = List courses: subjects taught to classes and groups, with teacher and hours
cmd-root-course-long =
    List courses: subjects taught to classes and groups, with teacher and hours

    Example: ejournal course list --class 9А
cmd-root-course-list = List courses: class, subject, group, teacher, hours, students, КТП and timetable
cmd-root-course-list-long =
    List courses: class, subject, group, teacher, hours, students, КТП and timetable

    Example: ejournal course list --class 5А
arg-root-course-list-class = Only this class
cmd-root-plan = Show a course's thematic plan (КТП)
cmd-root-plan-long =
    Show a course's thematic plan (КТП)

    Example: ejournal plan show --class 5А --subject Математика
cmd-root-plan-show = Show a course's thematic plan in lesson order
cmd-root-plan-show-long =
    Show a course's thematic plan in lesson order

    Example: ejournal plan show --class 5А --subject "Английский язык" --group 1
arg-root-plan-show-class = The class, like 5А
arg-root-plan-show-subject = The subject, like Математика
arg-root-plan-show-group = The group, for a subject taught in groups
cmd-root-timetable = Show a class's timetable
cmd-root-timetable-long =
    Show a class's timetable

    Example: ejournal timetable show --class 5А
cmd-root-timetable-show = Show a class's weekly timetable, day by day
cmd-root-timetable-show-long =
    Show a class's weekly timetable, day by day

    Example: ejournal timetable show --class 5А
arg-root-timetable-show-class = The class, like 5А
cmd-root-lesson = Lessons: generate them from the timetable and КТП, list them, record topic and homework
cmd-root-lesson-long =
    Lessons: generate them from the timetable and КТП, list them, record topic and homework

    Example: ejournal lessons generate --class 5А
cmd-root-lesson-generate = Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order
cmd-root-lesson-generate-long =
    Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order

    Example: ejournal lessons generate --class 5А --from 01.09.2023 --to 27.10.2023
arg-root-lesson-generate-class = Only this class
arg-root-lesson-generate-from = First date [default: the start of the year]
arg-root-lesson-generate-to = Last date [default: the end of the year]
cmd-root-lesson-list = List a course's lessons: date, number, topic, homework, teacher
cmd-root-lesson-list-long =
    List a course's lessons: date, number, topic, homework, teacher

    Example: ejournal lesson list --class 5А --subject Математика --from 01.10.2023 --to 31.10.2023
arg-root-lesson-list-class = The class, like 5А
arg-root-lesson-list-subject = The subject, like Математика
arg-root-lesson-list-group = The group, for a subject taught in groups
arg-root-lesson-list-from = The first date (dd.mm.yyyy)
arg-root-lesson-list-to = The last date (dd.mm.yyyy)
cmd-root-lesson-set = Record a lesson's topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)
cmd-root-lesson-set-long =
    Record a lesson's topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)

    Example: ejournal lesson set --class 5А --subject Математика --date 12.10.2023 --homework "§ 5, № 112"
arg-root-lesson-set-class = The class, like 5А
arg-root-lesson-set-subject = The subject, like Математика
arg-root-lesson-set-group = The group, for a subject taught in groups
arg-root-lesson-set-date = The lesson's date
arg-root-lesson-set-lesson_no = The lesson's number in the day, when the course has two that day
arg-root-lesson-set-topic = The topic taught [default: the КТП's, or what was recorded]
arg-root-lesson-set-homework = The homework set [default: the КТП's, or what was recorded]
arg-root-lesson-set-teacher = The teacher who took the lesson (ФИО), when it was not the course's teacher
arg-root-lesson-set-reason = Why (kept in the audit trail)
arg-root-lesson-set-permit = Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]
cmd-root-lesson-confirm = Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply
cmd-root-lesson-confirm-long =
    Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply.

    Example: ejournal lesson confirm --class 5А --subject Математика --date 12.10.2023
arg-root-lesson-confirm-class = The class, like 5А
arg-root-lesson-confirm-subject = The subject, like Математика
arg-root-lesson-confirm-group = The group, for a subject taught in groups
arg-root-lesson-confirm-date = The lesson's date
arg-root-lesson-confirm-lesson_no = The lesson's number in the day, when the course has two that day
arg-root-lesson-confirm-topic = The topic taught [default: the КТП's, or what was recorded]
arg-root-lesson-confirm-homework = The homework set [default: the КТП's, or what was recorded]
arg-root-lesson-confirm-teacher = The teacher who took the lesson (ФИО), when it was not the course's teacher
arg-root-lesson-confirm-reason = Why (kept in the audit trail)
arg-root-lesson-confirm-permit = Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]
cmd-root-mark = Marks: add, list, change or delete (with a reason)
cmd-root-mark-long =
    Marks: add, list, change or delete (with a reason)

    Example: ejournal mark add --date 12.10.2023 --class 5А --subject Математика --student "Ёлкин Фёдор" --mark 5
cmd-root-mark-add = Add a mark for work in a lesson (several in one lesson are allowed, each with its work type)
cmd-root-mark-add-long =
    Add a mark for work in a lesson (several in one lesson are allowed, each with its work type)

    Example: ejournal mark add --date 12.10.2023 --class 5А --subject Математика --student "Ёлкин Фёдор" --mark 5 --work-type "Контрольная работа"
arg-root-mark-add-date = The lesson's date (dd.mm.yyyy)
arg-root-mark-add-class = The class, like 5А
arg-root-mark-add-subject = The subject, like Математика
arg-root-mark-add-group = The group, for a subject taught in groups
arg-root-mark-add-student = "Фамилия Имя [Отчество]" (add the birth date to tell namesakes apart)
arg-root-mark-add-lesson_no = The lesson's number in the day, when the course has two that day
arg-root-mark-add-permit = Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]
arg-root-mark-add-mark = 1–5, зч or нз
arg-root-mark-add-work_type = The work type (вид работы) [default: Ответ на уроке]
cmd-root-mark-list = List marks with date, subject, student, mark, work type and weight
cmd-root-mark-list-long =
    List marks with date, subject, student, mark, work type and weight

    Example: ejournal mark list --class 5А --subject Математика --from 01.10.2023 --to 31.10.2023 --format json
arg-root-mark-list-class = The class, like 5А
arg-root-mark-list-subject = The subject, like Математика
arg-root-mark-list-group = The group, for a subject taught in groups
arg-root-mark-list-student = "Фамилия Имя [Отчество]"
arg-root-mark-list-from = The first date (dd.mm.yyyy)
arg-root-mark-list-to = The last date (dd.mm.yyyy)
cmd-root-mark-change = Change a mark (the old value stays in the audit trail)
cmd-root-mark-change-long =
    Change a mark (the old value stays in the audit trail)

    Example: ejournal mark change --id 118 --mark 4 --reason "ошибка ввода"
arg-root-mark-change-id = The mark's id, as `mark list` shows it
arg-root-mark-change-date = The lesson's date (dd.mm.yyyy)
arg-root-mark-change-class = The class, like 5А
arg-root-mark-change-subject = The subject, like Математика
arg-root-mark-change-group = The group, for a subject taught in groups
arg-root-mark-change-student = The student: ФИО (a birth date after the name tells namesakes apart)
arg-root-mark-change-lesson_no = The lesson's number in the day, when the course has two that day
arg-root-mark-change-old_mark = Which of his marks in that lesson, when he has several: its value
arg-root-mark-change-permit = Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]
arg-root-mark-change-mark = The new value
arg-root-mark-change-work_type = The new work type
arg-root-mark-change-reason = Why (required; kept in the audit trail)
cmd-root-mark-delete = Delete a mark (it stays in the audit trail)
cmd-root-mark-delete-long =
    Delete a mark (it stays in the audit trail)

    Example: ejournal mark delete --id 118 --reason "поставлена не тому ученику"
arg-root-mark-delete-id = The mark's id, as `mark list` shows it
arg-root-mark-delete-date = The lesson's date (dd.mm.yyyy)
arg-root-mark-delete-class = The class, like 5А
arg-root-mark-delete-subject = The subject, like Математика
arg-root-mark-delete-group = The group, for a subject taught in groups
arg-root-mark-delete-student = The student: ФИО (a birth date after the name tells namesakes apart)
arg-root-mark-delete-lesson_no = The lesson's number in the day, when the course has two that day
arg-root-mark-delete-old_mark = Which of his marks in that lesson, when he has several: its value
arg-root-mark-delete-permit = Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]
arg-root-mark-delete-reason = Why (required; kept in the audit trail)
cmd-root-absence = Absences: Б ill, У excused, Н unexcused, О late
cmd-root-absence-long =
    Absences: Б ill, У excused, Н unexcused, О late

    Example: ejournal absence add --date 12.10.2023 --class 5А --student "Жуков Матвей" --code Н
cmd-root-absence-add = Record an absence: Б ill, У excused, Н unexcused, О late; without --subject, every lesson of the day
cmd-root-absence-add-long =
    Record an absence: Б ill, У excused, Н unexcused, О late; without --subject, every lesson of the day

    Example: ejournal absence add --date 12.10.2023 --class 5А --student "Жуков Матвей" --code Б
arg-root-absence-add-date = The lesson's date (dd.mm.yyyy)
arg-root-absence-add-class = The class, like 5А
arg-root-absence-add-student = "Фамилия Имя [Отчество]"
arg-root-absence-add-subject = Only this subject's lesson [default: every lesson of the day]
arg-root-absence-add-group = The group, for a subject taught in groups
arg-root-absence-add-lesson_no = The lesson's number in the day, when the course has two that day
arg-root-absence-add-permit = Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]
arg-root-absence-add-code = The absence code: Н (unexcused), Б (ill), У (excused), О (late)
cmd-root-absence-list = List absences with date, lesson, subject, student and code
cmd-root-absence-list-long =
    List absences with date, lesson, subject, student and code

    Example: ejournal absence list --class 5А --from 01.10.2023 --to 31.10.2023
arg-root-absence-list-class = The class, like 5А
arg-root-absence-list-subject = The subject, like Математика
arg-root-absence-list-group = The group, for a subject taught in groups
arg-root-absence-list-student = "Фамилия Имя [Отчество]"
arg-root-absence-list-from = The first date (dd.mm.yyyy)
arg-root-absence-list-to = The last date (dd.mm.yyyy)
cmd-root-absence-change = Change the code of a student's absences that day (Н → Б when a note from the doctor comes)
cmd-root-absence-change-long =
    Change the code of a student's absences that day (Н → Б when a note from the doctor comes)

    Example: ejournal absence change --date 12.10.2023 --class 5А --student "Жуков Матвей" --code Б --reason "справка"
arg-root-absence-change-date = The lesson's date (dd.mm.yyyy)
arg-root-absence-change-class = The class, like 5А
arg-root-absence-change-student = "Фамилия Имя [Отчество]"
arg-root-absence-change-subject = Only this subject's lesson [default: every lesson of the day]
arg-root-absence-change-group = The group, for a subject taught in groups
arg-root-absence-change-lesson_no = The lesson's number in the day, when the course has two that day
arg-root-absence-change-permit = Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]
arg-root-absence-change-code = The new code
arg-root-absence-change-reason = Why (kept in the audit trail)
cmd-root-absence-delete = Delete a student's absences that day (they stay in the audit trail)
cmd-root-absence-delete-long =
    Delete a student's absences that day (they stay in the audit trail)

    Example: ejournal absence delete --date 12.10.2023 --class 5А --student "Жуков Матвей" --reason "был на уроке"
arg-root-absence-delete-date = The lesson's date (dd.mm.yyyy)
arg-root-absence-delete-class = The class, like 5А
arg-root-absence-delete-student = "Фамилия Имя [Отчество]"
arg-root-absence-delete-subject = Only this subject's lesson [default: every lesson of the day]
arg-root-absence-delete-group = The group, for a subject taught in groups
arg-root-absence-delete-lesson_no = The lesson's number in the day, when the course has two that day
arg-root-absence-delete-permit = Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]
arg-root-absence-delete-reason = Why (required; kept in the audit trail)
cmd-root-final = Final marks of a period: suggest, set, accept, list
cmd-root-final-long =
    Final marks of a period: suggest, set, accept, list

    Example: ejournal final suggest --period Q1 --class 5А
cmd-root-final-suggest = Suggest period marks: marks, weighted average and the mark it rounds to (or н/а)
cmd-root-final-suggest-long =
    Suggest period marks: marks, weighted average and the mark it rounds to (or н/а)

    Example: ejournal final suggest --period Q1 --class 5А --subject Математика
arg-root-final-suggest-period = The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)
arg-root-final-suggest-class = The class, like 5А
arg-root-final-suggest-subject = The subject, like Математика
arg-root-final-suggest-group = The group, for a subject taught in groups
cmd-root-final-set = Set one student's final mark: 5 4 3 2 1 зч нз н/а осв
cmd-root-final-set-long =
    Set one student's final mark: 5 4 3 2 1 зч нз н/а осв

    Example: ejournal final set --period Q1 --class 5А --subject Математика --student "Ёлкин Фёдор" --mark 4
arg-root-final-set-period = The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)
arg-root-final-set-class = The class, like 5А
arg-root-final-set-subject = The subject, like Математика
arg-root-final-set-group = The group, for a subject taught in groups
arg-root-final-set-student = The student: ФИО (a birth date after the name tells namesakes apart)
arg-root-final-set-mark = The mark: 5, 4, 3, 2, 1, зч, нз (final marks also н/а, осв)
arg-root-final-set-reason = Why, when changing a mark already set (kept in the audit trail)
cmd-root-final-accept = Set the suggested marks that are not set yet
cmd-root-final-accept-long =
    Set the suggested marks that are not set yet

    Example: ejournal final accept --period Q1 --class 5А
arg-root-final-accept-period = The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)
arg-root-final-accept-class = The class, like 5А
arg-root-final-accept-subject = The subject, like Математика
arg-root-final-accept-group = The group, for a subject taught in groups
cmd-root-final-list = List final marks
cmd-root-final-list-long =
    List final marks

    Example: ejournal final list --period Q1 --class 5А --format csv
arg-root-final-list-period = The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)
arg-root-final-list-class = The class, like 5А
arg-root-final-list-subject = The subject, like Математика
arg-root-final-list-group = The group, for a subject taught in groups
cmd-root-lock = Lock past dates (--until D, or a rolling --older-than N), or show the lock
cmd-root-lock-long =
    Lock past dates (--until D, or a rolling --older-than N), or show the lock

    Example: ejournal lock --until 27.10.2023 --reason "конец I четверти"
arg-root-lock-until = Lock every date up to this one (a lock only moves forward)
arg-root-lock-older_than = The rolling lock: at every write, lock what is older than N days ("off" turns it off)
arg-root-lock-reason = Why (kept in the audit trail)
cmd-root-lock-status = Show what is locked, and the last changes of the lock
cmd-root-lock-status-long =
    Show what is locked, and the last changes of the lock

    Example: ejournal lock status
cmd-root-unlock = Move the lock back (a deputy or the director, with a reason)
cmd-root-unlock-long =
    Move the lock back (a deputy or the director, with a reason)

    Example: ejournal unlock --until 20.10.2023 --reason "приказ № 45"
arg-root-unlock-until = Keep only the dates up to this one locked
arg-root-unlock-all = Lift the lock entirely
arg-root-unlock-reason = Why (required; kept in the audit trail)
cmd-root-permit = Permits for late entries and corrections (разрешения): add, list, revoke — deputies and the director
cmd-root-permit-long =
    Permits for late entries and corrections (разрешения): add, list, revoke — deputies and the director

    Example: ejournal permit add --class 5А --subject Математика --from 02.10.2023 --to 06.10.2023 --reason "болезнь учителя"
cmd-root-permit-add = Allow late entries and corrections for lessons dated --from..--to, until the end of --until
cmd-root-permit-add-long =
    Allow late entries and corrections for lessons dated --from..--to, until the end of --until

    Without --class the permit covers the whole school (moving marks over from a previous system); without --subject, the whole class.

    Example: ejournal permit add --class 5А --subject Математика --from 02.10.2023 --to 06.10.2023 --reason "учитель болел"
arg-root-permit-add-class = The class, like 5А
arg-root-permit-add-subject = The subject, like Математика
arg-root-permit-add-group = The group, for a subject taught in groups
arg-root-permit-add-from = The first lesson date covered
arg-root-permit-add-to = The last lesson date covered
arg-root-permit-add-until = Valid through the end of this day [default: today]
arg-root-permit-add-reason = Why (required; kept with the permit and in the audit trail)
cmd-root-permit-list = List the permits valid today (--all: every permit ever issued)
cmd-root-permit-list-long =
    List the permits valid today (--all: every permit ever issued)

    Example: ejournal permit list --all --format csv
arg-root-permit-list-all = Also the revoked and expired ones
cmd-root-permit-revoke = Revoke a permit (it stays on record)
cmd-root-permit-revoke-long =
    Revoke a permit (it stays on record)

    Example: ejournal permit revoke 3 --reason "выдано ошибочно"
arg-root-permit-revoke-id = The permit's number, as `permit list` shows it
arg-root-permit-revoke-reason = Why (required; kept in the audit trail)
cmd-root-audit = The audit trail: who changed what, when, before and after, and why
cmd-root-audit-long =
    The audit trail: who changed what, when, before and after, and why

    Example: ejournal audit --class 5А --since 01.10.2023
arg-root-audit-class = Only changes in this class
arg-root-audit-student = Only changes for this student (needs --class)
arg-root-audit-since = Only changes made on or after this date
arg-root-audit-entity = Only this kind: mark, absence, lesson, final_mark, lock, enrolment, period, holiday, setting, permit, staff
cmd-root-backup = Back the journal up into a folder (an external disk), online, checked by verify
cmd-root-backup-long =
    Back the journal up into a folder (an external disk), online, checked by verify

    Example: ejournal backup --to /media/usb/ejournal --keep 30
arg-root-backup-to = The folder to put the backup in (an external disk, say); made if missing
arg-root-backup-keep = Keep only the newest N backups of this school in the folder
cmd-root-restore = Put a backup in the journal's place (verified first; the replaced journal is kept)
cmd-root-restore-long =
    Put a backup in the journal's place (verified first; the replaced journal is kept)

    Example: ejournal restore /media/usb/ejournal/Гимназия-24_2023-2024_2023-10-27_220000.db
arg-root-restore-file = The backup to restore (a file `ejournal backup` wrote)
arg-root-restore-force = Restore a backup of another school or year over this journal
cmd-root-archive = The year's archive for external media: a read-only copy of the journal, every period's paper copies, the year's reports and MANIFEST.sha256
cmd-root-archive-long =
    The year's archive for external media: a read-only copy of the journal, every period's paper copies, the year's reports and MANIFEST.sha256

    Example: ejournal archive --out /media/usb/archive-2023-2024
arg-root-archive-out = The folder to make (missing or empty): the year's archive goes in it
arg-root-archive-force = Make it before the year's last period has ended
cmd-root-verify = Check that the journal is intact: SQLite's checks, the schema, the sealed history replayed against every table (exit 3 when anything was changed outside ejournal)
cmd-root-verify-long =
    Check that the journal is intact: SQLite's checks, the schema, the sealed history replayed against every table (exit 3 when anything was changed outside ejournal)

    Example: ejournal verify --fingerprint 3f2a9c0d17e4b5a8
arg-root-verify-fingerprint = A fingerprint the journal's history must contain: the one printed on a signed paper copy, in `lock status` or beside a backup (at least 8 hex digits)
cmd-root-export = Paper copies of the journal (PDF, XLSX) and printouts for parents
cmd-root-export-long =
    Paper copies of the journal (PDF, XLSX) and printouts for parents

    Example: ejournal export paper --period Q1 --out copies/
cmd-root-export-paper = Paper copies of the journal for a period: one file per class, named 5А_Q1_2023-2024.pdf
cmd-root-export-paper-long =
    Paper copies of the journal for a period: one file per class, named 5А_Q1_2023-2024.pdf

    `--as` chooses the documents (PDF, XLSX or both); `--format` only says how the summary of the files written is printed (table, csv, json). `--format pdf|xlsx|both` still chooses the documents for this release, with a warning: use `--as`.

    Example: ejournal export paper --period Q1 --as pdf --out copies/
arg-root-export-paper-period = The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)
arg-root-export-paper-class = Only these classes [default: every class that has the period]
arg-root-export-paper-out = The folder to write into (created when missing)
arg-root-export-paper-docs = Which documents to write: pdf, xlsx or both [default: both]
arg-root-export-paper-fail_on_issues = Exit with 3 when final marks of the period are missing (the copies are written, the empty cells say «нет отметки»)
cmd-root-export-diary = Printouts for parents: each student's marks, averages (or the period's final marks once set), absences, the coming week's homework and a line to sign
cmd-root-export-diary-long =
    Printouts for parents: each student's marks, averages (or the period's final marks once set), absences, the coming week's homework and a line to sign

    With --class: that class into one PDF, --out a file (or a folder to put 5А_родителям_2023-10-27.pdf in). Without --class: every class, --out a folder, a PDF per class named so. With --paper-only and nobody on paper: a message, exit 0.

    Example: ejournal export diary --paper-only --from 16.10.2023 --to 27.10.2023 --out printouts/
arg-root-export-diary-class = Only this class [default: every class, a PDF each]
arg-root-export-diary-student = Only this student (needs --class)
arg-root-export-diary-paper_only = Only students whose parents refused electronic access
arg-root-export-diary-from = The first date (dd.mm.yyyy)
arg-root-export-diary-to = The last date (dd.mm.yyyy)
arg-root-export-diary-out = The PDF file to write with --class (or a folder); the folder to write into without (created when missing)
cmd-root-report = Control reports: fill-rate, accumulation, progress, attendance, forecast
cmd-root-report-long =
    Control reports: fill-rate, accumulation, progress, attendance, forecast

    Example: ejournal report fill-rate --month 2023-10 --out fill-rate.xlsx
cmd-root-report-fill-rate = How the journal is kept: topics, homework, marks per student, marks on time, teachers
cmd-root-report-fill-rate-long =
    How the journal is kept: topics, homework, marks per student, marks on time, teachers

    Example: ejournal report fill-rate --month 2023-10 --out fill-rate.xlsx --fail-on-issues
arg-root-report-fill-rate-month = A calendar month, like 2023-10
arg-root-report-fill-rate-period = A reporting period: Q1–Q4, H1, H2, Y
arg-root-report-fill-rate-year = The whole school year (as --period Y)
arg-root-report-fill-rate-from = The first date (dd.mm.yyyy)
arg-root-report-fill-rate-to = The last date (dd.mm.yyyy)
arg-root-report-fill-rate-class = Only this class
arg-root-report-fill-rate-teacher = Only this teacher's courses (ФИО)
arg-root-report-fill-rate-out = Write to this file (xlsx, csv, json, or a table in any other) instead of stdout
arg-root-report-fill-rate-fail_on_issues = Exit with 3 when the report found shortfalls (for cron alerts)
cmd-root-report-teachers = Analysis of the teachers' work with the journal (Анализ работы с классным журналом): per teacher the lessons given and recorded on the lesson day, homework, marks and marks on time, students without marks, open and overdue remarks; the school's share of teachers who kept the journal
cmd-root-report-teachers-long =
    Analysis of the teachers' work with the journal (Анализ работы с классным журналом): per teacher the lessons given and recorded on the lesson day, homework, marks and marks on time, students without marks, open and overdue remarks; the school's share of teachers who kept the journal

    Example: ejournal report teachers --month 2023-10 --out teachers.pdf
arg-root-report-teachers-month = A calendar month, like 2023-10
arg-root-report-teachers-period = A reporting period: Q1–Q4, H1, H2, Y
arg-root-report-teachers-year = The whole school year (as --period Y)
arg-root-report-teachers-from = The first date (dd.mm.yyyy)
arg-root-report-teachers-to = The last date (dd.mm.yyyy)
arg-root-report-teachers-class = Only this class
arg-root-report-teachers-teacher = Only this teacher's courses (ФИО)
arg-root-report-teachers-out = Write to this file (xlsx, csv, json, or a table in any other) instead of stdout
arg-root-report-teachers-fail_on_issues = Exit with 3 when the report found shortfalls (for cron alerts)
cmd-root-report-accumulation = Students below the accumulation minimum of marks, per course (needs --period)
cmd-root-report-accumulation-long =
    Students below the accumulation minimum of marks, per course (needs --period)

    Example: ejournal report accumulation --period Q1 --class 5А
arg-root-report-accumulation-month = A calendar month, like 2023-10
arg-root-report-accumulation-period = A reporting period: Q1–Q4, H1, H2, Y
arg-root-report-accumulation-year = The whole school year (as --period Y)
arg-root-report-accumulation-from = The first date (dd.mm.yyyy)
arg-root-report-accumulation-to = The last date (dd.mm.yyyy)
arg-root-report-accumulation-class = Only this class
arg-root-report-accumulation-teacher = Only this teacher's courses (ФИО)
arg-root-report-accumulation-out = Write to this file (xlsx, csv, json, or a table in any other) instead of stdout
arg-root-report-accumulation-fail_on_issues = Exit with 3 when the report found shortfalls (for cron alerts)
cmd-root-report-progress = Progress from final marks: успеваемость, качество знаний, СОУ, and the lists (needs --period)
cmd-root-report-progress-long =
    Progress from final marks: успеваемость, качество знаний, СОУ, and the lists (needs --period)

    Example: ejournal report progress --period Q1 --format json
arg-root-report-progress-month = A calendar month, like 2023-10
arg-root-report-progress-period = A reporting period: Q1–Q4, H1, H2, Y
arg-root-report-progress-year = The whole school year (as --period Y)
arg-root-report-progress-from = The first date (dd.mm.yyyy)
arg-root-report-progress-to = The last date (dd.mm.yyyy)
arg-root-report-progress-class = Only this class
arg-root-report-progress-teacher = Only this teacher's courses (ФИО)
arg-root-report-progress-out = Write to this file (xlsx, csv, json, or a table in any other) instead of stdout
arg-root-report-progress-fail_on_issues = Exit with 3 when the report found shortfalls (for cron alerts)
cmd-root-report-attendance = Attendance: missed lessons by code, lateness, whole days missed, per student and class
cmd-root-report-attendance-long =
    Attendance: missed lessons by code, lateness, whole days missed, per student and class

    Example: ejournal report attendance --from 01.10.2023 --to 14.10.2023 --class 5А
arg-root-report-attendance-month = A calendar month, like 2023-10
arg-root-report-attendance-period = A reporting period: Q1–Q4, H1, H2, Y
arg-root-report-attendance-year = The whole school year (as --period Y)
arg-root-report-attendance-from = The first date (dd.mm.yyyy)
arg-root-report-attendance-to = The last date (dd.mm.yyyy)
arg-root-report-attendance-class = Only this class
arg-root-report-attendance-teacher = Only this teacher's courses (ФИО)
arg-root-report-attendance-out = Write to this file (xlsx, csv, json, or a table in any other) instead of stdout
arg-root-report-attendance-fail_on_issues = Exit with 3 when the report found shortfalls (for cron alerts)
cmd-root-report-forecast = Forecast of period marks with who is at risk and why (needs --period)
cmd-root-report-forecast-long =
    Forecast of period marks with who is at risk and why (needs --period)

    Example: ejournal report forecast --period Q1 --as-of 13.10.2023
arg-root-report-forecast-month = A calendar month, like 2023-10
arg-root-report-forecast-period = A reporting period: Q1–Q4, H1, H2, Y
arg-root-report-forecast-year = The whole school year (as --period Y)
arg-root-report-forecast-from = The first date (dd.mm.yyyy)
arg-root-report-forecast-to = The last date (dd.mm.yyyy)
arg-root-report-forecast-class = Only this class
arg-root-report-forecast-teacher = Only this teacher's courses (ФИО)
arg-root-report-forecast-out = Write to this file (xlsx, csv, json, or a table in any other) instead of stdout
arg-root-report-forecast-fail_on_issues = Exit with 3 when the report found shortfalls (for cron alerts)
arg-root-report-forecast-as_of = The day to forecast from [default: today]
cmd-root-remark = A deputy's remarks on how a course's journal is kept: add, list, resolve
cmd-root-remark-long =
    A deputy's remarks on how a course's journal is kept: add, list, resolve

    Example: ejournal remark add --class 5А --subject Математика --text "нет тем" --due 10.11.2023
cmd-root-remark-add = A deputy's remark on how a course's journal is kept, with a deadline
cmd-root-remark-add-long =
    A deputy's remark on how a course's journal is kept, with a deadline

    Example: ejournal remark add --class 5А --subject Математика --text "нет тем уроков за октябрь" --due 10.11.2023
arg-root-remark-add-class = The class, like 5А
arg-root-remark-add-subject = The subject, like Математика
arg-root-remark-add-group = The group, for a subject taught in groups
arg-root-remark-add-text = What the remark says
arg-root-remark-add-due = The date it must be put right by (dd.mm.yyyy)
cmd-root-remark-list = List remarks
cmd-root-remark-list-long =
    List remarks

    Example: ejournal remark list --overdue
arg-root-remark-list-open = Only those not resolved yet
arg-root-remark-list-overdue = Only those not resolved by their deadline
arg-root-remark-list-class = The class, like 5А
cmd-root-remark-resolve = Mark a remark resolved
cmd-root-remark-resolve-long =
    Mark a remark resolved

    Example: ejournal remark resolve 3
arg-root-remark-resolve-id = Its number, as `list` shows it
cmd-root-settings = Show or change the school's settings (rounding threshold, accumulation minimum, …)
cmd-root-settings-long =
    Show or change the school's settings (rounding threshold, accumulation minimum, …)

    Example: ejournal settings set rounding_threshold 0.6
cmd-root-settings-show = Show every setting
cmd-root-settings-show-long =
    Show every setting

    Example: ejournal settings show
cmd-root-settings-set = Change a setting: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name
cmd-root-settings-set-long =
    Change a setting: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name

    Example: ejournal settings set rounding_threshold 0.6
arg-root-settings-set-key = The setting (see `ejournal settings show`)
arg-root-settings-set-value = Its new value
arg-root-settings-set-reason = Why (kept in the audit trail)
cmd-root-demo = Build the demo school's journal from the bundled example files
cmd-root-demo-long =
    Build the demo school's journal from the bundled example files

    Example: ejournal demo --dir /tmp/demo
arg-root-demo-dir = Where to put the demo journal and its files (an old demo journal there is replaced)
cmd-root-template = Write an empty file for an import (.xlsx with drop-down lists and comments, or .csv): the Russian header row and one example row
cmd-root-template-long =
    Write an empty file for an import (.xlsx with drop-down lists and comments, or .csv): the Russian header row and one example row

    Example: ejournal template roster --out roster.xlsx
arg-root-template-kind = Which import the file is for
arg-root-template-out = The file to write: .xlsx (with drop-down lists and comments) or .csv (Windows-1251, `;`, as Russian Excel saves it)
cmd-root-completions = Print shell completions
cmd-root-completions-long =
    Print shell completions

    Example: ejournal completions bash > /etc/bash_completion.d/ejournal
arg-root-completions-shell = bash, zsh, fish, powershell or elvish
cmd-root-man = Print the man page (roff), or write a page for every command into a folder
cmd-root-man-long =
    Print the man page (roff), or write a page for every command into a folder

    Example: ejournal man --dir /usr/local/share/man/man1
arg-root-man-dir = Write a page for every command and subcommand into this folder (ejournal.1, ejournal-report.1, ejournal-report-fill-rate.1, …) instead of printing the main page
