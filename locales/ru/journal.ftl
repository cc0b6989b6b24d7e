# Сообщения: journal (по-русски). Каждый id есть и в ../en/journal.ftl.

## Отметки, коды пропусков, итоговые отметки (domain::marks).
mark-not-a-mark = «{ $value }» — не отметка (1–5, зч, нз)

## Даты (domain::date).
date-excel-number = «{ $value }» — не дата: похоже на номер дня из Excel; задайте столбцу формат даты
date-not-a-date-expected = «{ $value }» — не дата (нужно дд.мм.гггг или ГГГГ-ММ-ДД)
date-year-four-digits = «{ $value }»: год пишется четырьмя цифрами
date-not-real = «{ $value }» — такой даты нет
date-not-a-date = «{ $value }» — не дата
date-not-a-weekday = «{ $value }» — не день недели (1–6 или Пн…Сб)

## Названия классов (domain::class_name).
class-name-empty = класс не указан
class-name-no-grade = «{ $value }» — не класс (нужны параллель и буква, например 5А)
class-name-not-a-class = «{ $value }» — не класс
class-name-grade-outside = «{ $value }»: параллели { $grade } нет, есть только 1–11
class-name-letter-missing = «{ $value }»: не указана буква класса (например, 5А)
class-name-letter-cyrillic = «{ $value }»: буква класса — одна буква кириллицы

## Периоды, учебные годы, параллели (domain::calendar).
period-not-a-period = «{ $value }» — не отчётный период (Q1–Q4, H1, H2, Y или I четверть, 1 полугодие, год)
calendar-not-a-year = «{ $value }» — не учебный год (нужно, например, 2023/2024)
calendar-not-a-grade = «{ $value }» — не параллель 1–11
calendar-no-grades = параллели не указаны

## Коды пропусков и итоговые отметки (domain::marks).
mark-not-an-absence-code = «{ $value }» — не код пропуска (Б, У, Н или О)
mark-not-a-final-mark = «{ $value }» — не итоговая отметка ({ $values })

## Что может содержать текстовое поле (domain::limits); перед сообщением — название поля.
limit-control-character = содержит управляющий символ ({ $code }) на { $position }-й позиции: допускается только печатный текст
limit-too-long = слишком длинное: больше { $max } { $max ->
    [one] символа
   *[other] символов
}

## Ошибки (error.rs): подсказка похожего имени, ошибки запроса, нечитаемое значение в журнале.
error-did-you-mean = — может быть, «{ $name }»?
error-miss = { $column }: { $message }
error-stored = в журнале есть значение, которое не читается: таблица { $table } ({ $row }): { $message }; не меняли ли файл в обход ejournal?
error-column-class = класс
error-column-subject = предмет
error-column-student = учащийся
error-column-teacher = учитель
error-column-work-type = вид работы
error-column-period = период
error-column-date = дата
error-column-code = код
error-column-mark = отметка
error-column-group = группа

## Отказы триггеров миграций (error::TRIGGER_MESSAGES). Английский текст — текст самого триггера.
trigger-date-locked = дата заблокирована
trigger-period-locked = период заблокирован
trigger-calendar-locked = календарь на заблокированные даты не меняется
trigger-period-has-finals = в периоде уже выставлены итоговые отметки
trigger-outside-window = запись вне срока внесения
trigger-mark-beside-absence = отметка и пропуск на одном уроке
trigger-permit-not-sessions = permit_id не совпадает с разрешением сеанса
trigger-journal-kind-once = вид журнала (рабочий или учебный) задаётся один раз, командой init
trigger-audit-unchangeable = журнал изменений не редактируется
trigger-audit-by-triggers = записи журнала изменений делают только триггеры журнала
trigger-history-never-rewritten = история не переписывается
trigger-entry-never-rewritten = запись о том, кто и когда внёс отметки, не переписывается
trigger-chain-never-rewritten = цепочка записей не переписывается
trigger-chain-sealed = цепочку записей заверяет только ejournal
trigger-recorded-lesson-stays = проведённый урок остаётся в журнале
trigger-lesson-record-unchanged = запись о проведении урока не изменяется
trigger-recorded-lesson-topic = у проведённого урока остаётся тема, с которой он проведён
trigger-lesson-recorded-on-day = урок отмечается проведённым в день урока или позже
trigger-lesson-recorded-by-write = урок отмечается проведённым только той записью, которая его вносит
trigger-session-row-kept = строку сеанса удалять нельзя: в ней каждая запись журнала называет автора
trigger-lock-by-command = блокировка меняется только командами `ejournal lock` и `ejournal unlock`
trigger-settings-not-replaced = настройки изменяются, но не заменяются
trigger-settings-not-deleted = настройки изменяются, но не удаляются
trigger-permit-unchangeable = разрешение нельзя изменить, только отозвать
trigger-permit-never-deleted = разрешение не удаляется (его можно отозвать)

