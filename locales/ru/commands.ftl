# Сообщения: commands (по-русски). Каждый id есть и в ../en/commands.ftl.ftl.

## lock, unlock
lock-older-than-invalid = «{ $value }» — не число дней от 1 до 365 и не «выкл»
lock-what-lock = ставить блокировку
lock-what-unlock = снимать блокировку
lock-only-forward = журнал заблокирован по { $date } включительно: блокировка сдвигается только вперёд (снять её может заместитель директора: `ejournal unlock --until D --reason …`)
lock-locked-until = заблокированы все даты по { $date } включительно
lock-rolling-on = скользящая блокировка: при каждой записи блокируются записи старше { $days ->
    [one] { $days } дня
   *[other] { $days } дней
}
lock-rolling-off = скользящая блокировка выключена
lock-reason-empty = в --reason нужно указать причину
lock-nothing-locked = ни одна дата не заблокирована
lock-unlock-moves-back = журнал заблокирован по { $date } включительно; unlock сдвигает блокировку назад
lock-unlocked-after = блокировка снята с дат после { $date }: даты по { $date } включительно остаются заблокированными
lock-unlocked-all = блокировка снята: ни одна дата не заблокирована
lock-status-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
lock-status-off = выкл
lock-status-before = до { $date }
lock-change-unlocked = блокировка снята
lock-change-locked-until = заблокировано по { $date }
lock-change-rolling-off = скользящая блокировка выключена
lock-change-rolling = скользящая блокировка: { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}

## roles: кто что может записывать
roles-need-deputy = заместитель директора или директор
roles-need-structure = электроник, заместитель директора или директор
roles-need-journal = учитель, классный руководитель, заместитель директора или директор
roles-not-staff = «{ $actor }» нет в списке сотрудников: каждое изменение журнала вносит сотрудник (укажите в --actor или EJOURNAL_ACTOR свои ФИО так, как они записаны в списке сотрудников)
roles-without-role = без роли
roles-refused = { $what } может только { $need }; «{ $actor }» в списке сотрудников: { $roles }
roles-not-teaching = «{ $actor }» не ведёт курс «{ $course }»: записывать в его журнал могут только его учитель, заменявший учитель (за проведённый урок), заместитель директора или директор
roles-not-absences = «{ $actor }» не ведёт курс «{ $course }»: отмечать его пропуски могут только его учитель, заменявший учитель (за проведённый урок), классный руководитель, заместитель директора или директор
roles-not-reasons = «{ $actor }» — не классный руководитель класса { $class }: ставить и снимать причины Б и У могут только классный руководитель, заместитель директора или директор; учитель-предметник отмечает Н и О

## dispatch: действия, которые называет отказ («… может только …»)
dispatch-what-calendar = изменять календарь
dispatch-what-settings = изменять настройки
dispatch-what-logins = привязывать сотрудников к логинам
dispatch-what-remarks = добавлять и снимать замечания
dispatch-what-access-log = загружать журнал посещений портала
dispatch-what-import-journal = загружать отметки, пропуски и итоговые отметки
dispatch-what-import-lessons = загружать проведённые уроки
dispatch-what-import-structure = загружать структуру школы
dispatch-what-generate-lessons = создавать уроки
dispatch-what-lesson = записывать урок
dispatch-what-marks = выставлять отметки
dispatch-what-absences = отмечать пропуски
dispatch-what-finals = выставлять итоговые отметки
dispatch-what-leave = отмечать выбытие ученика

## context, identity: сегодняшний день и кто работает
context-today-invalid = EJOURNAL_TODAY: { $error }
context-today-real = EJOURNAL_TODAY действует только в учебном журнале (создаётся командой `ejournal init --training`): этот журнал настоящий, и сегодняшний день в нём всегда берётся из системных часов; уберите EJOURNAL_TODAY
identity-login-unlinked = логин «{ $login }» не привязан ни к одному сотруднику: когда логины привязаны, каждое изменение вносится только под своим логином (привязывает заместитель директора: `ejournal staff set-login "ФИО" --login { $login }`)
identity-login-owned = логин «{ $login }» принадлежит сотруднику { $owner }, который записывает только от своего имени: вносить записи за другого (--actor "{ $named }") могут только заместитель директора или директор

