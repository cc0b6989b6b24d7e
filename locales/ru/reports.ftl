# Сообщения: reports (по-русски). Каждый id есть и в ../en/reports.ftl.ftl.

## Заголовки отчётов и их разделов (render::report).
report-fill-title = Заполнение журнала и накопляемость отметок: { $scope }
report-fill-summary = Итого (учащиеся — по людям)
report-fill-courses = По курсам (учащиеся — ученики курса)
report-fill-classes = По классам (учащиеся — по людям)
report-by-teacher = По учителям
report-by-school = По школе
report-by-class = По классам
report-by-subject = По предметам
report-by-student = По ученикам
report-teachers-title = Анализ работы с классным журналом: { $scope }
report-teachers-summary = Итого по школе
report-accumulation-title = Накопляемость отметок: { $scope } (отметок меньше минимума)
report-accumulation-rows = Ниже минимума
report-progress-title = Успеваемость и качество знаний: { $scope }
report-progress-lists = Списки
report-attendance-title = Посещаемость: { $scope }
report-forecast-title = Прогноз отметок: { $period } на { $date }
report-forecast-rows = По ученикам и предметам

## Почему ученик в группе риска (отчёт forecast).
forecast-risk-average = средний балл { $average } ниже { $below }
forecast-risk-marks = { $marks } { $marks ->
    [one] отметка
    [few] отметки
   *[many] отметок
} из { $minimum } { $minimum ->
    [one] нужной
   *[other] нужных
}, до конца периода { $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[many] осталось { $days } дней
}
forecast-risk-unexcused = { $count } { $count ->
    [one] пропуск
    [few] пропуска
   *[many] пропусков
} без уважительной причины

## Сведения для родителей (render::diary_pdf): абзац о пропусках.
diary-missed = { $count ->
    [one] Пропущен { $count } урок
    [few] Пропущено { $count } урока
   *[many] Пропущено { $count } уроков
}, из них по болезни — { $ill }
diary-missed-none = Пропущенных уроков нет
diary-late = { $count } { $count ->
    [one] опоздание
    [few] опоздания
   *[many] опозданий
}
diary-late-none = опозданий нет

## Что охватывает отчёт (reports::scope): месяц, отчётный период, промежуток дат.
report-scope-month = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
} { $year }
report-scope-period = { $period } ({ $from } – { $to })
period-name = { $code ->
    [Q1] I четверть
    [Q2] II четверть
    [Q3] III четверть
    [Q4] IV четверть
    [H1] I полугодие
    [H2] II полугодие
   *[Y] год
}
report-not-a-month = «{ $value }» — не месяц (пример: 2023-10)

## Что делал отчёт или документ, когда случилась ошибка (контекст ошибок).
err-reading-student-names = чтение ФИО учеников
err-reading-absences = чтение пропусков
err-reading-refused-classes = чтение классов, где родители отказались от электронного журнала
err-reading-course-teachers = чтение учителей курсов
err-reading-lessons = чтение уроков
err-counting-marks = подсчёт отметок
err-reading-students = чтение списка учеников
err-reading-access-log = чтение журнала входов
err-reading-enrolments-guardians = чтение зачислений и законных представителей
err-counting-unexcused = подсчёт пропусков без уважительной причины
err-reading-class-teacher = чтение классного руководителя
err-reading-classes = чтение списка классов
err-reading-final-marks = чтение итоговых отметок
err-reading-report-courses = чтение курсов отчёта
err-reading-enrolments = чтение зачислений
err-reading-course-students = чтение учеников курсов
err-reading-lessons-held = чтение проведённых уроков
err-counting-missed = подсчёт пропущенных уроков
err-compressing-pdf = сжатие PDF
err-reading-class-students = чтение списка учеников { $class }
err-reading-class-marks = чтение отметок { $class }
err-reading-class-absences = чтение пропусков { $class }
err-reading-class-finals = чтение итоговых отметок { $class }
err-reading-class-homework = чтение домашних заданий { $class }
err-counting-class-lessons = подсчёт проведённых уроков { $class }
err-reading-class-remarks = чтение замечаний по { $class }
err-reading-class-courses = чтение курсов { $class }
err-reading-role = чтение сотрудника с ролью { $role }
err-writing-workbook = запись книги XLSX: { $error }
err-writing-workbook-of = запись книги XLSX: { $what }: { $error }
err-loading-font = загрузка встроенного шрифта: { $error }
err-subsetting-font = выделение глифов шрифта: { $error }
err-writing-csv = запись CSV: { $error }

## Форматы, в которых список или отчёт не выводится (render).
render-rows-format = списки выводятся как table, csv или json; pdf, xlsx и both — для `ejournal export paper --as` (отчёты также пишут xlsx с --out)
render-xlsx-needs-out = --format xlsx пишет файл: укажите --out ФАЙЛ.xlsx
render-pdf-needs-out = --format pdf пишет файл: укажите --out ФАЙЛ.pdf
render-format-mismatch = { $path } — файл { $ext }, а --format (или EJOURNAL_FORMAT) говорит { $format }
render-report-formats = отчёты пишутся как table, csv, json, xlsx или pdf

## verify.
verify-pin-unknown = отпечатка { $fingerprint } нет в истории этого журнала: это не тот журнал, с которого печатался документ с этим отпечатком, или его история переписана
verify-foreign-key = ссылается на несуществующую строку таблицы { $table }
verify-session-missing = строки сеанса нет: её удалили в обход ejournal
verify-session-filled = строка сеанса заполнена в обход ejournal (автор { $actor }): сделанные через неё записи были бы приписаны не тому
verify-session-filled-no-actor = строка сеанса заполнена в обход ejournal (автор не указан): сделанные через неё записи были бы приписаны не тому
verify-schema-missing = нет объекта схемы { $kind } { $name }
verify-schema-changed = { $kind } { $name } не тот, что создаёт эта версия
verify-schema-extra = { $kind } { $name } эта версия не создаёт
verify-block-back = блок { $block } возвращается к более ранним записям ({ $range })
verify-block-mismatch = блок { $block } от { $at } не совпадает со своими записями: записи { $range } изменены, добавлены или удалены после запечатывания
verify-outside-before = записи, сделанные в обход ejournal до { $at }: { $range }{ $sample }
verify-outside-since = записи, сделанные в обход ejournal после его последней записи: { $range }{ $sample }
verify-record = { $what }: запись { $to }
verify-records = { $what }: записи { $from }–{ $to }
verify-history = история
verify-audit = журнал изменений
verify-op-added = добавлена
verify-op-changed = изменена
verify-op-deleted = удалена
verify-op-recorded = записана
verify-row-not-in-history = строки нет в истории: добавлена в обход ejournal (или её история удалена)
verify-row-deleted = строка есть в истории, но не в таблице: удалена в обход ejournal
verify-column-differs = { $column } = { $now }, а в истории { $was }
verify-row-differs = строка отличается от своей истории
verify-changed-outside = изменено в обход ejournal: { $changes }
verify-reading-session = чтение строки сеанса