## Блокировка дат (db::lock).
lock-date-locked-until = дата { $date } заблокирована: журнал заблокирован по { $until } включительно
lock-date-locked-rolling = дата { $date } заблокирована: записи старше { $days } { $days ->
    [one] дня
   *[other] дней
} блокируются (всё, что раньше { $limit })
lock-date-locked-rolling-grace = дата { $date } заблокирована: записи старше { $days } { $days ->
    [one] дня
   *[other] дней
} (+{ $grace } { $grace ->
    [one] день
    [few] дня
   *[many] дней
} на проверку письменных работ) блокируются (всё, что раньше { $limit })
lock-refused = дата { $date } заблокирована: на заблокированную дату ничего нельзя добавить, изменить или удалить (см. `ejournal lock status`)
lock-calendar-refused = { $what }: это изменило бы календарь на заблокированную дату; уроки и итоговые отметки заблокированных дат не меняются; заместитель директора может снять блокировку командой `ejournal unlock`, указав причину
lock-calendar-refused-until = { $what }: это изменило бы календарь на заблокированную дату (журнал заблокирован по { $until } включительно); уроки и итоговые отметки заблокированных дат не меняются; заместитель директора может снять блокировку командой `ejournal unlock`, указав причину
lock-period-has-finals = { $what }: в периоде уже выставлены итоговые отметки, поэтому его даты не меняются
lock-context-move = перенос блокировки на «{ $value }»
lock-context-rolling = установка скользящей блокировки: { $value }
lock-context-history = чтение истории блокировки
lock-stored-older-than = «{ $value }» — не число дней и не off
lock-stored-not-json = изменение блокировки записано не в JSON: { $error }
lock-stored-no-setting = в изменении блокировки не указана настройка

## Разрешения и срок внесения записей (db::permits).
permit-named-does-not-open = разрешение № { $permit } не открывает эту запись (оно отозвано, истекло или не распространяется на этот урок: см. `ejournal permit list --all`); { $late }
permit-late = { $date } — срок внесения записей истёк: записи за урок { $date } принимаются по { $deadline } включительно ({ $line }), а сегодня { $today }; попросите разрешение у заместителя директора: `ejournal permit add --class … --subject … --from { $date } --to { $date } --reason …`
permit-line-lesson-day = день урока
permit-line-window = { $days } { $days ->
    [one] день
    [few] дня
   *[many] дней
} на внесение записей
permit-line-grace = { $days } { $days ->
    [one] день
    [few] дня
   *[many] дней
} на проверку письменных работ
permit-stored-days = «{ $value }» — не число дней
permit-context-list = чтение разрешений
permit-context-read = чтение разрешения № { $id }
permit-context-record = запись разрешения
permit-context-revoke = отзыв разрешения № { $id }
permit-context-session = чтение сеанса
permit-context-name = указание разрешения в сеансе