## output: файлы, которые пишет программа
output-target-folder = { $path } — папка: укажите файл (--out ФАЙЛ)
output-target-database = { $path } — база данных SQLite (журнал?): ejournal никогда не записывает документ поверх неё; укажите другой файл
output-target-database-file = { $path } относится к базе данных { $base }: ejournal никогда не записывает поверх него
output-copying = копирование { $from } в { $to }
output-writing = запись { $path }
output-renaming = переименование { $from } в { $to }
output-dir-is-file = { $path } — файл, а не папка: укажите папку для документов
output-creating = создание { $path }

## permit
permit-what-issue = выдавать разрешения
permit-what-revoke = отзывать разрешения
permit-reason-empty = в --reason нужно указать причину
permit-from-after-to = --from { $from } позже, чем --to { $to }
permit-until-past = --until { $until } раньше сегодняшнего дня ({ $today }): разрешение выдаётся на записи с этого момента
permit-whom-school = вся школа
permit-whom-class = класс { $class }
permit-whom-course = { $course }
permit-added = разрешение № { $id }: внесение записей за уроки с { $from } по { $to } ({ $whom }) до конца дня { $until }
permit-no-such = разрешения № { $id } нет (см. `ejournal permit list --all`)
permit-already-revoked = разрешение № { $id } уже отозвано { $at }
permit-revoked = разрешение № { $id } отозвано

## backup, restore
backup-exists = { $path } уже существует: резервная копия никогда не заменяет другую
backup-verifying = проверка резервной копии { $path }
backup-done = резервная копия: { $path } ({ $size } МБ, { $seconds } с), отпечаток { $fingerprint }
backup-removed-old = резервная копия: удалена более старая { $path }
backup-finding = ejournal: резервная копия: { $check }: { $table } { $problem }
backup-kept-with-problems = ejournal: резервная копия сохранена, но `verify` нашёл в ней { $count ->
    [one] { $count } ошибку
    [few] { $count } ошибки
   *[many] { $count } ошибок
} (они есть и в журнале): см. `ejournal verify`
backup-reading = чтение { $path }
backup-removing = удаление { $path }
restore-not-sqlite = { $file } — не резервная копия журнала (не база данных SQLite)
restore-verifying = проверка { $file }
restore-does-not-verify = { $file } не проходит проверку ({ $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}): восстановление не выполнено
restore-other-school = { $file } — резервная копия журнала «{ $their_school }» { $their_year }, а { $journal } — журнал «{ $our_school }» { $our_year }: чтобы всё равно заменить его, добавьте --force
restore-keeping = сохранение { $journal } как { $kept }
restore-kept = восстановление: заменённый журнал сохранён как { $kept }
restore-done = восстановление: { $journal } восстановлен из { $file } (отпечаток { $fingerprint })

## audit
audit-entity-unknown = «{ $entity }» — не то, что записывается в журнал изменений (допустимо: { $entities })

## settings
settings-meaning-rounding-threshold = предлагаемая отметка округляется вверх начиная с этой доли (0,5: 3,5 → 4)
settings-meaning-accumulation-per-hour = минимум отметок за четверть = это число × часов в неделю + база
settings-meaning-accumulation-base = минимум отметок за четверть = per_hour × часов в неделю + это число
settings-meaning-week-days = учебных дней в неделю: 5 или 6
settings-meaning-school-name = название школы, как его печатают документы
settings-meaning-entry-window-days = сколько дней после дня урока принимаются записи (плюс срок проверки работ по виду работы); позже — по разрешению заместителя директора
settings-not-a-number = «{ $value }» — не число
settings-out-of-range = { $key } должен быть от { $lo } до { $hi }
settings-week-days = week_days — это 5 или 6
settings-school-name-empty = название школы не может быть пустым
settings-entry-window-days = entry_window_days — число дней от 0 до 365
settings-lock-elsewhere = блокировка сдвигается командами `ejournal lock` и `ejournal unlock`
settings-unknown = «{ $key }» — не изменяемая настройка (допустимо: { $keys })
settings-what-entry-window = изменять окно ввода записей

