# Сообщения: imports (по-русски). Каждый id есть и в ../en/imports.ftl.ftl.

## Ошибки в строках загружаемых файлов (commands::import).
import-duplicate-absence = этот урок этого ученика уже есть в строке { $line }
import-access-not-a-role = «{ $value }» — здесь не роль (ученик или родитель)
import-outside-year = { $date } — вне учебного года
import-duplicate-view = этот же просмотр уже есть в строке { $line }
import-grade-one = { $class } — первый класс: отметки не ставятся (безотметочное обучение)
import-final-not-attended = не учился в { $class } по предмету «{ $subject }» в периоде { $period }
import-duplicate-final = эта же итоговая отметка уже есть в строке { $line }
import-final-locked = { $period } заканчивается { $date }, а эта дата заблокирована: итоговые отметки периода не меняются
import-course-not-in-load = { $why }: курс должен быть в нагрузке
import-student-in-class = ученик { $class }
import-already-in-group = уже в группе { $group } по предмету «{ $subject }» в строке { $line }
import-not-hours = «{ $value }» — не число часов
import-hours-range = { $value } ч в неделю: должно быть больше 0 и не больше 40
import-member-of-staff = сотрудник
import-teacher-not-in-staff = { $why }: учитель должен быть в списке сотрудников
import-duplicate-course = повтор: { $class } { $subject }{ $group } уже есть в строке { $line }
import-taught-in-groups = { $class } { $subject } уже ведётся по группам: укажите группу
import-taught-to-class = { $class } { $subject } уже ведётся всему классу, без групп
import-lessons-details = { $recorded ->
    [one] записан как проведённый { $recorded } урок
    [few] записаны как проведённые { $recorded } урока
   *[many] записано как проведённые { $recorded } уроков
}, уже были записаны: { $already }, с темой или д/з учителя: { $words }
import-lesson-not-yet = { $why }: урок записывается в день урока или позже
import-lesson-locked = { $why }; урок на заблокированную дату не записывается

## Любая загрузка (commands::import::import_file).
import-bad-delimiter = «{ $value }» — не разделитель из одного символа (или 'tab')
import-unknown-column = столбец «{ $column }» не читается (неизвестный столбец)
import-strict-refused = { $file }: { $count ->
    [one] { $count } неизвестный столбец
    [few] { $count } неизвестных столбца
   *[many] { $count } неизвестных столбцов
} при --strict; ничего не загружено
import-warning = { $file }: предупреждение: { $text }
import-total-row-skipped = { $file }:{ $line }: предупреждение: строка «{ $row }» пропущена (итоговая строка, не данные)
import-stopped-reading = чтение остановлено на строке { $line }: уже { $count } ошибок
import-no-rows = в файле есть заголовок, но нет строк
import-refused = { $file }: { $problems ->
    [one] { $problems } ошибка
    [few] { $problems } ошибки
   *[many] { $problems } ошибок
} в { $rows ->
    [one] { $rows } строке
   *[other] { $rows } строках
}; ничего не загружено
import-dry-run = { $file }: пробный прогон, ничего не записано; результат был бы таким: { $summary }
import-summary = { $read ->
    [one] прочитана { $read } строка
    [few] прочитано { $read } строки
   *[many] прочитано { $read } строк
}: добавлено { $added }, изменено { $updated }, без изменений { $unchanged }{ $removed ->
    [0] {""}
   *[other] , удалено { $removed }
}
import-empty = не заполнено
import-not-a-number = «{ $value }» — не число
import-not-whole = «{ $value }» — не целое число
import-out-of-range = { $value } — вне диапазона { $min }–{ $max }

