# Справка (--help) по-русски: описание каждой команды (cmd-ПУТЬ) и каждого параметра
# (arg-ПУТЬ-ИМЯ). Английский текст — в комментариях к коду (см. ../en/help.ftl, его
# выгрузку для переводчика: EJOURNAL_BLESS=1 cargo test --release --test i18n).

cmd-root = Электронный классный журнал школы в одном файле SQLite
cmd-root-after =
    Примеры:
    {"  "}ejournal demo                                    создать демо-школу в ./ejournal-demo
    {"  "}ejournal init --school "Гимназия № 24" --year 2023/2024
    {"  "}ejournal import roster roster.csv               Windows-1251 или UTF-8, ; или , — распознаются
    {"  "}ejournal student list --class 5А --format json

    Коды выхода: 0 — успешно, 1 — ошибка, 2 — неверный вызов, 3 — отчёт выявил недочёты
    (--fail-on-issues), 65 — входные данные отклонены, 75 — журнал занят, 77 — действие
    не разрешено этому сотруднику.

    Язык: русский; EJOURNAL_LANG=en (или LANG=en_US.UTF-8) — сообщения и справка по-английски.
    Заголовки CSV, ключи JSON и коды выхода от языка не зависят.
arg-root-db = Файл журнала
arg-root-actor = Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор
arg-root-format = Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as
arg-root-busy_timeout_ms = Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75
arg-root-wide = Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов
arg-root-quiet = Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему)
cmd-root-init = Создать новый файл журнала с календарём, видами работ и настройками по умолчанию
cmd-root-init-long =
    Создать новый файл журнала с календарём, видами работ и настройками по умолчанию

    Пример: ejournal init --school "Гимназия № 24" --year 2023/2024
arg-root-init-school = Название школы, как оно печатается в документах
arg-root-init-year = Учебный год, например 2023/2024
arg-root-init-six_day_week = Школа работает шесть дней в неделю (понедельник–суббота)
arg-root-init-training = Учебный журнал (для тренировки): только в нём EJOURNAL_TODAY может задать сегодняшнюю дату, и на всём, что он выводит, указано, что это не документ. Задаётся один раз и не меняется
cmd-root-calendar = Показать и изменить календарь школы: периоды, каникулы, выходные дни
cmd-root-calendar-long =
    Показать и изменить календарь школы: периоды, каникулы, выходные дни

    Пример: ejournal calendar add-holiday --from 2024-04-29 --to 2024-04-30 --name перенос
cmd-root-calendar-show = Показать периоды, каникулы и выходные дни
cmd-root-calendar-show-long =
    Показать периоды, каникулы и выходные дни

    Пример: ejournal calendar show --format json
cmd-root-calendar-set-period = Изменить даты периода
cmd-root-calendar-set-period-long =
    Изменить даты периода

    Пример: ejournal calendar set-period Q1 --from 01.09.2023 --to 27.10.2023
arg-root-calendar-set-period-period = Q1–Q4, H1, H2 или Y
arg-root-calendar-set-period-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-calendar-set-period-to = Последняя дата (ДД.ММ.ГГГГ)
cmd-root-calendar-add-holiday = Добавить каникулы или выходной день (перенесённый выходной: --from ДАТА --to ДАТА)
cmd-root-calendar-add-holiday-long =
    Добавить каникулы или выходной день (перенесённый выходной: --from ДАТА --to ДАТА)

    Пример: ejournal calendar add-holiday --from 17.02.2024 --to 25.02.2024 --grades 1
arg-root-calendar-add-holiday-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-calendar-add-holiday-to = Последняя дата (ДД.ММ.ГГГГ)
arg-root-calendar-add-holiday-grades = Только для этих параллелей, например 1 или 1-4 [по умолчанию: все параллели]
arg-root-calendar-add-holiday-name = Что это, например "перенос выходного дня"
cmd-root-calendar-remove-holiday = Удалить каникулы (выходной) по номеру, который выводит `calendar show`
cmd-root-calendar-remove-holiday-long =
    Удалить каникулы (выходной) по номеру, который выводит `calendar show`

    Пример: ejournal calendar remove-holiday 7
arg-root-calendar-remove-holiday-id = Номер, как его показывает `list`
cmd-root-import = Загрузить файлы школы (.csv или .xlsx): список учащихся, сотрудники, нагрузка, группы, расписание, КТП, отметки, пропуски, итоговые отметки, журнал посещений портала
cmd-root-import-long =
    Загрузить файлы школы (.csv или .xlsx): список учащихся, сотрудники, нагрузка, группы, расписание, КТП, отметки, пропуски, итоговые отметки, журнал посещений портала

    Пример: ejournal import roster roster.csv --dry-run
cmd-root-import-roster = Учащиеся и их родители: Класс, Фамилия, Имя, Отчество (или один столбец ФИО), Дата рождения, …
cmd-root-import-roster-long =
    Учащиеся и их родители: Класс, Фамилия, Имя, Отчество (или один столбец ФИО), Дата рождения, …

    Пример: ejournal import roster roster.csv
arg-root-import-roster-file = Файл: .csv (или - для стандартного ввода) или .xlsx
arg-root-import-roster-dry_run = Проверить файл и показать, что изменится, ничего не записывая
arg-root-import-roster-encoding = Задать кодировку CSV [по умолчанию: определяется автоматически]
arg-root-import-roster-delimiter = Задать разделитель CSV: ';', ',', 'tab' [по умолчанию: определяется автоматически]
arg-root-import-roster-sheet = Лист .xlsx для чтения [по умолчанию: первый]
cmd-root-import-staff = Сотрудники: Фамилия, Имя, Отчество (или один столбец ФИО), Роль, Класс (класс, которым руководит классный руководитель)
cmd-root-import-staff-long =
    Сотрудники: Фамилия, Имя, Отчество (или один столбец ФИО), Роль, Класс (класс, которым руководит классный руководитель)

    Пример: ejournal import staff staff.xlsx
arg-root-import-staff-file = Файл: .csv (или - для стандартного ввода) или .xlsx
arg-root-import-staff-dry_run = Проверить файл и показать, что изменится, ничего не записывая
arg-root-import-staff-encoding = Задать кодировку CSV [по умолчанию: определяется автоматически]
arg-root-import-staff-delimiter = Задать разделитель CSV: ';', ',', 'tab' [по умолчанию: определяется автоматически]
arg-root-import-staff-sheet = Лист .xlsx для чтения [по умолчанию: первый]
cmd-root-import-load = Педагогическая нагрузка: Класс, Предмет, Учитель, Часов в неделю, Группа
cmd-root-import-load-long =
    Педагогическая нагрузка: Класс, Предмет, Учитель, Часов в неделю, Группа

    Пример: ejournal import load load.xlsx