## calendar
calendar-what-remove-holiday = удаление каникул № { $id }
calendar-no-such-holiday = каникул с № { $id } нет (см. `ejournal calendar show`)
calendar-holiday-removed = каникулы № { $id } удалены
calendar-from-after-to = --from { $from } позже, чем --to { $to }
calendar-range-outside-year = { $from } – { $to } выходит за пределы учебного года { $start } – { $end }
calendar-what-period = { $period } { $from } – { $to }
calendar-outside-year-period = { $periods } выйдет за пределы периода года Y (сначала измените Y)
calendar-periods-overlap = { $period } { $from } – { $to } пересечётся с { $others }
calendar-period-set = { $period } ({ $name }) теперь { $from } – { $to }
calendar-what-holiday = каникулы { $from } – { $to }
calendar-holiday-grades = { $count ->
    [one] {" "}для { $grades } класса
   *[many] {" "}для { $grades } классов
}
calendar-holiday-added = добавлены каникулы № { $id }: { $from } – { $to }{ $grades }

## final
final-grade-one = { $class } — 1 класс: безотметочное обучение, отметки не выставляются
final-not-attended = «{ $student }» не занимался по курсу «{ $course }» в период { $period }
final-change-needs-reason = у ученика «{ $student }» уже стоит итоговая отметка { $current } за { $period }: чтобы её изменить, укажите --reason
final-set = { $period } { $course }, { $student }: { $mark } (записано: { $written })
final-accepted = { $period } { $class }: по предложенным выставлено { $count ->
    [one] { $count } итоговая отметка
    [few] { $count } итоговые отметки
   *[many] { $count } итоговых отметок
}, уже было выставлено: { $already }{ $without }
final-accepted-without = , без отметок для предложения: { $count }
final-period-locked = { $period } заканчивается { $ends }, а эта дата заблокирована (журнал заблокирован по { $until } включительно): итоговые отметки за период изменить нельзя

## mark
mark-change-nothing = укажите новую отметку (--mark) или вид работы (--work-type)
mark-select-how = укажите отметку: --id N или --date, --class, --subject и --student
mark-no-such = такой отметки нет (см. `ejournal mark list`)
mark-several = у этого ученика на уроке { $count ->
    [one] { $count } отметка
    [few] { $count } отметки
   *[many] { $count } отметок
}: { $marks }; укажите --id или --old-mark
mark-reason-empty = в --reason нужно указать причину
mark-locked-change = { $why }: отметки за эту дату нельзя изменить или удалить
mark-changed-what = изменена с { $old } ({ $old_work_type }) на { $new } ({ $new_work_type })
mark-deleted-what = { $old } удалена
mark-changed = отметка № { $id } ({ $label }, { $date }): { $what }{ $permit }
mark-locked-date = дата: { $why }
mark-added = отметка № { $id }: { $mark }, { $student }, { $class } { $subject }, { $date }{ $permit }
mark-under-permit = {" "}(по разрешению № { $id })

## absence
absence-reason-empty = в --reason нужно указать причину
absence-locked-date = дата: { $why }
absence-added = { $class } { $student }: { $code } за { $date }: { $added ->
    [one] добавлен { $added } урок
    [few] добавлено { $added } урока
   *[many] добавлено { $added } уроков
}, изменено: { $changed }{ $permit }
absence-none-to-change = у ученика «{ $student }» нет пропусков за { $date }, изменять нечего
absence-marked = код: у ученика есть отметка по предмету «{ $course }» на этом уроке: отметка и пропуск { $code } не могут стоять вместе
absence-now = { $count ->
    [one] { $count } пропуск теперь
    [few] { $count } пропуска теперь
   *[many] { $count } пропусков теперь
} { $code }
absence-deleted = { $count ->
    [one] удалён { $count } пропуск
    [few] удалено { $count } пропуска
   *[many] удалено { $count } пропусков
}
absence-changed = { $class } { $student }, { $date }: { $what }