## Список учащихся (commands::import::roster).
import-not-yes-no = «{ $value }» — не «да» и не «нет»
roster-implausible-birth-date = { $date } — неправдоподобная дата рождения для ученика этого учебного года
roster-enrolled-after-year = { $date } — позже конца учебного года ({ $end })
roster-not-email = «{ $value }» — не адрес электронной почты
roster-duplicate-student = повтор: { $name }, дата рождения { $date }, уже есть в строке { $line }
roster-no-birth-date = нет даты рождения: напишите её после ФИО (Иванов Иван Иванович 12.03.2013) или добавьте столбец «Дата рождения»
roster-birth-date-empty = не заполнено: укажите дату рождения здесь или после ФИО в столбце «{ $column }»
roster-birth-dates-disagree = { $date } не совпадает с датой после ФИО в столбце «{ $column }» ({ $other })
roster-not-after-leaving = { $date } — не позже дня, когда ученик выбыл из своего класса ({ $left })

## Список сотрудников (commands::import::staff).
staff-no-birth-dates = «{ $value }»: в списке сотрудников дат рождения нет, напишите только ФИО
staff-duplicate = повтор: { $name } уже есть в строке { $line }
staff-class-teacher-twice = у { $class } уже есть классный руководитель в строке { $line }
staff-deputy-roles = { $name }: роль заместителя или директора даёт и снимает только заместитель директора или директор

## Расписание (commands::import::timetable, timetable_grid).
timetable-sunday = воскресенье — не учебный день
timetable-saturday = суббота — не учебный день при пятидневной неделе (шестидневная неделя задаётся командой init --six-day-week)
timetable-clash = { $class }, { $day }, { $no }-й урок: { $label } совпадает по времени с уроком «{ $other }» из строки { $line }
timetable-hours-differ = { $course }: в расписании { $lessons } { $lessons ->
    [one] урок
    [few] урока
   *[many] уроков
} в неделю, а в нагрузке { $hours } ч
timetable-teacher-clash = { $teacher } в одно и то же время ведёт уроки в классах { $classes } ({ $day }, { $no }-й урок)
grid-no-class-column = ни один столбец не озаглавлен классом (например, 5А)
grid-no-load = у { $class } нет учебной нагрузки: сначала загрузите нагрузку
grid-not-a-subject = «{ $value }» — такого предмета у { $class } нет (предметы класса: { $subjects })
grid-may-be = «{ $value }» может означать { $subjects }: напишите предмет так, чтобы он называл один из них
grid-or = { $first } или { $second }
grid-whole-class = { $class } { $subject } ведётся для всего класса
grid-has-groups = у { $class } { $subject } группы { $groups }
grid-names-group = «{ $value }» называет группу { $group }, но { $why }

## КТП (commands::import::plan).
plan-not-control-work = «{ $value }» — не отметка о контрольной работе (да или нет либо её часы, например 1)
plan-which-course = к какому предмету какого класса относится { $file }? укажите --class и --subject или назовите файл, например, 5А_Математика.csv
plan-subject-with-class = вместе с --class укажите --subject
plan-name-note = { $file }: примечание: «{ $rest }» в конце имени файла — не номер группы, эта часть не учитывается: КТП загружается для { $course }
plan-load-first = { $why }: сначала загрузите учебную нагрузку
plan-outside-year = { $date } — вне учебного года { $start } – { $end }
plan-duplicate-lesson = урок № { $no } уже есть в строке { $line }
plan-numbers-gaps = номера уроков идут не от 1 до { $count } без пропусков
plan-few-hours = { $course }: в КТП { $hours } ч — мало для { $per_week } ч в неделю

