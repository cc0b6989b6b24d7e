# Сообщения ejournal по-русски (язык по умолчанию). Каждый id есть и в ../en/main.ftl.
# Формы множественного числа — по правилам CLDR: one (1, 21…), few (2–4, 22–24…),
# many (0, 5–20, 25…), other (дроби).

## Для проверок самого каталога.
test-marks = { $count ->
    [one] { $count } отметка
    [few] { $count } отметки
   *[many] { $count } отметок
}
test-average = средний балл { $value }

## Слова самой командной строки (заголовки справки, флаги, пометки).
clap-help-template = {"{"}before-help{"}"}{"{"}about-with-newline{"}"}
    Использование: {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
clap-heading-commands = Команды
clap-heading-options = Параметры
clap-heading-arguments = Аргументы
clap-command-value = КОМАНДА
clap-help-flag = Показать справку
clap-version-flag = Показать версию
clap-note-default = [по умолчанию: { $value }]
clap-note-values = [значения: { $values }]
clap-note-env = [переменная окружения: { $name }]
clap-error-value-missing = для «{ $arg }» нужно значение, а оно не указано
clap-error-value-invalid = «{ $value }» — недопустимое значение для «{ $arg }» (допустимые: { $valid })
clap-error-unknown-argument = неизвестный параметр «{ $arg }»
clap-error-unknown-command = неизвестная команда «{ $command }»
clap-error-no-equals = значение «{ $arg }» указывается через знак «=»
clap-error-value-validation = { $arg }: { $why }
clap-error-too-many = лишнее значение «{ $value }» для «{ $arg }»
clap-error-values-count = неверное число значений для «{ $arg }»
clap-error-conflict = «{ $arg }» нельзя указывать вместе с «{ $prior }»
clap-error-missing = не указаны обязательные параметры: { $args }
clap-error-missing-command = после «{ $command }» нужна команда
clap-error-utf8 = в аргументах есть байты не в кодировке UTF-8
clap-tip-similar-argument = подсказка: есть похожий параметр «{ $suggested }»
clap-tip-similar-command = подсказка: есть похожая команда «{ $suggested }»
clap-tip-similar-value = подсказка: есть похожее значение «{ $suggested }»
clap-error-more = Подробнее: «--help».
error-prefix = ошибка: { $message }

## Ошибки и подсказки, которые печатает main.
hint-busy = журнал занят: в него сейчас пишет другой ejournal; повторите через минуту
clap-usage = Использование: { $usage }

## Таблицы в терминале (render::terminal).
table-too-wide = таблица шире терминала: показаны столбцы { $shown } из { $total } (все — с --wide; --format csv или json отдаёт скриптам все столбцы)
clap-help-command = Показать эту справку или справку по указанной команде

## Строки `lock status` (в CSV и JSON остаются коды: locked_until, change …).
lock-what-locked-until = заблокировано по
lock-what-older-than = скользящая блокировка
lock-what-rolling-today = скользящая блокировка сегодня
lock-what-fingerprint = отпечаток журнала
lock-what-change = изменение

# A true flag in a table or workbook.
cell-yes = да
# The year's row of `calendar show`.
calendar-year-name = { $year } учебный год