## lesson
lesson-set-nothing = укажите --topic, --homework или --teacher
lesson-from-after-to = --from { $from } позже, чем --to { $to }
lesson-generate-kept = { $count ->
    [one] { $count } урок, которого больше нет в расписании, оставлен: в нём уже есть записи или его дата заблокирована (см. `ejournal lesson list`)
    [few] { $count } урока, которых больше нет в расписании, оставлены: в них уже есть записи или их дата заблокирована (см. `ejournal lesson list`)
   *[many] { $count } уроков, которых больше нет в расписании, оставлены: в них уже есть записи или их дата заблокирована (см. `ejournal lesson list`)
}
lesson-generated = { $courses ->
    [one] { $courses } курс
    [few] { $courses } курса
   *[many] { $courses } курсов
}: создано уроков — { $created }, удалено — { $removed }, привязано тем КТП — { $bound }, { $from } – { $to }
lesson-generate-mismatched = { $count ->
    [one] у { $count } курса
   *[many] у { $count } курсов
} уроков по расписанию больше или меньше, чем часов в КТП (столбец «Расхождение»: уроки − часы КТП)
lesson-list-none = в этом промежутке уроков нет: создайте их командой `ejournal lessons generate`
lesson-text-too-long = { $option } { $error }
lesson-not-yet = { $course }: урок { $date } ещё не прошёл (сегодня { $today }); урок записывается в свой день или позже
lesson-locked = { $why }; у заблокированного урока тема, домашнее задание и запись о проведении не меняются
lesson-recorded-given = урок записан как проведённый
lesson-recorded-already-given = урок записан (он уже был записан как проведённый)
lesson-recorded = урок записан
lesson-record-done = { $course } { $date }: { $what }{ $permit }

## init
init-created = создан { $path }: { $school } { $year }, { $periods ->
    [one] { $periods } период
    [few] { $periods } периода
   *[many] { $periods } периодов
}, каникул и выходных — { $holidays }, { $work_types ->
    [one] { $work_types } вид работы
    [few] { $work_types } вида работы
   *[many] { $work_types } видов работы
}
init-school-empty = в --school нужно указать название школы
init-school-invalid = --school: { $error }
init-writing = запись нового журнала

## student
student-not-in-class = «{ $student }» сейчас не учится в { $class }
student-leave-before-join = «{ $student }» зачислен в { $class } { $date }: выбыть раньше этой даты нельзя
student-leave-outside-year = { $date } за пределами учебного года { $start } – { $end }
student-leave-locked = { $why }: состав класса на заблокированную дату не меняется
student-leave-entries = у ученика «{ $student }» в { $class } есть отметки или пропуски ({ $count }) { $date } или позже: они оказались бы вне его класса
student-left = «{ $student }» выбыл из { $class } { $date }

## staff
staff-login-invalid = в --login нужно указать имя пользователя (как его печатает `id -un`)
staff-login-taken = логин «{ $login }» уже привязан к другому сотруднику; сначала отвяжите его (`ejournal staff set-login "…" --remove`)
staff-no-deputy-login = ни у одного заместителя директора или директора не осталось бы логина, а когда привязан хотя бы один логин, записывать можно только под привязанными логинами: сначала привяжите собственный логин заместителя директора (`ejournal staff set-login "ФИО" --login { $login }`)
staff-login-set = { $name }: логин «{ $login }»
staff-login-removed = { $name }: логин не привязан

## plan
plan-none = у этого курса ещё нет КТП: ejournal import plan ФАЙЛ --class … --subject …

## remark
remark-no-such = открытого замечания № { $id } нет (см. `ejournal remark list --open`)
remark-resolved = замечание № { $id } снято
remark-text-empty = в --text нужно указать, что исправить
remark-added = замечание № { $id }: { $course }, срок — { $due }