arg-root-import-load-file = Файл: .csv (или - для стандартного ввода) или .xlsx
arg-root-import-load-dry_run = Проверить файл и показать, что изменится, ничего не записывая
arg-root-import-load-encoding = Задать кодировку CSV [по умолчанию: определяется автоматически]
arg-root-import-load-delimiter = Задать разделитель CSV: ';', ',', 'tab' [по умолчанию: определяется автоматически]
arg-root-import-load-sheet = Лист .xlsx для чтения [по умолчанию: первый]
cmd-root-import-groups = Группы при делении классов: Класс, Предмет, Группа, Ученик
cmd-root-import-groups-long =
    Группы при делении классов: Класс, Предмет, Группа, Ученик

    Пример: ejournal import groups groups.csv
arg-root-import-groups-file = Файл: .csv (или - для стандартного ввода) или .xlsx
arg-root-import-groups-dry_run = Проверить файл и показать, что изменится, ничего не записывая
arg-root-import-groups-encoding = Задать кодировку CSV [по умолчанию: определяется автоматически]
arg-root-import-groups-delimiter = Задать разделитель CSV: ';', ',', 'tab' [по умолчанию: определяется автоматически]
arg-root-import-groups-sheet = Лист .xlsx для чтения [по умолчанию: первый]
cmd-root-import-timetable = Расписание: Класс, День, Урок, Предмет, Группа (файл класса заменяет его расписание)
cmd-root-import-timetable-long =
    Расписание: Класс, День, Урок, Предмет, Группа (файл класса заменяет его расписание)

    Сетка распознаётся и читается тоже: день и номер урока по строкам, столбец на каждый класс (5А, 9 А), предметы — как их пишут в школе (Матем., Англ. яз. (1 гр.) / Англ. яз. (2 гр.)).

    Пример: ejournal import timetable timetable.xlsx
arg-root-import-timetable-file = Файл: .csv (или - для стандартного ввода) или .xlsx
arg-root-import-timetable-dry_run = Проверить файл и показать, что изменится, ничего не записывая
arg-root-import-timetable-encoding = Задать кодировку CSV [по умолчанию: определяется автоматически]
arg-root-import-timetable-delimiter = Задать разделитель CSV: ';', ',', 'tab' [по умолчанию: определяется автоматически]
arg-root-import-timetable-sheet = Лист .xlsx для чтения [по умолчанию: первый]
cmd-root-import-plan = КТП одного курса: № урока, Тема, Часов, Дата, Домашнее задание
cmd-root-import-plan-long =
    КТП одного курса: № урока, Тема, Часов, Дата, Домашнее задание

    Без --class/--subject они берутся из имени файла вида 5А_Математика.csv или 5А_Английский язык_1.xlsx (класс_предмет_группа; всё, что после, не учитывается). Выгрузка «поурочного планирования» с edsoo.ru распознаётся и читается как есть.

    Пример: ejournal import plan КТП.xlsx --class 5А --subject Математика
arg-root-import-plan-file = Файл: .csv (или - для стандартного ввода) или .xlsx
arg-root-import-plan-dry_run = Проверить файл и показать, что изменится, ничего не записывая
arg-root-import-plan-encoding = Задать кодировку CSV [по умолчанию: определяется автоматически]
arg-root-import-plan-delimiter = Задать разделитель CSV: ';', ',', 'tab' [по умолчанию: определяется автоматически]
arg-root-import-plan-sheet = Лист .xlsx для чтения [по умолчанию: первый]
arg-root-import-plan-class = Класс, например 5А [по умолчанию: из имени файла]
arg-root-import-plan-subject = Предмет [по умолчанию: из имени файла]
arg-root-import-plan-group = Группа (для предмета с делением на группы)
cmd-root-import-marks = Отметки: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа
cmd-root-import-marks-long =
    Отметки: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа

    Пример: ejournal import marks marks.csv
arg-root-import-marks-file = Файл: .csv (или - для стандартного ввода) или .xlsx
arg-root-import-marks-dry_run = Проверить файл и показать, что изменится, ничего не записывая
arg-root-import-marks-encoding = Задать кодировку CSV [по умолчанию: определяется автоматически]
arg-root-import-marks-delimiter = Задать разделитель CSV: ';', ',', 'tab' [по умолчанию: определяется автоматически]
arg-root-import-marks-sheet = Лист .xlsx для чтения [по умолчанию: первый]
cmd-root-import-absences = Пропуски: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (без предмета — весь день)
cmd-root-import-absences-long =
    Пропуски: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (без предмета — весь день)

    Пример: ejournal import absences absences.csv
arg-root-import-absences-file = Файл: .csv (или - для стандартного ввода) или .xlsx
arg-root-import-absences-dry_run = Проверить файл и показать, что изменится, ничего не записывая
arg-root-import-absences-encoding = Задать кодировку CSV [по умолчанию: определяется автоматически]
arg-root-import-absences-delimiter = Задать разделитель CSV: ';', ',', 'tab' [по умолчанию: определяется автоматически]
arg-root-import-absences-sheet = Лист .xlsx для чтения [по умолчанию: первый]
cmd-root-import-access-log = Журнал посещений портала: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)
cmd-root-import-access-log-long =
    Журнал посещений портала: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)

    Пример: ejournal import access-log portal.csv
arg-root-import-access-log-file = Файл: .csv (или - для стандартного ввода) или .xlsx
arg-root-import-access-log-dry_run = Проверить файл и показать, что изменится, ничего не записывая
arg-root-import-access-log-encoding = Задать кодировку CSV [по умолчанию: определяется автоматически]
arg-root-import-access-log-delimiter = Задать разделитель CSV: ';', ',', 'tab' [по умолчанию: определяется автоматически]
arg-root-import-access-log-sheet = Лист .xlsx для чтения [по умолчанию: первый]
cmd-root-import-finals = Итоговые отметки: Класс, Предмет, Ученик, Период, Отметка, Группа
cmd-root-import-finals-long =
    Итоговые отметки: Класс, Предмет, Ученик, Период, Отметка, Группа

    Пример: ejournal import finals finals.xlsx
arg-root-import-finals-file = Файл: .csv (или - для стандартного ввода) или .xlsx
arg-root-import-finals-dry_run = Проверить файл и показать, что изменится, ничего не записывая
arg-root-import-finals-encoding = Задать кодировку CSV [по умолчанию: определяется автоматически]
arg-root-import-finals-delimiter = Задать разделитель CSV: ';', ',', 'tab' [по умолчанию: определяется автоматически]
arg-root-import-finals-sheet = Лист .xlsx для чтения [по умолчанию: первый]
cmd-root-import-lessons = Проведённые уроки (записи учителя): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание
cmd-root-import-lessons-long =
    Проведённые уроки (записи учителя): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание

    Урок из каждой строки записывается как проведённый; заполненные Тема или Домашнее задание заменяют записанные для урока (формулировка самого учителя), пустые оставляют взятые из КТП.

    Пример: ejournal import lessons журнал_5А_математика.xlsx
