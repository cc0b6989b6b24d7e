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