## Файл журнала (db::mod).
db-exists = { $path } уже существует: init создаёт новый журнал и никогда не трогает существующий
db-missing = журнала { $path } нет: создайте его командой `ejournal init --school НАЗВАНИЕ --year 2023/2024` или укажите путь к журналу в --db / EJOURNAL_DB
db-no-schema = { $path } — не журнал ejournal (нет версии схемы)
db-newer = { $path } записан более новой версией ejournal (схема { $version }, эта сборка знает схемы до { $known })
db-not-sqlite = { $path } — не журнал: это не файл базы данных SQLite
db-damaged = { $path } повреждён (SQLite находит испорченные страницы): восстановите журнал из резервной копии
db-cannot-open = не удаётся открыть журнал { $path }: файл или его папка недоступны для чтения
db-read-only = в журнал { $path } нельзя записать: файл или его папка только для чтения
db-disk-full = в журнал { $path } нельзя записать: диск заполнен
db-disk-error = журнал { $path } не читается и не записывается: диск сообщает об ошибке
db-session-missing = в журнале нет строки сеанса: файл меняли в обход ejournal
db-warning-changed-outside = предупреждение: после последней записи журнал меняли в обход ejournal; эти записи заверены отдельно как свидетельство (см. `ejournal verify`)
db-migration-failed = миграция { $n } не выполнена: { $why }
db-context-collation = регистрация русской сортировки (RU)
db-context-functions = регистрация SQL-функций журнала
db-context-entry = запись того, кто вносит отметки
db-context-create = создание { $path }
db-context-wal = перевод { $path } в режим WAL
db-context-schema = создание схемы в { $path }
db-context-upgrade = обновление схемы { $path }
db-context-commit = сохранение изменений в журнале
db-context-read-schema = чтение схемы журнала
db-context-copy = копирование журнала в { $path }
db-context-open = открытие { $path }

## Календарь школы в журнале (db::calendar, db::periods).
calendar-no-period-semesters = у { $class } нет периода { $code }: { $grade }-е классы аттестуются по полугодиям H1, H2 и за год Y
calendar-no-period-quarters = у { $class } нет периода { $code }: { $grade }-е классы аттестуются по четвертям Q1–Q4 и за год Y
calendar-outside-year = { $date } — вне учебного года ({ $start } – { $end })
calendar-no-period = в календаре нет периода { $code }
calendar-stored-grades = «{ $value }» — не список параллелей

## Классы, предметы, люди по имени (db::classes, db::courses, db::people).
class-unknown = в журнале нет класса { $class } (см. `ejournal class list`; классы берутся из списка учащихся)
course-no-subject = у { $class } нет предмета «{ $subject }» в учебной нагрузке
course-in-groups = { $class } { $subject }: предмет ведётся по группам ({ $groups }), укажите группу
course-whole-class = { $class } { $subject }: предмет ведётся для всего класса, без деления на группы
course-no-group = { $class } { $subject }: нет группы «{ $group }» (группы: { $groups })
course-context-read = чтение предмета класса (курс { $id })
course-context-class = чтение предметов класса
people-not-found = «{ $name }» не найден ({ $what })
people-ambiguous-birth-date = «{ $name }» — это может быть любой из { $count } { $count ->
    [one] человека
   *[other] человек
} ({ $what }): { $names } — добавьте после имени дату рождения
people-ambiguous-fio = «{ $name }» — это может быть любой из { $count } { $count ->
    [one] человека
   *[other] человек
} ({ $what }): { $names } — укажите ФИО полностью
people-what-student = учащийся { $class }
people-what-staff = сотрудник

## Уроки, учащиеся и виды работ в запросе (db::resolve, db::requests).
resolve-not-enrolled = { $date } учащийся не числился в { $class } (в классе: { $when })
resolve-not-in-group = учащийся не входит в группу { $group } ({ $class } { $subject })
resolve-no-lesson-timetable = { $course }: { $date } урока нет (в этот день его нет в расписании; см. `ejournal lesson list`)
resolve-no-lesson-not-study-day = { $course }: { $date } урока нет (это не учебный день; см. `ejournal lesson list`)
resolve-several-lessons = { $course }: { $date } { $count } { $count ->
    [one] урок
    [few] урока
   *[many] уроков
} (№ { $numbers }): укажите номер урока
resolve-no-lesson-number = { $course }: { $date } нет урока № { $no } (есть № { $numbers })
resolve-not-a-work-type = «{ $value }» — не вид работы (допустимые: { $allowed })
resolve-future = { $date } — дата в будущем (сегодня { $today })
request-future-mark = { $error }: отметки ставятся в день урока
request-grade-one = { $class } — первый класс: отметки не ставятся (безотметочное обучение), только посещаемость и темы уроков
request-absent = отсутствует на этом уроке ({ $code }): отметка и пропуск Н/Б/У не могут стоять вместе
request-no-lessons-of-day = { $class }: { $date } у этого учащегося нет уроков
request-has-mark = у учащегося уже есть отметка на этом уроке ({ $subject }{ $group }): отметка и пропуск { $code } не могут стоять вместе