## verify
verify-fingerprint-invalid = --fingerprint { $fingerprint }: отпечаток — от 8 до 64 шестнадцатеричных цифр (0-9, a-f)
verify-findings = ejournal: { $count ->
    [one] найдено { $count } нарушение
    [few] найдено { $count } нарушения
   *[many] найдено { $count } нарушений
}: журнал изменяли в обход ejournal, или он повреждён
verify-intact = журнал цел: { $records ->
    [one] { $records } запись истории
    [few] { $records } записи истории
   *[many] { $records } записей истории
} в { $blocks ->
    [one] { $blocks } запечатанном блоке
   *[many] { $blocks } запечатанных блоках
}, каждая таблица соответствует своей истории; отпечаток { $fingerprint }

## report
report-from-after-to = --from { $from } позже, чем --to { $to }
report-range-missing = укажите промежуток: --month 2023-10, --period Q1, --year или --from D --to D
report-outside-year = { $range } за пределами учебного года этого журнала ({ $from } – { $to }): укажите промежуток внутри него или укажите в --db журнал того года
report-needs-period = отчёт { $report } строится за период: укажите --period Q1|…|Y
report-written = { $path }: { $count ->
    [one] найден { $count } недочёт
    [few] найдено { $count } недочёта
   *[many] найдено { $count } недочётов
}

## archive
archive-year-not-over = учебный год заканчивается { $date }: архив года делается после этой даты (чтобы сделать его сейчас, с пометкой «до конца учебного года», добавьте --force)
archive-reading = чтение { $path }
archive-not-empty = папка { $path } не пуста: архив записывается в новую папку
archive-read-only = перевод { $path } в режим только для чтения
archive-done = архив: { $path } ({ $count ->
    [one] { $count } файл
    [few] { $count } файла
   *[many] { $count } файлов
}, отпечаток { $fingerprint }); проверка: `cd { $path } && sha256sum -c MANIFEST.sha256`
archive-made-with-problems = ejournal: архив создан, но `verify` нашёл в журнале { $count ->
    [one] { $count } ошибку
    [few] { $count } ошибки
   *[many] { $count } ошибок
}: см. `ejournal verify`
archive-bad-file-name = { $name }: такое имя файла sha256sum не может записать в список

## export
export-diary-format-deprecated = предупреждение: --format { $format } для export устарел, а дневник всегда печатается в PDF: уберите этот параметр
export-format-deprecated = предупреждение: --format { $format } для export устарел: используйте --as { $format }
export-why-semesters = 10–11 классы аттестуются по полугодиям
export-why-quarters = 2–9 классы аттестуются по четвертям
export-skipping = { $period }: пропущены { $classes } ({ $why })
export-copy-summary = { $class }: { $courses ->
    [one] { $courses } курс
    [few] { $courses } курса
   *[many] { $courses } курсов
}, { $marks ->
    [one] { $marks } отметка
    [few] { $marks } отметки
   *[many] { $marks } отметок
}, { $absences ->
    [one] { $absences } пропуск
    [few] { $absences } пропуска
   *[many] { $absences } пропусков
}, { $finals ->
    [one] { $finals } итоговая отметка
    [few] { $finals } итоговые отметки
   *[many] { $finals } итоговых отметок
}
export-finals-missing = предупреждение: { $course }: за { $period } { $count ->
    [one] не выставлена { $count } итоговая отметка
    [few] не выставлены { $count } итоговые отметки
   *[many] не выставлено { $count } итоговых отметок
}: { $students }