arg-root-import-lessons-file = Файл: .csv (или - для стандартного ввода) или .xlsx
arg-root-import-lessons-dry_run = Проверить файл и показать, что изменится, ничего не записывая
arg-root-import-lessons-encoding = Задать кодировку CSV [по умолчанию: определяется автоматически]
arg-root-import-lessons-delimiter = Задать разделитель CSV: ';', ',', 'tab' [по умолчанию: определяется автоматически]
arg-root-import-lessons-sheet = Лист .xlsx для чтения [по умолчанию: первый]
cmd-root-class = Список классов
cmd-root-class-long =
    Список классов

    Пример: ejournal class list
cmd-root-class-list = Список классов по параллелям и литерам: классный руководитель и число учащихся на сегодня
cmd-root-class-list-long =
    Список классов по параллелям и литерам: классный руководитель и число учащихся на сегодня

    Пример: ejournal class list --format csv
cmd-root-student = Список учащихся или запись о выбытии ученика из класса
cmd-root-student-long =
    Список учащихся или запись о выбытии ученика из класса

    Пример: ejournal student list --class 5А --format json
cmd-root-student-list = Список учащихся в русском алфавитном порядке на сегодня (или на дату --on ДАТА)
cmd-root-student-list-long =
    Список учащихся в русском алфавитном порядке на сегодня (или на дату --on ДАТА)

    Пример: ejournal student list --class 5А --format json
arg-root-student-list-class = Только этот класс
arg-root-student-list-on = На эту дату [по умолчанию: сегодня]
arg-root-student-list-all = Все зачисления за год, включая выбывших и переведённых учеников
cmd-root-student-leave = Записать выбытие ученика из класса (из школы): начиная с даты --date он в классе не числится
cmd-root-student-leave-long =
    Записать выбытие ученика из класса (из школы): начиная с даты --date он в классе не числится

    Пример: ejournal student leave --class 5А --student "Жуков Матвей" --date 16.10.2023
arg-root-student-leave-class = Класс, например 5А
arg-root-student-leave-student = Ученик: ФИО (полных тёзок различает дата рождения после ФИО)
arg-root-student-leave-date = Первый день, когда ученик уже не числится в классе
arg-root-student-leave-reason = Причина (сохраняется в журнале изменений), например "переведён в другую школу"
cmd-root-staff = Список сотрудников
cmd-root-staff-long =
    Список сотрудников

    Пример: ejournal staff list
cmd-root-staff-list = Список сотрудников в русском алфавитном порядке: роли, класс, часы нагрузки и логин
cmd-root-staff-list-long =
    Список сотрудников в русском алфавитном порядке: роли, класс, часы нагрузки и логин

    Пример: ejournal staff list --format csv
cmd-root-staff-set-login = Привязать сотрудника к его логину в операционной системе (только заместитель директора или директор)
cmd-root-staff-set-login-long =
    Привязать сотрудника к его логину в операционной системе (только заместитель директора или директор)

    С этого момента всё, что вносится с этого логина, записывается от имени сотрудника, что бы ни указывал --actor; как только привязан хотя бы один логин, записи с непривязанных логинов отклоняются.

    Пример: ejournal staff set-login "Белова Т.Н." --login belova
arg-root-staff-set-login-name = Сотрудник (ФИО или "Фамилия И.О.")
arg-root-staff-set-login-login = Логин (как его выводит `id -un`)
arg-root-staff-set-login-remove = Вместо привязки отвязать логин сотрудника
cmd-root-course = Список курсов — предметов, которые ведутся в классах и группах: учитель и часы
cmd-root-course-long =
    Список курсов — предметов, которые ведутся в классах и группах: учитель и часы

    Пример: ejournal course list --class 9А
cmd-root-course-list = Список курсов: класс, предмет, группа, учитель, часы, учащиеся, КТП и расписание
cmd-root-course-list-long =
    Список курсов: класс, предмет, группа, учитель, часы, учащиеся, КТП и расписание

    Пример: ejournal course list --class 5А
arg-root-course-list-class = Только этот класс
cmd-root-plan = Показать календарно-тематическое планирование (КТП) курса
cmd-root-plan-long =
    Показать календарно-тематическое планирование (КТП) курса

    Пример: ejournal plan show --class 5А --subject Математика
cmd-root-plan-show = Показать КТП курса по порядку уроков
cmd-root-plan-show-long =
    Показать КТП курса по порядку уроков

    Пример: ejournal plan show --class 5А --subject "Английский язык" --group 1
arg-root-plan-show-class = Класс, например 5А
arg-root-plan-show-subject = Предмет, например Математика
arg-root-plan-show-group = Группа (для предмета с делением на группы)
cmd-root-timetable = Показать расписание класса
cmd-root-timetable-long =
    Показать расписание класса

    Пример: ejournal timetable show --class 5А
cmd-root-timetable-show = Показать недельное расписание класса по дням
cmd-root-timetable-show-long =
    Показать недельное расписание класса по дням

    Пример: ejournal timetable show --class 5А
arg-root-timetable-show-class = Класс, например 5А
cmd-root-lesson = Уроки: создать по расписанию и КТП, вывести список, записать тему и домашнее задание
cmd-root-lesson-long =
    Уроки: создать по расписанию и КТП, вывести список, записать тему и домашнее задание

    Пример: ejournal lessons generate --class 5А
cmd-root-lesson-generate = Создать уроки каждого курса с датами по расписанию и календарю и по порядку привязать к ним темы КТП
cmd-root-lesson-generate-long =
    Создать уроки каждого курса с датами по расписанию и календарю и по порядку привязать к ним темы КТП

    Пример: ejournal lessons generate --class 5А --from 01.09.2023 --to 27.10.2023
arg-root-lesson-generate-class = Только этот класс
arg-root-lesson-generate-from = Первая дата [по умолчанию: начало учебного года]
arg-root-lesson-generate-to = Последняя дата [по умолчанию: конец учебного года]
cmd-root-lesson-list = Список уроков курса: дата, номер, тема, домашнее задание, учитель
cmd-root-lesson-list-long =
    Список уроков курса: дата, номер, тема, домашнее задание, учитель

    Пример: ejournal lesson list --class 5А --subject Математика --from 01.10.2023 --to 31.10.2023
arg-root-lesson-list-class = Класс, например 5А
arg-root-lesson-list-subject = Предмет, например Математика
arg-root-lesson-list-group = Группа (для предмета с делением на группы)
arg-root-lesson-list-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-lesson-list-to = Последняя дата (ДД.ММ.ГГГГ)
cmd-root-lesson-set = Записать тему урока, домашнее задание или замещающего учителя, который провёл урок; урок сегодняшнего или более раннего дня при этом записывается как проведённый (как `lesson confirm`)
cmd-root-lesson-set-long =
    Записать тему урока, домашнее задание или замещающего учителя, который провёл урок; урок сегодняшнего или более раннего дня при этом записывается как проведённый (как `lesson confirm`)

    Пример: ejournal lesson set --class 5А --subject Математика --date 12.10.2023 --homework "§ 5, № 112"