## Значения в журнале и обозначение строки, в которой значение не читается.
period-stored-not-a-period = «{ $value }» — не отчётный период
final-stored-not-a-final-mark = «{ $value }» — не итоговая отметка
journal-kind-missing = в журнале не указано, рабочий он или учебный
journal-kind-context-write = запись вида журнала (рабочий или учебный)
journal-kind-context-read = чтение вида журнала (рабочий или учебный)
settings-stored-week-days = «{ $value }» — не 5 и не 6
error-row-id = id { $id }
error-row-code = код { $code }
error-row-key = ключ { $key }
error-row-lesson-student = урок { $lesson }, учащийся { $student }

## Что делал журнал, когда SQLite вернул ошибку (контекст ошибки).
db-adding-class = добавление класса { $name }
db-adding-course = добавление предмета класса
db-adding-holiday = добавление каникул
db-adding-period = добавление периода { $code }
db-adding-plan-lesson = добавление урока № { $lesson_no } в КТП
db-adding-remark = добавление замечания
db-adding-setting = добавление настройки { $key }
db-adding-staff = добавление сотрудника { $name }
db-adding-student = добавление учащегося { $name }
db-adding-subject = добавление предмета «{ $clean }»
db-adding-timetable = добавление в расписание
db-adding-work-type = добавление вида работы «{ $name }»
db-binding-plan-lesson = привязка урока (id { $lesson_id }) к КТП
db-changing-absence = изменение пропуска (id { $id })
db-changing-course = изменение предмета класса
db-changing-mark = изменение отметки (id { $id })
db-changing-period = изменение периода { $code }
db-changing-plan-lesson = изменение урока № { $lesson_no } в КТП
db-changing-setting = изменение настройки { $key }
db-correcting-enrolment = исправление зачисления (id { $id })
db-counting-classes-lessons = подсчёт классов и уроков
db-counting-open-remarks = подсчёт открытых замечаний
db-counting-overdue-remarks = подсчёт просроченных замечаний
db-counting-periods-holidays = подсчёт периодов и каникул
db-counting-student-entries = подсчёт записей учащегося (id { $student_id })
db-dating-demo = датирование записей демонстрационного журнала { $date }
db-deleting-absence = удаление пропуска (id { $id })
db-deleting-lesson = удаление урока (id { $id })
db-deleting-mark = удаление отметки (id { $id })
db-ending-enrolment = завершение зачисления (id { $id })
db-enrolling-student = зачисление учащегося (id { $student_id })
db-finding-login = поиск сотрудника с логином «{ $login }»
db-joining-group = включение учащегося (id { $student_id }) в группу
db-leaving-group = исключение учащегося (id { $student_id }) из группы
db-looking-for-mark = поиск отметки
db-looking-up-class = поиск класса
db-looking-up-subject = поиск предмета «{ $name }»
db-making-lesson = создание урока { $date }
db-reading-absences = чтение пропусков
db-reading-attendance = чтение состава учащихся по предметам
db-reading-audit = чтение журнала изменений
db-reading-chain = чтение цепочки записей журнала
db-reading-class-list = чтение списка класса
db-reading-class-names = чтение названий классов
db-reading-class-subjects = чтение предметов класса
db-reading-class-teacher = чтение классного руководителя класса (id { $class_id })
db-reading-classes = чтение классов
db-reading-course = чтение предмета класса
db-reading-course-absences = чтение пропусков по предмету
db-reading-course-lessons = чтение уроков по предмету
db-reading-course-teacher = чтение учителя по предмету (курс { $course_id })
db-reading-courses = чтение предметов классов
db-reading-enrolments = чтение зачислений
db-reading-final-mark = чтение итоговой отметки
db-reading-final-marks = чтение итоговых отметок
db-reading-group-members = чтение состава групп
db-reading-guardian = чтение данных родителя учащегося (id { $student_id })
db-reading-history = чтение истории журнала
db-reading-holidays = чтение каникул
db-reading-led-classes = чтение классов классного руководителя
db-reading-lesson = чтение урока (id { $lesson_id })
db-reading-lessons = чтение уроков
db-reading-load = чтение учебной нагрузки
db-reading-mark = чтение отметки (id { $id })
db-reading-marks = чтение отметок
db-reading-periods = чтение отчётных периодов
db-reading-plan = чтение КТП
db-reading-plan-hours = чтение часов КТП
db-reading-recorded-lessons = чтение проведённых уроков по предмету (курс { $course_id })
db-reading-remarks = чтение замечаний
db-reading-setting = чтение настройки { $key }
db-reading-settings = чтение настроек
db-reading-staff = чтение списка сотрудников
db-reading-staff-logins = чтение логинов сотрудников
db-reading-staff-names = чтение ФИО сотрудников
db-reading-staff-roles = чтение ролей сотрудника (id { $staff_id })
db-reading-student-absences = чтение пропусков учащегося
db-reading-student-enrolments = чтение зачислений учащегося (id { $student_id })
db-reading-student-lesson-marks = чтение отметок учащегося за урок
db-reading-students = чтение списка учащихся
db-reading-substitute-lessons = чтение уроков замены
db-reading-table = чтение таблицы { $table }
db-reading-teacher-courses = чтение предметов учителя
db-reading-teachers = чтение списка учителей
db-reading-timetable = чтение расписания
db-reading-work-type = чтение вида работы (id { $id })
db-reading-work-types = чтение видов работ
db-reading-write-time = чтение времени записи
db-recording-import = запись об импорте { $file }
db-recording-lesson = запись урока (id { $lesson_id })
db-recording-lesson-given = отметка урока (id { $lesson_id }) проведённым
db-removing-holiday = удаление каникул (id { $id })
db-removing-plan-lesson = удаление урока из КТП
db-removing-timetable = удаление из расписания
db-renaming-student = изменение ФИО учащегося { $name }
db-resolving-remark = снятие замечания (id { $id })
db-sealing-history = заверение истории журнала
db-setting-class-teacher = назначение классного руководителя
db-setting-substitute = назначение замены на урок (id { $lesson_id })
db-unbinding-plan-lesson = отвязка урока от КТП
db-updating-staff = изменение данных сотрудника { $name }
db-writing-access-log = запись журнала посещений
db-writing-as = запись от имени { $actor } на { $date }
db-writing-guardian = запись данных родителя учащегося (id { $student_id })