## Чтение файла (input): заголовок, строки, книга Excel, сетка расписания, КТП ЕДСОО.
input-missing-column = нет обязательного столбца «{ $column }» ({ $key }){ $or }
input-missing-column-or = {" "}или «{ $column }»
input-no-rows = в файле нет строк
input-header-not-right = { $file }: строка заголовка неверна; ничего не загружено
input-column-twice = столбец «{ $column }» встречается дважды
input-header-ambiguous = в заголовке есть и «{ $column }», и { $others } (неоднозначно): оставьте либо «{ $column }», либо отдельные столбцы, но не то и другое
input-row-short = в строке { $cells } { $cells ->
    [one] ячейка
    [few] ячейки
   *[many] ячеек
}, а в заголовке { $width }
input-row-long = в строке { $cells } { $cells ->
    [one] ячейка
    [few] ячейки
   *[many] ячеек
}, а в заголовке { $width }: не стоит ли разделитель внутри значения без кавычек?
input-not-csv = { $file }: не читается как CSV ({ $error })
input-old-workbook = { $file }: книги .{ $ext } не читаются: сохраните лист как .xlsx («Книга Excel») или как CSV
input-reading-stdin = чтение стандартного ввода
input-reading-file = чтение { $file }
input-xlsx-not-csv = { $file }: это электронная таблица (.xlsx), а не CSV: дайте файлу расширение .xlsx
input-xls-not-csv = { $file }: это книга Excel 97–2003 (.xls), а не CSV: сохраните её как .xlsx или CSV
input-sheet-empty = { $file }: лист «{ $sheet }» пуст (листы книги: { $sheets }; нужный выберите параметром --sheet)
sheet-opened-twice = лист открыт дважды
sheet-reader-stopped = чтение прервалось
sheet-damaged-because = книга Excel повреждена и не читается ({ $why })
sheet-damaged = книга Excel повреждена и не читается
sheet-cannot-start = не удаётся начать чтение книги Excel: { $error }
sheet-not-xlsx-or-damaged = это не книга .xlsx или она повреждена ({ $error })
sheet-cannot-read = лист «{ $sheet }» не читается ({ $error })
sheet-too-big = книга Excel занимает { $size } МБ, а загружаются книги не больше { $max } МБ (большой список сохраните как CSV)
sheet-xls = это книга Excel 97–2003 (.xls) или книга с паролем, а не .xlsx: сохраните её как «Книга Excel (.xlsx)» без пароля
sheet-text-file = это не книга .xlsx, а текстовый файл: у файла CSV должно быть расширение .csv
sheet-too-many-parts = это не книга .xlsx: в её архиве { $count } { $count ->
    [one] часть
    [few] части
   *[many] частей
}
sheet-damaged-error = книга Excel повреждена ({ $error })
sheet-damaged-part = книга Excel повреждена: её часть { $part } ({ $error })
sheet-part-too-big = часть книги { $part } распаковывается больше чем в { $size } МБ, а загружаются листы не больше { $max } МБ XML (большой список сохраните как CSV)
sheet-unpacks-too-big = книга Excel распаковывается больше чем в { $size } МБ, а загружаются листы не больше { $max } МБ XML (большой список сохраните как CSV)
sheet-no-such-sheet = листа «{ $sheet }» нет (листы книги: { $sheets })
sheet-no-sheets = в книге Excel нет листов
sheet-sheet-damaged = лист «{ $sheet }» повреждён ({ $error })
sheet-cell-outside = на листе «{ $sheet }» есть значение в ячейке { $cell }, вне читаемой области (столбцы A–IV, строки 1–{ $rows })
grid-class-twice = у класса { $class } два столбца (второй — «{ $other }»)
grid-not-a-class-column = { $why }: каждый столбец правее номеров уроков должен быть классом
grid-lesson-empty = не заполнено: какой это урок по счёту?
grid-not-a-lesson-number = «{ $value }» — не номер урока (1–12)
grid-day-empty = не заполнено, и выше этой строки день недели не указан
edsoo-section-total = «Итого по разделу»: указано { $said } ч, а уроки раздела выше{ $from } дают в сумме { $sum } ч
edsoo-from-line = (начиная со строки { $line })
edsoo-program-total = «Общее количество часов по программе»: указано { $said }, а уроки выше дают в сумме { $sum }
edsoo-negative-hours = { $value } ч — меньше нуля
# A column's header quoted inside a message.
input-quoted = «{ $text }»
