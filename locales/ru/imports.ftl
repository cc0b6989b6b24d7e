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

# The CSV file read as a stream.
stream-reading-file = чтение { $file }
stream-reading-stdin = чтение стандартного ввода

## Rosters and roles.
role-unknown = «{ $value }» — не роль (роли: { $roles }; должность вроде «учитель математики» или «заместитель директора по УВР» читается как её роль)
value-not-yes-no = «{ $value }» — не «да» и не «нет»
roster-birth-implausible = { $date } — неправдоподобная дата рождения для ученика этого учебного года
roster-enrolled-after-year = { $date } — после конца учебного года ({ $end })
roster-not-email = «{ $value }» — не адрес электронной почты
roster-duplicate-student = ученик повторяется: { $name }, дата рождения { $birth }, уже есть в строке { $line }
roster-no-birth-date = нет даты рождения: напишите её после имени (Иванов Иван Иванович 12.03.2013) или добавьте столбец «Дата рождения»
roster-birth-empty = пусто: укажите дату рождения здесь или после имени в «{ $column }»
roster-birth-disagrees = { $date } не совпадает с датой после имени в «{ $column }» ({ $in_name })
roster-move-before-leaving = { $date } — не позже дня, когда ученик выбыл из класса ({ $left })

## Staff lists and timetables.
staff-no-birth-dates = «{ $value }»: в списке сотрудников нет дат рождения — напишите только ФИО
staff-deputy-role-by-deputy = { $name }: дать или снять роль заместителя или директора может только заместитель директора или директор
timetable-sunday = воскресенье — не учебный день
timetable-saturday = суббота — не учебный день при пятидневной неделе (для шестидневной: init --six-day-week)
timetable-clash = { $class } { $day }, { $lesson }-й урок: { $subject } совпадает с уроком «{ $other }» в строке { $line }
timetable-hours-differ = { $course }: в расписании { $lessons } { $lessons -> [one] урок [few] урока *[many] уроков } в неделю, в нагрузке { $hours } { $hours -> [one] час [few] часа *[other] часов }

## Timetable grids and plans.
timetable-teacher-clash = { $teacher } ведёт уроки в { $classes } в одно и то же время ({ $day }, { $lesson }-й урок)
grid-no-class-column = ни один столбец не озаглавлен классом (например, 5А)
grid-subject-unknown = «{ $value }» — ни один из предметов, которые изучает { $class } ({ $subjects })
grid-subject-ambiguous = «{ $value }» может быть { $subjects }: напишите предмет так, чтобы он называл один
grid-or = {" или "}
plan-control-invalid = «{ $value }» — не отметка о контрольной работе (да или нет; или её часы, например 1)
plan-which-course = для какого курса { $file }? Укажите --class и --subject или назовите файл так: 5А_Математика.csv
plan-subject-with-class = вместе с --class укажите --subject
plan-name-ignored = { $file }: примечание: «{ $rest }» в конце имени файла — не номер группы, и оно пропущено: КТП для курса { $course }
plan-date-outside-year = { $date } — вне учебного года { $start } – { $end }
plan-numbers-gaps = номера уроков идут не подряд от 1 до { $count }
plan-few-hours = { $course }: в КТП { $hours } { $hours -> [one] час [few] часа *[many] часов }, мало для { $per_week } { $per_week -> [one] часа *[other] часов } в неделю