## Значения, которые таблицы показывают словами: виды строк календаря (domain::calendar::CalendarKind), действия и объекты журнала изменений (db::audit). CSV и JSON сохраняют английское значение.
calendar-kind-year = учебный год
calendar-kind-period = период
calendar-kind-holiday = каникулы
calendar-kind-day-off = выходной
audit-action-insert = добавление
audit-action-update = изменение
audit-action-delete = удаление
audit-entity-mark = отметка
audit-entity-final-mark = итоговая отметка
audit-entity-absence = пропуск
audit-entity-enrolment = зачисление
audit-entity-holiday = каникулы или выходной
audit-entity-period = отчётный период
audit-entity-lesson = урок
audit-entity-permit = разрешение
audit-entity-staff = сотрудник
audit-entity-lock = блокировка
audit-entity-setting = настройка

# An import's marks audited as one batch (migration 017).
db-context-batch = запись пакета отметок импорта в журнал изменений
trigger-batch-opened-once = пакет отметок импорта открывается один раз и с обеими границами
## ФИО (domain::fio) и роли (domain::roles).
fio-not-a-name = «{ $value }» — не имя (в нём есть знак «{ $char }»)
fio-cannot-split = «{ $value }» не делится на фамилию, имя и отчество: укажите хотя бы фамилию и имя
fio-too-many-words = «{ $value }»: { $count } { $count ->
    [one] слово
    [few] слова
   *[many] слов
}, а ожидаются фамилия, имя и отчество
fio-initials = «{ $value }»: напишите ФИО полностью, а не инициалы («{ $word }»)
fio-too-long = «{ $word }» — слишком длинно для имени: больше { $max } { $max ->
    [one] символа
   *[other] символов
}
fio-no-name = ФИО не указано
fio-surname-and-name = «{ $value }»: укажите хотя бы фамилию и имя
role-not-a-role = «{ $value }» — не роль (роли: { $roles }; должность вроде «учитель математики» или «заместитель директора по УВР» читается как её роль)