arg-root-lesson-set-class = Класс, например 5А
arg-root-lesson-set-subject = Предмет, например Математика
arg-root-lesson-set-group = Группа (для предмета с делением на группы)
arg-root-lesson-set-date = Дата урока
arg-root-lesson-set-lesson_no = Номер урока в дне, если в этот день по курсу два урока
arg-root-lesson-set-topic = Пройденная тема [по умолчанию: из КТП или уже записанная]
arg-root-lesson-set-homework = Заданное домашнее задание [по умолчанию: из КТП или уже записанное]
arg-root-lesson-set-teacher = Учитель, который провёл урок (ФИО), если это не учитель курса
arg-root-lesson-set-reason = Причина (сохраняется в журнале изменений)
arg-root-lesson-set-permit = Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]
cmd-root-lesson-confirm = Записать урок как проведённый: учитель (или замещающий учитель) подтверждает, что урок состоялся, с темой и домашним заданием по плану, если --topic или --homework не задают иное. Время и автор записи сохраняются; действуют правило дня урока и блокировка
cmd-root-lesson-confirm-long =
    Записать урок как проведённый: учитель (или замещающий учитель) подтверждает, что урок состоялся, с темой и домашним заданием по плану, если --topic или --homework не задают иное. Время и автор записи сохраняются; действуют правило дня урока и блокировка.

    Пример: ejournal lesson confirm --class 5А --subject Математика --date 12.10.2023
arg-root-lesson-confirm-class = Класс, например 5А
arg-root-lesson-confirm-subject = Предмет, например Математика
arg-root-lesson-confirm-group = Группа (для предмета с делением на группы)
arg-root-lesson-confirm-date = Дата урока
arg-root-lesson-confirm-lesson_no = Номер урока в дне, если в этот день по курсу два урока
arg-root-lesson-confirm-topic = Пройденная тема [по умолчанию: из КТП или уже записанная]
arg-root-lesson-confirm-homework = Заданное домашнее задание [по умолчанию: из КТП или уже записанное]
arg-root-lesson-confirm-teacher = Учитель, который провёл урок (ФИО), если это не учитель курса
arg-root-lesson-confirm-reason = Причина (сохраняется в журнале изменений)
arg-root-lesson-confirm-permit = Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]
cmd-root-mark = Отметки: добавить, вывести список, изменить или удалить (с указанием причины)
cmd-root-mark-long =
    Отметки: добавить, вывести список, изменить или удалить (с указанием причины)

    Пример: ejournal mark add --date 12.10.2023 --class 5А --subject Математика --student "Ёлкин Фёдор" --mark 5
cmd-root-mark-add = Добавить отметку за работу на уроке (за один урок можно поставить несколько, каждую со своим видом работы)
cmd-root-mark-add-long =
    Добавить отметку за работу на уроке (за один урок можно поставить несколько, каждую со своим видом работы)

    Пример: ejournal mark add --date 12.10.2023 --class 5А --subject Математика --student "Ёлкин Фёдор" --mark 5 --work-type "Контрольная работа"
arg-root-mark-add-date = Дата урока (ДД.ММ.ГГГГ)
arg-root-mark-add-class = Класс, например 5А
arg-root-mark-add-subject = Предмет, например Математика
arg-root-mark-add-group = Группа (для предмета с делением на группы)
arg-root-mark-add-student = "Фамилия Имя [Отчество]" (полных тёзок различает дата рождения после ФИО)
arg-root-mark-add-lesson_no = Номер урока в дне, если в этот день по курсу два урока
arg-root-mark-add-permit = Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]
arg-root-mark-add-mark = 1–5, зч или нз
arg-root-mark-add-work_type = Вид работы [по умолчанию: Ответ на уроке]
cmd-root-mark-list = Список отметок: дата, предмет, ученик, отметка, вид работы и вес
cmd-root-mark-list-long =
    Список отметок: дата, предмет, ученик, отметка, вид работы и вес

    Пример: ejournal mark list --class 5А --subject Математика --from 01.10.2023 --to 31.10.2023 --format json
arg-root-mark-list-class = Класс, например 5А
arg-root-mark-list-subject = Предмет, например Математика
arg-root-mark-list-group = Группа (для предмета с делением на группы)
arg-root-mark-list-student = "Фамилия Имя [Отчество]"
arg-root-mark-list-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-mark-list-to = Последняя дата (ДД.ММ.ГГГГ)
cmd-root-mark-change = Изменить отметку (прежнее значение остаётся в журнале изменений)
cmd-root-mark-change-long =
    Изменить отметку (прежнее значение остаётся в журнале изменений)

    Пример: ejournal mark change --id 118 --mark 4 --reason "ошибка ввода"
arg-root-mark-change-id = Номер отметки, как его показывает `mark list`
arg-root-mark-change-date = Дата урока (ДД.ММ.ГГГГ)
arg-root-mark-change-class = Класс, например 5А
arg-root-mark-change-subject = Предмет, например Математика
arg-root-mark-change-group = Группа (для предмета с делением на группы)
arg-root-mark-change-student = Ученик: ФИО (полных тёзок различает дата рождения после ФИО)
arg-root-mark-change-lesson_no = Номер урока в дне, если в этот день по курсу два урока
arg-root-mark-change-old_mark = Какая из отметок ученика за этот урок, если их несколько: её значение
arg-root-mark-change-permit = Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]
arg-root-mark-change-mark = Новое значение
arg-root-mark-change-work_type = Новый вид работы
arg-root-mark-change-reason = Причина (обязательно; сохраняется в журнале изменений)
cmd-root-mark-delete = Удалить отметку (она остаётся в журнале изменений)
cmd-root-mark-delete-long =
    Удалить отметку (она остаётся в журнале изменений)

    Пример: ejournal mark delete --id 118 --reason "поставлена не тому ученику"
arg-root-mark-delete-id = Номер отметки, как его показывает `mark list`
arg-root-mark-delete-date = Дата урока (ДД.ММ.ГГГГ)
arg-root-mark-delete-class = Класс, например 5А
arg-root-mark-delete-subject = Предмет, например Математика
arg-root-mark-delete-group = Группа (для предмета с делением на группы)
arg-root-mark-delete-student = Ученик: ФИО (полных тёзок различает дата рождения после ФИО)
arg-root-mark-delete-lesson_no = Номер урока в дне, если в этот день по курсу два урока
arg-root-mark-delete-old_mark = Какая из отметок ученика за этот урок, если их несколько: её значение
arg-root-mark-delete-permit = Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]
arg-root-mark-delete-reason = Причина (обязательно; сохраняется в журнале изменений)
cmd-root-absence = Пропуски: Б — болеет, У — уважительная причина, Н — неуважительная причина, О — опоздал
cmd-root-absence-long =
    Пропуски: Б — болеет, У — уважительная причина, Н — неуважительная причина, О — опоздал

    Пример: ejournal absence add --date 12.10.2023 --class 5А --student "Жуков Матвей" --code Н
