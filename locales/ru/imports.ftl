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