## export diary: распечатки для родителей без электронного доступа
diary-from-after-to = --from { $from } позже, чем --to { $to }
diary-nobody-on-paper-school = { $path }: ни в одном классе нет учеников, чьи родители отказались от электронного доступа; печатать нечего
diary-nobody-on-paper-class = { $path }: в { $class } нет учеников, чьи родители отказались от электронного доступа; печатать нечего
diary-no-students-school = ни в одном классе нет учеников с { $from } по { $to }
diary-no-students-class = в { $class } нет учеников с { $from } по { $to }
diary-written-school = { $path }: { $classes ->
    [one] { $classes } класс
    [few] { $classes } класса
   *[many] { $classes } классов
} (по файлу на класс), { $students ->
    [one] { $students } ученик
    [few] { $students } ученика
   *[many] { $students } учеников
}, { $pages ->
    [one] { $pages } страница
    [few] { $pages } страницы
   *[many] { $pages } страниц
}
diary-written-class = { $path }: { $students ->
    [one] { $students } ученик
    [few] { $students } ученика
   *[many] { $students } учеников
}, { $pages ->
    [one] { $pages } страница
    [few] { $pages } страницы
   *[many] { $pages } страниц
}

## demo: итоговые строки в stderr
demo-not-training = { $path } — не учебный журнал демо: демо никогда его не заменяет; выберите другую папку (--dir)
demo-removing-old = удаление старого журнала демо { $path }
demo-journal = журнал демо: { $path }
demo-files = построен из файлов школы в { $path }:
demo-people = { $classes ->
    [one] { $classes } класс
    [few] { $classes } класса
   *[many] { $classes } классов
}, { $students ->
    [one] { $students } ученик
    [few] { $students } ученика
   *[many] { $students } учеников
}, сотрудников: { $staff }
demo-structure = { $courses ->
    [one] { $courses } курс
    [few] { $courses } курса
   *[many] { $courses } курсов
}, мест в группах: { $group_places }, { $slots ->
    [one] { $slots } урок
    [few] { $slots } урока
   *[many] { $slots } уроков
} в расписании, { $plan_files ->
    [one] { $plan_files } файл КТП
    [few] { $plan_files } файла КТП
   *[many] { $plan_files } файлов КТП
} ({ $plan_lessons ->
    [one] { $plan_lessons } урок
    [few] { $plan_lessons } урока
   *[many] { $plan_lessons } уроков
})
demo-lessons = журнал доведён до конца I четверти: по расписанию и КТП созданы уроки на год ({ $lessons }),
demo-entries = { $marks ->
    [one] { $marks } отметка
    [few] { $marks } отметки
   *[many] { $marks } отметок
} и { $absences ->
    [one] { $absences } пропуск
    [few] { $absences } пропуска
   *[many] { $absences } пропусков
} за сентябрь–октябрь, { $finals ->
    [one] { $finals } итоговая отметка
    [few] { $finals } итоговые отметки
   *[many] { $finals } итоговых отметок
} за I четверть; заблокировано по { $locked }
demo-moved-over = перенесено из прежней системы { $date }: { $marks ->
    [one] { $marks } отметка
    [few] { $marks } отметки
   *[many] { $marks } отметок
} и { $absences ->
    [one] { $absences } пропуск
    [few] { $absences } пропуска
   *[many] { $absences } пропусков
}, к тому времени уже поздних, по разрешению заместителя директора на всю школу № { $permit }
demo-recorded = уроки, записанные учителями: в день урока — { $on_the_day }, при переносе по разрешению — { $later }, не записаны — { $never } (учитель предмета «{ $subject }» не записывает уроки)
demo-copies = бумажные копии за I четверть ({ $count ->
    [one] { $count } файл
    [few] { $count } файла
   *[many] { $count } файлов
}; 10–11 классы аттестуются по полугодиям) в { $path }
demo-printouts = распечатки для родителей без электронного доступа ({ $count ->
    [one] { $count } файл
    [few] { $count } файла
   *[many] { $count } файлов
}) в { $path }
demo-reports = контрольные отчёты (заполняемость, учителя, успеваемость, посещаемость, прогноз) в { $path }
demo-try = попробуйте:

## man
man-making-folder = создание папки { $path }
man-written = { $count ->
    [one] { $count } страница man
    [few] { $count } страницы man
   *[many] { $count } страниц man
} в { $path }

## template
template-writing = запись шаблона: { $error }
template-extension = { $path }: шаблон бывает только .xlsx или .csv
template-written = { $path }: строка заголовков и одна строка-пример; заполните его и загрузите командой `ejournal import { $kind }`