cmd-root-absence-add = Отметить пропуск: Б — болеет, У — уважительная причина, Н — неуважительная причина, О — опоздал; без --subject — все уроки дня
cmd-root-absence-add-long =
    Отметить пропуск: Б — болеет, У — уважительная причина, Н — неуважительная причина, О — опоздал; без --subject — все уроки дня

    Пример: ejournal absence add --date 12.10.2023 --class 5А --student "Жуков Матвей" --code Б
arg-root-absence-add-date = Дата урока (ДД.ММ.ГГГГ)
arg-root-absence-add-class = Класс, например 5А
arg-root-absence-add-student = "Фамилия Имя [Отчество]"
arg-root-absence-add-subject = Только урок этого предмета [по умолчанию: все уроки дня]
arg-root-absence-add-group = Группа (для предмета с делением на группы)
arg-root-absence-add-lesson_no = Номер урока в дне, если в этот день по курсу два урока
arg-root-absence-add-permit = Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]
arg-root-absence-add-code = Код пропуска: Н (неуважительная причина), Б (болеет), У (уважительная причина), О (опоздал)
cmd-root-absence-list = Список пропусков: дата, урок, предмет, ученик и код
cmd-root-absence-list-long =
    Список пропусков: дата, урок, предмет, ученик и код

    Пример: ejournal absence list --class 5А --from 01.10.2023 --to 31.10.2023
arg-root-absence-list-class = Класс, например 5А
arg-root-absence-list-subject = Предмет, например Математика
arg-root-absence-list-group = Группа (для предмета с делением на группы)
arg-root-absence-list-student = "Фамилия Имя [Отчество]"
arg-root-absence-list-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-absence-list-to = Последняя дата (ДД.ММ.ГГГГ)
cmd-root-absence-change = Изменить код пропусков ученика за этот день (Н → Б, когда принесли медицинскую справку)
cmd-root-absence-change-long =
    Изменить код пропусков ученика за этот день (Н → Б, когда принесли медицинскую справку)

    Пример: ejournal absence change --date 12.10.2023 --class 5А --student "Жуков Матвей" --code Б --reason "справка"
arg-root-absence-change-date = Дата урока (ДД.ММ.ГГГГ)
arg-root-absence-change-class = Класс, например 5А
arg-root-absence-change-student = "Фамилия Имя [Отчество]"
arg-root-absence-change-subject = Только урок этого предмета [по умолчанию: все уроки дня]
arg-root-absence-change-group = Группа (для предмета с делением на группы)
arg-root-absence-change-lesson_no = Номер урока в дне, если в этот день по курсу два урока
arg-root-absence-change-permit = Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]
arg-root-absence-change-code = Новый код
arg-root-absence-change-reason = Причина (сохраняется в журнале изменений)
cmd-root-absence-delete = Удалить пропуски ученика за этот день (они остаются в журнале изменений)
cmd-root-absence-delete-long =
    Удалить пропуски ученика за этот день (они остаются в журнале изменений)

    Пример: ejournal absence delete --date 12.10.2023 --class 5А --student "Жуков Матвей" --reason "был на уроке"
arg-root-absence-delete-date = Дата урока (ДД.ММ.ГГГГ)
arg-root-absence-delete-class = Класс, например 5А
arg-root-absence-delete-student = "Фамилия Имя [Отчество]"
arg-root-absence-delete-subject = Только урок этого предмета [по умолчанию: все уроки дня]
arg-root-absence-delete-group = Группа (для предмета с делением на группы)
arg-root-absence-delete-lesson_no = Номер урока в дне, если в этот день по курсу два урока
arg-root-absence-delete-permit = Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]
arg-root-absence-delete-reason = Причина (обязательно; сохраняется в журнале изменений)
cmd-root-final = Итоговые отметки за период: предложить, выставить, принять, вывести список
cmd-root-final-long =
    Итоговые отметки за период: предложить, выставить, принять, вывести список

    Пример: ejournal final suggest --period Q1 --class 5А
cmd-root-final-suggest = Предложить отметки за период: отметки, средневзвешенный балл и отметка после округления (или н/а)
cmd-root-final-suggest-long =
    Предложить отметки за период: отметки, средневзвешенный балл и отметка после округления (или н/а)

    Пример: ejournal final suggest --period Q1 --class 5А --subject Математика
arg-root-final-suggest-period = Период: Q1–Q4, H1, H2, Y (также «I четверть», «год» …)
arg-root-final-suggest-class = Класс, например 5А
arg-root-final-suggest-subject = Предмет, например Математика
arg-root-final-suggest-group = Группа (для предмета с делением на группы)
cmd-root-final-set = Выставить итоговую отметку одному ученику: 5 4 3 2 1 зч нз н/а осв
cmd-root-final-set-long =
    Выставить итоговую отметку одному ученику: 5 4 3 2 1 зч нз н/а осв

    Пример: ejournal final set --period Q1 --class 5А --subject Математика --student "Ёлкин Фёдор" --mark 4
arg-root-final-set-period = Период: Q1–Q4, H1, H2, Y (также «I четверть», «год» …)
arg-root-final-set-class = Класс, например 5А
arg-root-final-set-subject = Предмет, например Математика
arg-root-final-set-group = Группа (для предмета с делением на группы)
arg-root-final-set-student = Ученик: ФИО (полных тёзок различает дата рождения после ФИО)
arg-root-final-set-mark = Отметка: 5, 4, 3, 2, 1, зч, нз (для итоговых также н/а, осв)
arg-root-final-set-reason = Причина, если меняется уже выставленная отметка (сохраняется в журнале изменений)
cmd-root-final-accept = Выставить предложенные отметки там, где итоговая отметка ещё не выставлена
cmd-root-final-accept-long =
    Выставить предложенные отметки там, где итоговая отметка ещё не выставлена

    Пример: ejournal final accept --period Q1 --class 5А
arg-root-final-accept-period = Период: Q1–Q4, H1, H2, Y (также «I четверть», «год» …)
arg-root-final-accept-class = Класс, например 5А
arg-root-final-accept-subject = Предмет, например Математика
arg-root-final-accept-group = Группа (для предмета с делением на группы)
cmd-root-final-list = Список итоговых отметок
cmd-root-final-list-long =
    Список итоговых отметок

    Пример: ejournal final list --period Q1 --class 5А --format csv
arg-root-final-list-period = Период: Q1–Q4, H1, H2, Y (также «I четверть», «год» …)
arg-root-final-list-class = Класс, например 5А
arg-root-final-list-subject = Предмет, например Математика
arg-root-final-list-group = Группа (для предмета с делением на группы)
cmd-root-lock = Заблокировать прошедшие даты (--until ДАТА или скользящая блокировка --older-than N) или показать блокировку
cmd-root-lock-long =
    Заблокировать прошедшие даты (--until ДАТА или скользящая блокировка --older-than N) или показать блокировку

    Пример: ejournal lock --until 27.10.2023 --reason "конец I четверти"
arg-root-lock-until = Заблокировать все даты по эту включительно (блокировка сдвигается только вперёд)
arg-root-lock-older_than = Скользящая блокировка: при каждой записи блокируется всё, что старше N дней ("off" отключает её)
arg-root-lock-reason = Причина (сохраняется в журнале изменений)
cmd-root-lock-status = Показать, что заблокировано, и последние изменения блокировки
cmd-root-lock-status-long =
    Показать, что заблокировано, и последние изменения блокировки

    Пример: ejournal lock status
cmd-root-unlock = Сдвинуть блокировку назад (заместитель директора или директор, с указанием причины)
cmd-root-unlock-long =
    Сдвинуть блокировку назад (заместитель директора или директор, с указанием причины)

    Пример: ejournal unlock --until 20.10.2023 --reason "приказ № 45"
arg-root-unlock-until = Оставить заблокированными только даты по эту включительно
arg-root-unlock-all = Снять блокировку полностью
arg-root-unlock-reason = Причина (обязательно; сохраняется в журнале изменений)
cmd-root-permit = Разрешения на позднее внесение и исправление записей: выдать, вывести список, отозвать — заместители директора и директор
cmd-root-permit-long =
    Разрешения на позднее внесение и исправление записей: выдать, вывести список, отозвать — заместители директора и директор

    Пример: ejournal permit add --class 5А --subject Математика --from 02.10.2023 --to 06.10.2023 --reason "болезнь учителя"
cmd-root-permit-add = Разрешить позднее внесение и исправление записей за уроки с датами --from..--to до конца дня --until
cmd-root-permit-add-long =
    Разрешить позднее внесение и исправление записей за уроки с датами --from..--to до конца дня --until

    Без --class разрешение действует на всю школу (перенос отметок из прежней системы); без --subject — на весь класс.

    Пример: ejournal permit add --class 5А --subject Математика --from 02.10.2023 --to 06.10.2023 --reason "учитель болел"
arg-root-permit-add-class = Класс, например 5А
arg-root-permit-add-subject = Предмет, например Математика
arg-root-permit-add-group = Группа (для предмета с делением на группы)
arg-root-permit-add-from = Первая дата уроков, на которые распространяется разрешение
arg-root-permit-add-to = Последняя дата уроков, на которые распространяется разрешение
arg-root-permit-add-until = Действует до конца этого дня включительно [по умолчанию: сегодня]
arg-root-permit-add-reason = Причина (обязательно; хранится в разрешении и в журнале изменений)
cmd-root-permit-list = Список разрешений, действующих сегодня (--all — все когда-либо выданные)
cmd-root-permit-list-long =
    Список разрешений, действующих сегодня (--all — все когда-либо выданные)

    Пример: ejournal permit list --all --format csv
arg-root-permit-list-all = Также отозванные и истёкшие
cmd-root-permit-revoke = Отозвать разрешение (запись о нём сохраняется)
cmd-root-permit-revoke-long =
    Отозвать разрешение (запись о нём сохраняется)

    Пример: ejournal permit revoke 3 --reason "выдано ошибочно"
arg-root-permit-revoke-id = Номер разрешения, как его показывает `permit list`
arg-root-permit-revoke-reason = Причина (обязательно; сохраняется в журнале изменений)
cmd-root-audit = Журнал изменений: кто, что и когда изменил, что было до и после, и почему
cmd-root-audit-long =
    Журнал изменений: кто, что и когда изменил, что было до и после, и почему

    Пример: ejournal audit --class 5А --since 01.10.2023
arg-root-audit-class = Только изменения в этом классе
arg-root-audit-student = Только изменения по этому ученику (нужен --class)
arg-root-audit-since = Только изменения, внесённые в эту дату или позже
arg-root-audit-entity = Только записи этого вида: mark, absence, lesson, final_mark, lock, enrolment, period, holiday, setting, permit, staff
cmd-root-backup = Сделать резервную копию журнала в папку (на внешний диск) без остановки работы, с проверкой, как в verify
cmd-root-backup-long =
    Сделать резервную копию журнала в папку (на внешний диск) без остановки работы, с проверкой, как в verify

    Пример: ejournal backup --to /media/usb/ejournal --keep 30
arg-root-backup-to = Папка для резервной копии (например, на внешнем диске); создаётся, если её нет
arg-root-backup-keep = Хранить в папке только N последних резервных копий этой школы
cmd-root-restore = Восстановить журнал из резервной копии (копия сначала проверяется; заменяемый журнал сохраняется)
cmd-root-restore-long =
    Восстановить журнал из резервной копии (копия сначала проверяется; заменяемый журнал сохраняется)

    Пример: ejournal restore /media/usb/ejournal/Гимназия-24_2023-2024_2023-10-27_220000.db
arg-root-restore-file = Резервная копия для восстановления (файл, записанный `ejournal backup`)
arg-root-restore-force = Восстановить поверх этого журнала резервную копию другой школы или другого учебного года
cmd-root-archive = Архив за год для внешних носителей: копия журнала только для чтения, бумажные копии всех периодов, отчёты за год и MANIFEST.sha256
cmd-root-archive-long =
    Архив за год для внешних носителей: копия журнала только для чтения, бумажные копии всех периодов, отчёты за год и MANIFEST.sha256

    Пример: ejournal archive --out /media/usb/archive-2023-2024
arg-root-archive-out = Папка, которую нужно создать (не существующая или пустая): в неё записывается архив за год
arg-root-archive-force = Создать архив до окончания последнего периода учебного года
cmd-root-verify = Проверить целостность журнала: проверки SQLite, схема, сверка защищённой истории изменений со всеми таблицами (код выхода 3, если что-либо изменено в обход ejournal)
cmd-root-verify-long =
    Проверить целостность журнала: проверки SQLite, схема, сверка защищённой истории изменений со всеми таблицами (код выхода 3, если что-либо изменено в обход ejournal)

    Пример: ejournal verify --fingerprint 3f2a9c0d17e4b5a8
arg-root-verify-fingerprint = Отпечаток, который должен быть в истории журнала: напечатанный на подписанной бумажной копии, показанный в `lock status` или рядом с резервной копией (не менее 8 шестнадцатеричных цифр)
cmd-root-export = Бумажные копии журнала (PDF, XLSX) и распечатки для родителей
cmd-root-export-long =
    Бумажные копии журнала (PDF, XLSX) и распечатки для родителей

    Пример: ejournal export paper --period Q1 --out copies/
cmd-root-export-paper = Бумажные копии журнала за период: по файлу на класс, с именем вида 5А_Q1_2023-2024.pdf
cmd-root-export-paper-long =
    Бумажные копии журнала за период: по файлу на класс, с именем вида 5А_Q1_2023-2024.pdf

    `--as` выбирает документы (PDF, XLSX или оба); `--format` задаёт только вид сводки о записанных файлах (table, csv, json). В этой версии `--format pdf|xlsx|both` ещё выбирает документы, но с предупреждением: используйте `--as`.

    Пример: ejournal export paper --period Q1 --as pdf --out copies/
arg-root-export-paper-period = Период: Q1–Q4, H1, H2, Y (также «I четверть», «год» …)
arg-root-export-paper-class = Только эти классы [по умолчанию: все классы, у которых есть этот период]
arg-root-export-paper-out = Папка для записи (создаётся, если её нет)
arg-root-export-paper-docs = Какие документы записать: pdf, xlsx или both [по умолчанию: both]
arg-root-export-paper-fail_on_issues = Завершиться с кодом 3, если за период не хватает итоговых отметок (копии всё равно записываются, в пустых клетках — «нет отметки»)
cmd-root-export-diary = Распечатки для родителей: отметки каждого ученика, средние баллы (или итоговые отметки за период, когда они выставлены), пропуски, домашнее задание на следующую неделю и строка для подписи
cmd-root-export-diary-long =
    Распечатки для родителей: отметки каждого ученика, средние баллы (или итоговые отметки за период, когда они выставлены), пропуски, домашнее задание на следующую неделю и строка для подписи

    С --class: этот класс в один PDF, --out — файл (или папка, куда записать 5А_родителям_2023-10-27.pdf). Без --class: все классы, --out — папка, по PDF на класс с такими именами. С --paper-only, если ни один родитель не отказался от электронного доступа: сообщение и код выхода 0.

    Пример: ejournal export diary --paper-only --from 16.10.2023 --to 27.10.2023 --out printouts/
arg-root-export-diary-class = Только этот класс [по умолчанию: все классы, по PDF на каждый]
arg-root-export-diary-student = Только этот ученик (нужен --class)
arg-root-export-diary-paper_only = Только ученики, родители (законные представители) которых отказались от электронного доступа
arg-root-export-diary-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-export-diary-to = Последняя дата (ДД.ММ.ГГГГ)
arg-root-export-diary-out = PDF-файл для записи с --class (или папка); без --class — папка для записи (создаётся, если её нет)
cmd-root-report = Контрольные отчёты: заполняемость, накопляемость, успеваемость, посещаемость, прогноз
cmd-root-report-long =
    Контрольные отчёты: заполняемость, накопляемость, успеваемость, посещаемость, прогноз

    Пример: ejournal report fill-rate --month 2023-10 --out fill-rate.xlsx
cmd-root-report-fill-rate = Как ведётся журнал: темы, домашние задания, число отметок на ученика, своевременность отметок, учителя
cmd-root-report-fill-rate-long =
    Как ведётся журнал: темы, домашние задания, число отметок на ученика, своевременность отметок, учителя

    Пример: ejournal report fill-rate --month 2023-10 --out fill-rate.xlsx --fail-on-issues
arg-root-report-fill-rate-month = Календарный месяц, например 2023-10
arg-root-report-fill-rate-period = Отчётный период: Q1–Q4, H1, H2, Y
arg-root-report-fill-rate-year = Весь учебный год (то же, что --period Y)
arg-root-report-fill-rate-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-report-fill-rate-to = Последняя дата (ДД.ММ.ГГГГ)
arg-root-report-fill-rate-class = Только этот класс
arg-root-report-fill-rate-teacher = Только курсы этого учителя (ФИО)
arg-root-report-fill-rate-out = Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)
arg-root-report-fill-rate-fail_on_issues = Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)
cmd-root-report-teachers = Анализ работы учителей с классным журналом: по каждому учителю — уроки проведённые и записанные в день урока, домашние задания, отметки и отметки, выставленные в срок, ученики без отметок, открытые и просроченные замечания; доля учителей школы, которые вели журнал
cmd-root-report-teachers-long =
    Анализ работы учителей с классным журналом: по каждому учителю — уроки проведённые и записанные в день урока, домашние задания, отметки и отметки, выставленные в срок, ученики без отметок, открытые и просроченные замечания; доля учителей школы, которые вели журнал

    Пример: ejournal report teachers --month 2023-10 --out teachers.pdf
arg-root-report-teachers-month = Календарный месяц, например 2023-10
arg-root-report-teachers-period = Отчётный период: Q1–Q4, H1, H2, Y
arg-root-report-teachers-year = Весь учебный год (то же, что --period Y)
arg-root-report-teachers-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-report-teachers-to = Последняя дата (ДД.ММ.ГГГГ)
arg-root-report-teachers-class = Только этот класс
arg-root-report-teachers-teacher = Только курсы этого учителя (ФИО)
arg-root-report-teachers-out = Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)
arg-root-report-teachers-fail_on_issues = Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)
cmd-root-report-accumulation = Ученики с числом отметок ниже минимума накопляемости, по курсам (нужен --period)
cmd-root-report-accumulation-long =
    Ученики с числом отметок ниже минимума накопляемости, по курсам (нужен --period)

    Пример: ejournal report accumulation --period Q1 --class 5А
arg-root-report-accumulation-month = Календарный месяц, например 2023-10
arg-root-report-accumulation-period = Отчётный период: Q1–Q4, H1, H2, Y
arg-root-report-accumulation-year = Весь учебный год (то же, что --period Y)
arg-root-report-accumulation-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-report-accumulation-to = Последняя дата (ДД.ММ.ГГГГ)
arg-root-report-accumulation-class = Только этот класс
arg-root-report-accumulation-teacher = Только курсы этого учителя (ФИО)
arg-root-report-accumulation-out = Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)
arg-root-report-accumulation-fail_on_issues = Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)
cmd-root-report-progress = Успеваемость по итоговым отметкам: успеваемость, качество знаний, СОУ и списки (нужен --period)
cmd-root-report-progress-long =
    Успеваемость по итоговым отметкам: успеваемость, качество знаний, СОУ и списки (нужен --period)

    Пример: ejournal report progress --period Q1 --format json
arg-root-report-progress-month = Календарный месяц, например 2023-10
arg-root-report-progress-period = Отчётный период: Q1–Q4, H1, H2, Y
arg-root-report-progress-year = Весь учебный год (то же, что --period Y)
arg-root-report-progress-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-report-progress-to = Последняя дата (ДД.ММ.ГГГГ)
arg-root-report-progress-class = Только этот класс
arg-root-report-progress-teacher = Только курсы этого учителя (ФИО)
arg-root-report-progress-out = Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)
arg-root-report-progress-fail_on_issues = Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)
cmd-root-report-attendance = Посещаемость: пропущенные уроки по кодам, опоздания, пропущенные дни целиком, по ученикам и классам
cmd-root-report-attendance-long =
    Посещаемость: пропущенные уроки по кодам, опоздания, пропущенные дни целиком, по ученикам и классам

    Пример: ejournal report attendance --from 01.10.2023 --to 14.10.2023 --class 5А
arg-root-report-attendance-month = Календарный месяц, например 2023-10
arg-root-report-attendance-period = Отчётный период: Q1–Q4, H1, H2, Y
arg-root-report-attendance-year = Весь учебный год (то же, что --period Y)
arg-root-report-attendance-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-report-attendance-to = Последняя дата (ДД.ММ.ГГГГ)
arg-root-report-attendance-class = Только этот класс
arg-root-report-attendance-teacher = Только курсы этого учителя (ФИО)
arg-root-report-attendance-out = Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)
arg-root-report-attendance-fail_on_issues = Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)
cmd-root-report-forecast = Прогноз отметок за период: кто в зоне риска и почему (нужен --period)
cmd-root-report-forecast-long =
    Прогноз отметок за период: кто в зоне риска и почему (нужен --period)

    Пример: ejournal report forecast --period Q1 --as-of 13.10.2023
arg-root-report-forecast-month = Календарный месяц, например 2023-10
arg-root-report-forecast-period = Отчётный период: Q1–Q4, H1, H2, Y
arg-root-report-forecast-year = Весь учебный год (то же, что --period Y)
arg-root-report-forecast-from = Первая дата (ДД.ММ.ГГГГ)
arg-root-report-forecast-to = Последняя дата (ДД.ММ.ГГГГ)
arg-root-report-forecast-class = Только этот класс
arg-root-report-forecast-teacher = Только курсы этого учителя (ФИО)
arg-root-report-forecast-out = Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)
arg-root-report-forecast-fail_on_issues = Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)
arg-root-report-forecast-as_of = День, на который строится прогноз [по умолчанию: сегодня]
cmd-root-remark = Замечания заместителя директора по ведению журнала курса: добавить, вывести список, отметить устранённым
cmd-root-remark-long =
    Замечания заместителя директора по ведению журнала курса: добавить, вывести список, отметить устранённым

    Пример: ejournal remark add --class 5А --subject Математика --text "нет тем" --due 10.11.2023
cmd-root-remark-add = Замечание заместителя директора по ведению журнала курса, со сроком устранения
cmd-root-remark-add-long =
    Замечание заместителя директора по ведению журнала курса, со сроком устранения

    Пример: ejournal remark add --class 5А --subject Математика --text "нет тем уроков за октябрь" --due 10.11.2023
arg-root-remark-add-class = Класс, например 5А
arg-root-remark-add-subject = Предмет, например Математика
arg-root-remark-add-group = Группа (для предмета с делением на группы)
arg-root-remark-add-text = Текст замечания
arg-root-remark-add-due = Срок устранения (ДД.ММ.ГГГГ)
cmd-root-remark-list = Список замечаний
cmd-root-remark-list-long =
    Список замечаний

    Пример: ejournal remark list --overdue
arg-root-remark-list-open = Только ещё не устранённые
arg-root-remark-list-overdue = Только не устранённые в срок
arg-root-remark-list-class = Класс, например 5А
cmd-root-remark-resolve = Отметить замечание как устранённое
cmd-root-remark-resolve-long =
    Отметить замечание как устранённое

    Пример: ejournal remark resolve 3
arg-root-remark-resolve-id = Номер, как его показывает `list`
cmd-root-settings = Показать или изменить настройки школы (порог округления, минимум накопляемости, …)
cmd-root-settings-long =
    Показать или изменить настройки школы (порог округления, минимум накопляемости, …)

    Пример: ejournal settings set rounding_threshold 0.6
cmd-root-settings-show = Показать все настройки
cmd-root-settings-show-long =
    Показать все настройки

    Пример: ejournal settings show
cmd-root-settings-set = Изменить настройку: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name
cmd-root-settings-set-long =
    Изменить настройку: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name

    Пример: ejournal settings set rounding_threshold 0.6
arg-root-settings-set-key = Настройка (см. `ejournal settings show`)
arg-root-settings-set-value = Новое значение
arg-root-settings-set-reason = Причина (сохраняется в журнале изменений)
cmd-root-demo = Создать журнал демо-школы из прилагаемых файлов-примеров
cmd-root-demo-long =
    Создать журнал демо-школы из прилагаемых файлов-примеров

    Пример: ejournal demo --dir /tmp/demo
arg-root-demo-dir = Куда поместить демо-журнал и его файлы (прежний демо-журнал там заменяется)
cmd-root-template = Записать пустой файл для импорта (.xlsx с выпадающими списками и примечаниями или .csv): строка русских заголовков и одна строка-пример
cmd-root-template-long =
    Записать пустой файл для импорта (.xlsx с выпадающими списками и примечаниями или .csv): строка русских заголовков и одна строка-пример

    Пример: ejournal template roster --out roster.xlsx
arg-root-template-kind = Для какого импорта файл
arg-root-template-out = Файл для записи: .xlsx (с выпадающими списками и примечаниями) или .csv (Windows-1251, `;`, как сохраняет русский Excel)
cmd-root-completions = Вывести скрипт автодополнения для командной оболочки
cmd-root-completions-long =
    Вывести скрипт автодополнения для командной оболочки

    Пример: ejournal completions bash > /etc/bash_completion.d/ejournal
arg-root-completions-shell = bash, zsh, fish, powershell или elvish
cmd-root-man = Вывести man-страницу (roff) или записать страницы всех команд в папку
cmd-root-man-long =
    Вывести man-страницу (roff) или записать страницы всех команд в папку

    Пример: ejournal man --dir /usr/local/share/man/man1
arg-root-man-dir = Записать в эту папку страницу каждой команды и подкоманды (ejournal.1, ejournal-report.1, ejournal-report-fill-rate.1, …) вместо вывода основной страницы
arg-root-import-roster-strict = Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]
arg-root-import-staff-strict = { arg-root-import-roster-strict }
arg-root-import-load-strict = { arg-root-import-roster-strict }
arg-root-import-groups-strict = { arg-root-import-roster-strict }
arg-root-import-timetable-strict = { arg-root-import-roster-strict }
arg-root-import-plan-strict = { arg-root-import-roster-strict }
arg-root-import-marks-strict = { arg-root-import-roster-strict }
arg-root-import-absences-strict = { arg-root-import-roster-strict }
arg-root-import-access-log-strict = { arg-root-import-roster-strict }
arg-root-import-finals-strict = { arg-root-import-roster-strict }
arg-root-import-lessons-strict = { arg-root-import-roster-strict }
