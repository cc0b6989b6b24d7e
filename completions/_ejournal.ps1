
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ejournal' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ejournal'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'ejournal' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Показать версию')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Показать версию')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Создать новый файл журнала с календарём, видами работ и настройками по умолчанию')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'Показать и изменить календарь школы: периоды, каникулы, выходные дни')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Загрузить файлы школы (.csv или .xlsx): список учащихся, сотрудники, нагрузка, группы, расписание, КТП, отметки, пропуски, итоговые отметки, журнал посещений портала')
            [CompletionResult]::new('class', 'class', [CompletionResultType]::ParameterValue, 'Список классов')
            [CompletionResult]::new('student', 'student', [CompletionResultType]::ParameterValue, 'Список учащихся или запись о выбытии ученика из класса')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Список сотрудников')
            [CompletionResult]::new('course', 'course', [CompletionResultType]::ParameterValue, 'Список курсов — предметов, которые ведутся в классах и группах: учитель и часы')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Показать календарно-тематическое планирование (КТП) курса')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Показать расписание класса')
            [CompletionResult]::new('lesson', 'lesson', [CompletionResultType]::ParameterValue, 'Уроки: создать по расписанию и КТП, вывести список, записать тему и домашнее задание')
            [CompletionResult]::new('lessons', 'lessons', [CompletionResultType]::ParameterValue, 'Уроки: создать по расписанию и КТП, вывести список, записать тему и домашнее задание')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Отметки: добавить, вывести список, изменить или удалить (с указанием причины)')
            [CompletionResult]::new('absence', 'absence', [CompletionResultType]::ParameterValue, 'Пропуски: Б — болеет, У — уважительная причина, Н — неуважительная причина, О — опоздал')
            [CompletionResult]::new('final', 'final', [CompletionResultType]::ParameterValue, 'Итоговые отметки за период: предложить, выставить, принять, вывести список')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Заблокировать прошедшие даты (--until ДАТА или скользящая блокировка --older-than N) или показать блокировку')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Сдвинуть блокировку назад (заместитель директора или директор, с указанием причины)')
            [CompletionResult]::new('permit', 'permit', [CompletionResultType]::ParameterValue, 'Разрешения на позднее внесение и исправление записей: выдать, вывести список, отозвать — заместители директора и директор')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Журнал изменений: кто, что и когда изменил, что было до и после, и почему')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Сделать резервную копию журнала в папку (на внешний диск) без остановки работы, с проверкой, как в verify')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Восстановить журнал из резервной копии (копия сначала проверяется; заменяемый журнал сохраняется)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Архив за год для внешних носителей: копия журнала только для чтения, бумажные копии всех периодов, отчёты за год и MANIFEST.sha256')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Проверить целостность журнала: проверки SQLite, схема, сверка защищённой истории изменений со всеми таблицами (код выхода 3, если что-либо изменено в обход ejournal)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Бумажные копии журнала (PDF, XLSX) и распечатки для родителей')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Контрольные отчёты: заполняемость, накопляемость, успеваемость, посещаемость, прогноз')
            [CompletionResult]::new('remark', 'remark', [CompletionResultType]::ParameterValue, 'Замечания заместителя директора по ведению журнала курса: добавить, вывести список, отметить устранённым')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Показать или изменить настройки школы (порог округления, минимум накопляемости, …)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Создать журнал демо-школы из прилагаемых файлов-примеров')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Записать пустой файл для импорта (.xlsx с выпадающими списками и примечаниями или .csv): строка русских заголовков и одна строка-пример')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Вывести скрипт автодополнения для командной оболочки')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Вывести man-страницу (roff) или записать страницы всех команд в папку')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;init' {
            [CompletionResult]::new('--school', '--school', [CompletionResultType]::ParameterName, 'Название школы, как оно печатается в документах')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Учебный год, например 2023/2024')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--six-day-week', '--six-day-week', [CompletionResultType]::ParameterName, 'Школа работает шесть дней в неделю (понедельник–суббота)')
            [CompletionResult]::new('--training', '--training', [CompletionResultType]::ParameterName, 'Учебный журнал (для тренировки): только в нём EJOURNAL_TODAY может задать сегодняшнюю дату, и на всём, что он выводит, указано, что это не документ. Задаётся один раз и не меняется')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;calendar' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать периоды, каникулы и выходные дни')
            [CompletionResult]::new('set-period', 'set-period', [CompletionResultType]::ParameterValue, 'Изменить даты периода')
            [CompletionResult]::new('add-holiday', 'add-holiday', [CompletionResultType]::ParameterValue, 'Добавить каникулы или выходной день (перенесённый выходной: --from ДАТА --to ДАТА)')
            [CompletionResult]::new('remove-holiday', 'remove-holiday', [CompletionResultType]::ParameterValue, 'Удалить каникулы (выходной) по номеру, который выводит `calendar show`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;calendar;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;calendar;set-period' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;calendar;add-holiday' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--grades', '--grades', [CompletionResultType]::ParameterName, 'Только для этих параллелей, например 1 или 1-4 [по умолчанию: все параллели]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Что это, например "перенос выходного дня"')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;calendar;remove-holiday' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;calendar;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('set-period', 'set-period', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('add-holiday', 'add-holiday', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('remove-holiday', 'remove-holiday', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;calendar;help;show' {
            break
        }
        'ejournal;calendar;help;set-period' {
            break
        }
        'ejournal;calendar;help;add-holiday' {
            break
        }
        'ejournal;calendar;help;remove-holiday' {
            break
        }
        'ejournal;calendar;help;help' {
            break
        }
        'ejournal;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'Учащиеся и их родители: Класс, Фамилия, Имя, Отчество (или один столбец ФИО), Дата рождения, …')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Сотрудники: Фамилия, Имя, Отчество (или один столбец ФИО), Роль, Класс (класс, которым руководит классный руководитель)')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Педагогическая нагрузка: Класс, Предмет, Учитель, Часов в неделю, Группа')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Группы при делении классов: Класс, Предмет, Группа, Ученик')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Расписание: Класс, День, Урок, Предмет, Группа (файл класса заменяет его расписание)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'КТП одного курса: № урока, Тема, Часов, Дата, Домашнее задание')
            [CompletionResult]::new('marks', 'marks', [CompletionResultType]::ParameterValue, 'Отметки: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа')
            [CompletionResult]::new('absences', 'absences', [CompletionResultType]::ParameterValue, 'Пропуски: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (без предмета — весь день)')
            [CompletionResult]::new('access-log', 'access-log', [CompletionResultType]::ParameterValue, 'Журнал посещений портала: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)')
            [CompletionResult]::new('finals', 'finals', [CompletionResultType]::ParameterValue, 'Итоговые отметки: Класс, Предмет, Ученик, Период, Отметка, Группа')
            [CompletionResult]::new('lessons', 'lessons', [CompletionResultType]::ParameterValue, 'Проведённые уроки (записи учителя): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;import;roster' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Задать кодировку CSV [по умолчанию: определяется автоматически] [значения: utf-8, windows-1251, utf-16]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Задать разделитель CSV: '';'', '','', ''tab'' [по умолчанию: определяется автоматически]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Лист .xlsx для чтения [по умолчанию: первый]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Проверить файл и показать, что изменится, ничего не записывая')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;import;staff' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Задать кодировку CSV [по умолчанию: определяется автоматически] [значения: utf-8, windows-1251, utf-16]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Задать разделитель CSV: '';'', '','', ''tab'' [по умолчанию: определяется автоматически]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Лист .xlsx для чтения [по умолчанию: первый]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Проверить файл и показать, что изменится, ничего не записывая')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;import;load' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Задать кодировку CSV [по умолчанию: определяется автоматически] [значения: utf-8, windows-1251, utf-16]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Задать разделитель CSV: '';'', '','', ''tab'' [по умолчанию: определяется автоматически]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Лист .xlsx для чтения [по умолчанию: первый]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Проверить файл и показать, что изменится, ничего не записывая')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;import;groups' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Задать кодировку CSV [по умолчанию: определяется автоматически] [значения: utf-8, windows-1251, utf-16]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Задать разделитель CSV: '';'', '','', ''tab'' [по умолчанию: определяется автоматически]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Лист .xlsx для чтения [по умолчанию: первый]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Проверить файл и показать, что изменится, ничего не записывая')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;import;timetable' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Задать кодировку CSV [по умолчанию: определяется автоматически] [значения: utf-8, windows-1251, utf-16]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Задать разделитель CSV: '';'', '','', ''tab'' [по умолчанию: определяется автоматически]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Лист .xlsx для чтения [по умолчанию: первый]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Проверить файл и показать, что изменится, ничего не записывая')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;import;plan' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Задать кодировку CSV [по умолчанию: определяется автоматически] [значения: utf-8, windows-1251, utf-16]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Задать разделитель CSV: '';'', '','', ''tab'' [по умолчанию: определяется автоматически]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Лист .xlsx для чтения [по умолчанию: первый]')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А [по умолчанию: из имени файла]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет [по умолчанию: из имени файла]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Проверить файл и показать, что изменится, ничего не записывая')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;import;marks' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Задать кодировку CSV [по умолчанию: определяется автоматически] [значения: utf-8, windows-1251, utf-16]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Задать разделитель CSV: '';'', '','', ''tab'' [по умолчанию: определяется автоматически]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Лист .xlsx для чтения [по умолчанию: первый]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Проверить файл и показать, что изменится, ничего не записывая')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;import;absences' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Задать кодировку CSV [по умолчанию: определяется автоматически] [значения: utf-8, windows-1251, utf-16]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Задать разделитель CSV: '';'', '','', ''tab'' [по умолчанию: определяется автоматически]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Лист .xlsx для чтения [по умолчанию: первый]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Проверить файл и показать, что изменится, ничего не записывая')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;import;access-log' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Задать кодировку CSV [по умолчанию: определяется автоматически] [значения: utf-8, windows-1251, utf-16]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Задать разделитель CSV: '';'', '','', ''tab'' [по умолчанию: определяется автоматически]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Лист .xlsx для чтения [по умолчанию: первый]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Проверить файл и показать, что изменится, ничего не записывая')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;import;finals' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Задать кодировку CSV [по умолчанию: определяется автоматически] [значения: utf-8, windows-1251, utf-16]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Задать разделитель CSV: '';'', '','', ''tab'' [по умолчанию: определяется автоматически]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Лист .xlsx для чтения [по умолчанию: первый]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Проверить файл и показать, что изменится, ничего не записывая')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;import;lessons' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Задать кодировку CSV [по умолчанию: определяется автоматически] [значения: utf-8, windows-1251, utf-16]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Задать разделитель CSV: '';'', '','', ''tab'' [по умолчанию: определяется автоматически]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Лист .xlsx для чтения [по умолчанию: первый]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Проверить файл и показать, что изменится, ничего не записывая')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Отклонить файл, в котором есть столбец, который загрузка не читает [по умолчанию: предупредить и продолжить]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;import;help' {
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('marks', 'marks', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('absences', 'absences', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('access-log', 'access-log', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('finals', 'finals', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('lessons', 'lessons', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;import;help;roster' {
            break
        }
        'ejournal;import;help;staff' {
            break
        }
        'ejournal;import;help;load' {
            break
        }
        'ejournal;import;help;groups' {
            break
        }
        'ejournal;import;help;timetable' {
            break
        }
        'ejournal;import;help;plan' {
            break
        }
        'ejournal;import;help;marks' {
            break
        }
        'ejournal;import;help;absences' {
            break
        }
        'ejournal;import;help;access-log' {
            break
        }
        'ejournal;import;help;finals' {
            break
        }
        'ejournal;import;help;lessons' {
            break
        }
        'ejournal;import;help;help' {
            break
        }
        'ejournal;class' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список классов по параллелям и литерам: классный руководитель и число учащихся на сегодня')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;class;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;class;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;class;help;list' {
            break
        }
        'ejournal;class;help;help' {
            break
        }
        'ejournal;student' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список учащихся в русском алфавитном порядке на сегодня (или на дату --on ДАТА)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Записать выбытие ученика из класса (из школы): начиная с даты --date он в классе не числится')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;student;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только этот класс')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'На эту дату [по умолчанию: сегодня]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Все зачисления за год, включая выбывших и переведённых учеников')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;student;leave' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'Ученик: ФИО (полных тёзок различает дата рождения после ФИО)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Первый день, когда ученик уже не числится в классе')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (сохраняется в журнале изменений), например "переведён в другую школу"')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;student;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;student;help;list' {
            break
        }
        'ejournal;student;help;leave' {
            break
        }
        'ejournal;student;help;help' {
            break
        }
        'ejournal;staff' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список сотрудников в русском алфавитном порядке: роли, класс, часы нагрузки и логин')
            [CompletionResult]::new('set-login', 'set-login', [CompletionResultType]::ParameterValue, 'Привязать сотрудника к его логину в операционной системе (только заместитель директора или директор)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;staff;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;staff;set-login' {
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Логин (как его выводит `id -un`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Вместо привязки отвязать логин сотрудника')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;staff;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('set-login', 'set-login', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;staff;help;list' {
            break
        }
        'ejournal;staff;help;set-login' {
            break
        }
        'ejournal;staff;help;help' {
            break
        }
        'ejournal;course' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список курсов: класс, предмет, группа, учитель, часы, учащиеся, КТП и расписание')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;course;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только этот класс')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;course;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;course;help;list' {
            break
        }
        'ejournal;course;help;help' {
            break
        }
        'ejournal;plan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать КТП курса по порядку уроков')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;plan;show' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;plan;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;plan;help;show' {
            break
        }
        'ejournal;plan;help;help' {
            break
        }
        'ejournal;timetable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать недельное расписание класса по дням')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;timetable;show' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;timetable;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;timetable;help;show' {
            break
        }
        'ejournal;timetable;help;help' {
            break
        }
        'ejournal;lesson' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Создать уроки каждого курса с датами по расписанию и календарю и по порядку привязать к ним темы КТП')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список уроков курса: дата, номер, тема, домашнее задание, учитель')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Записать тему урока, домашнее задание или замещающего учителя, который провёл урок; урок сегодняшнего или более раннего дня при этом записывается как проведённый (как `lesson confirm`)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Записать урок как проведённый: учитель (или замещающий учитель) подтверждает, что урок состоялся, с темой и домашним заданием по плану, если --topic или --homework не задают иное. Время и автор записи сохраняются; действуют правило дня урока и блокировка')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;lessons' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Создать уроки каждого курса с датами по расписанию и календарю и по порядку привязать к ним темы КТП')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список уроков курса: дата, номер, тема, домашнее задание, учитель')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Записать тему урока, домашнее задание или замещающего учителя, который провёл урок; урок сегодняшнего или более раннего дня при этом записывается как проведённый (как `lesson confirm`)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Записать урок как проведённый: учитель (или замещающий учитель) подтверждает, что урок состоялся, с темой и домашним заданием по плану, если --topic или --homework не задают иное. Время и автор записи сохраняются; действуют правило дня урока и блокировка')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;lesson;generate' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только этот класс')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата [по умолчанию: начало учебного года]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата [по умолчанию: конец учебного года]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;lessons;generate' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только этот класс')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата [по умолчанию: начало учебного года]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата [по умолчанию: конец учебного года]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;lesson;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;lessons;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;lesson;set' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Дата урока')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'Номер урока в дне, если в этот день по курсу два урока')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Пройденная тема [по умолчанию: из КТП или уже записанная]')
            [CompletionResult]::new('--homework', '--homework', [CompletionResultType]::ParameterName, 'Заданное домашнее задание [по умолчанию: из КТП или уже записанное]')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Учитель, который провёл урок (ФИО), если это не учитель курса')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (сохраняется в журнале изменений)')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;lessons;set' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Дата урока')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'Номер урока в дне, если в этот день по курсу два урока')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Пройденная тема [по умолчанию: из КТП или уже записанная]')
            [CompletionResult]::new('--homework', '--homework', [CompletionResultType]::ParameterName, 'Заданное домашнее задание [по умолчанию: из КТП или уже записанное]')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Учитель, который провёл урок (ФИО), если это не учитель курса')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (сохраняется в журнале изменений)')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;lesson;confirm' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Дата урока')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'Номер урока в дне, если в этот день по курсу два урока')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Пройденная тема [по умолчанию: из КТП или уже записанная]')
            [CompletionResult]::new('--homework', '--homework', [CompletionResultType]::ParameterName, 'Заданное домашнее задание [по умолчанию: из КТП или уже записанное]')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Учитель, который провёл урок (ФИО), если это не учитель курса')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (сохраняется в журнале изменений)')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;lessons;confirm' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Дата урока')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'Номер урока в дне, если в этот день по курсу два урока')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Пройденная тема [по умолчанию: из КТП или уже записанная]')
            [CompletionResult]::new('--homework', '--homework', [CompletionResultType]::ParameterName, 'Заданное домашнее задание [по умолчанию: из КТП или уже записанное]')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Учитель, который провёл урок (ФИО), если это не учитель курса')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (сохраняется в журнале изменений)')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;lesson;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;lesson;help;generate' {
            break
        }
        'ejournal;lesson;help;list' {
            break
        }
        'ejournal;lesson;help;set' {
            break
        }
        'ejournal;lesson;help;confirm' {
            break
        }
        'ejournal;lesson;help;help' {
            break
        }
        'ejournal;lessons;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;lessons;help;generate' {
            break
        }
        'ejournal;lessons;help;list' {
            break
        }
        'ejournal;lessons;help;set' {
            break
        }
        'ejournal;lessons;help;confirm' {
            break
        }
        'ejournal;lessons;help;help' {
            break
        }
        'ejournal;mark' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Добавить отметку за работу на уроке (за один урок можно поставить несколько, каждую со своим видом работы)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список отметок: дата, предмет, ученик, отметка, вид работы и вес')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Изменить отметку (прежнее значение остаётся в журнале изменений)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Удалить отметку (она остаётся в журнале изменений)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;mark;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Дата урока (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]" (полных тёзок различает дата рождения после ФИО)')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'Номер урока в дне, если в этот день по курсу два урока')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]')
            [CompletionResult]::new('--mark', '--mark', [CompletionResultType]::ParameterName, '1–5, зч или нз')
            [CompletionResult]::new('--work-type', '--work-type', [CompletionResultType]::ParameterName, 'Вид работы [по умолчанию: Ответ на уроке]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;mark;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]"')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;mark;change' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Номер отметки, как его показывает `mark list`')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Дата урока (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'Ученик: ФИО (полных тёзок различает дата рождения после ФИО)')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'Номер урока в дне, если в этот день по курсу два урока')
            [CompletionResult]::new('--old-mark', '--old-mark', [CompletionResultType]::ParameterName, 'Какая из отметок ученика за этот урок, если их несколько: её значение')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]')
            [CompletionResult]::new('--mark', '--mark', [CompletionResultType]::ParameterName, 'Новое значение')
            [CompletionResult]::new('--work-type', '--work-type', [CompletionResultType]::ParameterName, 'Новый вид работы')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (обязательно; сохраняется в журнале изменений)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;mark;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Номер отметки, как его показывает `mark list`')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Дата урока (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'Ученик: ФИО (полных тёзок различает дата рождения после ФИО)')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'Номер урока в дне, если в этот день по курсу два урока')
            [CompletionResult]::new('--old-mark', '--old-mark', [CompletionResultType]::ParameterName, 'Какая из отметок ученика за этот урок, если их несколько: её значение')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (обязательно; сохраняется в журнале изменений)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;mark;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;mark;help;add' {
            break
        }
        'ejournal;mark;help;list' {
            break
        }
        'ejournal;mark;help;change' {
            break
        }
        'ejournal;mark;help;delete' {
            break
        }
        'ejournal;mark;help;help' {
            break
        }
        'ejournal;absence' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Отметить пропуск: Б — болеет, У — уважительная причина, Н — неуважительная причина, О — опоздал; без --subject — все уроки дня')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список пропусков: дата, урок, предмет, ученик и код')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Изменить код пропусков ученика за этот день (Н → Б, когда принесли медицинскую справку)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Удалить пропуски ученика за этот день (они остаются в журнале изменений)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;absence;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Дата урока (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]"')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Только урок этого предмета [по умолчанию: все уроки дня]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'Номер урока в дне, если в этот день по курсу два урока')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'Код пропуска: Н (неуважительная причина), Б (болеет), У (уважительная причина), О (опоздал)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;absence;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]"')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;absence;change' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Дата урока (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]"')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Только урок этого предмета [по умолчанию: все уроки дня]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'Номер урока в дне, если в этот день по курсу два урока')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'Новый код')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (сохраняется в журнале изменений)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;absence;delete' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Дата урока (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]"')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Только урок этого предмета [по умолчанию: все уроки дня]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'Номер урока в дне, если в этот день по курсу два урока')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Разрешение, по которому вносится запись, если урок вне срока внесения записей [по умолчанию: самое узкое действующее разрешение, которое охватывает урок]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (обязательно; сохраняется в журнале изменений)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;absence;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;absence;help;add' {
            break
        }
        'ejournal;absence;help;list' {
            break
        }
        'ejournal;absence;help;change' {
            break
        }
        'ejournal;absence;help;delete' {
            break
        }
        'ejournal;absence;help;help' {
            break
        }
        'ejournal;final' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Предложить отметки за период: отметки, средневзвешенный балл и отметка после округления (или н/а)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Выставить итоговую отметку одному ученику: 5 4 3 2 1 зч нз н/а осв')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Выставить предложенные отметки там, где итоговая отметка ещё не выставлена')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список итоговых отметок')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;final;suggest' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Период: Q1–Q4, H1, H2, Y (также «I четверть», «год» …)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;final;set' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Период: Q1–Q4, H1, H2, Y (также «I четверть», «год» …)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'Ученик: ФИО (полных тёзок различает дата рождения после ФИО)')
            [CompletionResult]::new('--mark', '--mark', [CompletionResultType]::ParameterName, 'Отметка: 5, 4, 3, 2, 1, зч, нз (для итоговых также н/а, осв)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина, если меняется уже выставленная отметка (сохраняется в журнале изменений)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;final;accept' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Период: Q1–Q4, H1, H2, Y (также «I четверть», «год» …)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;final;list' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Период: Q1–Q4, H1, H2, Y (также «I четверть», «год» …)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;final;help' {
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;final;help;suggest' {
            break
        }
        'ejournal;final;help;set' {
            break
        }
        'ejournal;final;help;accept' {
            break
        }
        'ejournal;final;help;list' {
            break
        }
        'ejournal;final;help;help' {
            break
        }
        'ejournal;lock' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Заблокировать все даты по эту включительно (блокировка сдвигается только вперёд)')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Скользящая блокировка: при каждой записи блокируется всё, что старше N дней ("off" отключает её)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (сохраняется в журнале изменений)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Показать, что заблокировано, и последние изменения блокировки')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;lock;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;lock;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;lock;help;status' {
            break
        }
        'ejournal;lock;help;help' {
            break
        }
        'ejournal;unlock' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Оставить заблокированными только даты по эту включительно')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (обязательно; сохраняется в журнале изменений)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Снять блокировку полностью')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;permit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Разрешить позднее внесение и исправление записей за уроки с датами --from..--to до конца дня --until')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список разрешений, действующих сегодня (--all — все когда-либо выданные)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Отозвать разрешение (запись о нём сохраняется)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;permit;add' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата уроков, на которые распространяется разрешение')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата уроков, на которые распространяется разрешение')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Действует до конца этого дня включительно [по умолчанию: сегодня]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (обязательно; хранится в разрешении и в журнале изменений)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;permit;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Также отозванные и истёкшие')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;permit;revoke' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (обязательно; сохраняется в журнале изменений)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;permit;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;permit;help;add' {
            break
        }
        'ejournal;permit;help;list' {
            break
        }
        'ejournal;permit;help;revoke' {
            break
        }
        'ejournal;permit;help;help' {
            break
        }
        'ejournal;audit' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только изменения в этом классе')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'Только изменения по этому ученику (нужен --class)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Только изменения, внесённые в эту дату или позже')
            [CompletionResult]::new('--entity', '--entity', [CompletionResultType]::ParameterName, 'Только записи этого вида: mark, absence, lesson, final_mark, lock, enrolment, period, holiday, setting, permit, staff')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;backup' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Папка для резервной копии (например, на внешнем диске); создаётся, если её нет')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Хранить в папке только N последних резервных копий этой школы')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Восстановить поверх этого журнала резервную копию другой школы или другого учебного года')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;archive' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Папка, которую нужно создать (не существующая или пустая): в неё записывается архив за год')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Создать архив до окончания последнего периода учебного года')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;verify' {
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'Отпечаток, который должен быть в истории журнала: напечатанный на подписанной бумажной копии, показанный в `lock status` или рядом с резервной копией (не менее 8 шестнадцатеричных цифр)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('paper', 'paper', [CompletionResultType]::ParameterValue, 'Бумажные копии журнала за период: по файлу на класс, с именем вида 5А_Q1_2023-2024.pdf')
            [CompletionResult]::new('diary', 'diary', [CompletionResultType]::ParameterValue, 'Распечатки для родителей: отметки каждого ученика, средние баллы (или итоговые отметки за период, когда они выставлены), пропуски, домашнее задание на следующую неделю и строка для подписи')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;export;paper' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Период: Q1–Q4, H1, H2, Y (также «I четверть», «год» …)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только эти классы [по умолчанию: все классы, у которых есть этот период]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Папка для записи (создаётся, если её нет)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Какие документы записать: pdf, xlsx или both [по умолчанию: both] [значения: pdf, xlsx, both]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Завершиться с кодом 3, если за период не хватает итоговых отметок (копии всё равно записываются, в пустых клетках — «нет отметки»)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;export;diary' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только этот класс [по умолчанию: все классы, по PDF на каждый]')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'Только этот ученик (нужен --class)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'PDF-файл для записи с --class (или папка); без --class — папка для записи (создаётся, если её нет)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--paper-only', '--paper-only', [CompletionResultType]::ParameterName, 'Только ученики, родители (законные представители) которых отказались от электронного доступа')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;export;help' {
            [CompletionResult]::new('paper', 'paper', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('diary', 'diary', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;export;help;paper' {
            break
        }
        'ejournal;export;help;diary' {
            break
        }
        'ejournal;export;help;help' {
            break
        }
        'ejournal;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('fill-rate', 'fill-rate', [CompletionResultType]::ParameterValue, 'Как ведётся журнал: темы, домашние задания, число отметок на ученика, своевременность отметок, учителя')
            [CompletionResult]::new('teachers', 'teachers', [CompletionResultType]::ParameterValue, 'Анализ работы учителей с классным журналом: по каждому учителю — уроки проведённые и записанные в день урока, домашние задания, отметки и отметки, выставленные в срок, ученики без отметок, открытые и просроченные замечания; доля учителей школы, которые вели журнал')
            [CompletionResult]::new('accumulation', 'accumulation', [CompletionResultType]::ParameterValue, 'Ученики с числом отметок ниже минимума накопляемости, по курсам (нужен --period)')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Успеваемость по итоговым отметкам: успеваемость, качество знаний, СОУ и списки (нужен --period)')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Посещаемость: пропущенные уроки по кодам, опоздания, пропущенные дни целиком, по ученикам и классам')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Прогноз отметок за период: кто в зоне риска и почему (нужен --period)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;report;fill-rate' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Календарный месяц, например 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Отчётный период: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только этот класс')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Только курсы этого учителя (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Весь учебный год (то же, что --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;report;teachers' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Календарный месяц, например 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Отчётный период: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только этот класс')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Только курсы этого учителя (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Весь учебный год (то же, что --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;report;accumulation' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Календарный месяц, например 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Отчётный период: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только этот класс')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Только курсы этого учителя (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Весь учебный год (то же, что --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;report;progress' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Календарный месяц, например 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Отчётный период: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только этот класс')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Только курсы этого учителя (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Весь учебный год (то же, что --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;report;attendance' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Календарный месяц, например 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Отчётный период: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только этот класс')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Только курсы этого учителя (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Весь учебный год (то же, что --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;report;forecast' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Календарный месяц, например 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Отчётный период: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Первая дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Последняя дата (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Только этот класс')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Только курсы этого учителя (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Записать в этот файл вместо стандартного вывода (xlsx, csv, json; с другим расширением — таблица)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'День, на который строится прогноз [по умолчанию: сегодня]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Весь учебный год (то же, что --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Завершиться с кодом 3, если отчёт выявил недочёты (для оповещений из cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;report;help' {
            [CompletionResult]::new('fill-rate', 'fill-rate', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('teachers', 'teachers', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('accumulation', 'accumulation', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;report;help;fill-rate' {
            break
        }
        'ejournal;report;help;teachers' {
            break
        }
        'ejournal;report;help;accumulation' {
            break
        }
        'ejournal;report;help;progress' {
            break
        }
        'ejournal;report;help;attendance' {
            break
        }
        'ejournal;report;help;forecast' {
            break
        }
        'ejournal;report;help;help' {
            break
        }
        'ejournal;remark' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Замечание заместителя директора по ведению журнала курса, со сроком устранения')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список замечаний')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Отметить замечание как устранённое')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;remark;add' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Предмет, например Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Группа (для предмета с делением на группы)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Текст замечания')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Срок устранения (ДД.ММ.ГГГГ)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;remark;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Класс, например 5А')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Только ещё не устранённые')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Только не устранённые в срок')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;remark;resolve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;remark;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;remark;help;add' {
            break
        }
        'ejournal;remark;help;list' {
            break
        }
        'ejournal;remark;help;resolve' {
            break
        }
        'ejournal;remark;help;help' {
            break
        }
        'ejournal;settings' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать все настройки')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Изменить настройку: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;settings;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;settings;set' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Причина (сохраняется в журнале изменений)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;settings;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;settings;help;show' {
            break
        }
        'ejournal;settings;help;set' {
            break
        }
        'ejournal;settings;help;help' {
            break
        }
        'ejournal;demo' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Куда поместить демо-журнал и его файлы (прежний демо-журнал там заменяется) [по умолчанию: ejournal-demo]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;template' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Файл для записи: .xlsx (с выпадающими списками и примечаниями) или .csv (Windows-1251, `;`, как сохраняет русский Excel)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Записать в эту папку страницу каждой команды и подкоманды (ejournal.1, ejournal-report.1, ejournal-report-fill-rate.1, …) вместо вывода основной страницы')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Файл журнала [по умолчанию: ejournal.db] [переменная окружения: EJOURNAL_DB]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Кто выполняет действие (ФИО, как в списке сотрудников); сохраняется при каждом изменении журнала [по умолчанию: сотрудник, привязанный к вашему логину, иначе сам логин]. Если ваш логин привязан, указать здесь другого сотрудника может только заместитель директора или директор [переменная окружения: EJOURNAL_ACTOR]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Формат вывода: table (по умолчанию) или csv/json в стандартный вывод для скриптов; отчёты также записываются в xlsx (с --out формат определяется расширением файла). Документы, которые создаёт `export paper`, выбираются её параметром --as [значения: table, csv, json, xlsx] [переменная окружения: EJOURNAL_FORMAT]')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'Сколько миллисекунд запись ждёт, пока в тот же журнал пишет другой ejournal, прежде чем отказаться с кодом выхода 75 [по умолчанию: 5000] [переменная окружения: EJOURNAL_BUSY_TIMEOUT_MS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Показать справку')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Показывать в таблицах все столбцы: таблица шире терминала выводится блоком на каждую строку, а не с пропуском столбцов [переменная окружения: EJOURNAL_WIDE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Не выводить в stderr ход работы и пояснения (ошибки выводятся по-прежнему) [переменная окружения: EJOURNAL_QUIET]')
            break
        }
        'ejournal;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('class', 'class', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('student', 'student', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('course', 'course', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('lesson', 'lesson', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('absence', 'absence', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('final', 'final', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('permit', 'permit', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('remark', 'remark', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Показать эту справку или справку по указанной команде')
            break
        }
        'ejournal;help;init' {
            break
        }
        'ejournal;help;calendar' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать периоды, каникулы и выходные дни')
            [CompletionResult]::new('set-period', 'set-period', [CompletionResultType]::ParameterValue, 'Изменить даты периода')
            [CompletionResult]::new('add-holiday', 'add-holiday', [CompletionResultType]::ParameterValue, 'Добавить каникулы или выходной день (перенесённый выходной: --from ДАТА --to ДАТА)')
            [CompletionResult]::new('remove-holiday', 'remove-holiday', [CompletionResultType]::ParameterValue, 'Удалить каникулы (выходной) по номеру, который выводит `calendar show`')
            break
        }
        'ejournal;help;calendar;show' {
            break
        }
        'ejournal;help;calendar;set-period' {
            break
        }
        'ejournal;help;calendar;add-holiday' {
            break
        }
        'ejournal;help;calendar;remove-holiday' {
            break
        }
        'ejournal;help;import' {
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'Учащиеся и их родители: Класс, Фамилия, Имя, Отчество (или один столбец ФИО), Дата рождения, …')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Сотрудники: Фамилия, Имя, Отчество (или один столбец ФИО), Роль, Класс (класс, которым руководит классный руководитель)')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Педагогическая нагрузка: Класс, Предмет, Учитель, Часов в неделю, Группа')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Группы при делении классов: Класс, Предмет, Группа, Ученик')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Расписание: Класс, День, Урок, Предмет, Группа (файл класса заменяет его расписание)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'КТП одного курса: № урока, Тема, Часов, Дата, Домашнее задание')
            [CompletionResult]::new('marks', 'marks', [CompletionResultType]::ParameterValue, 'Отметки: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа')
            [CompletionResult]::new('absences', 'absences', [CompletionResultType]::ParameterValue, 'Пропуски: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (без предмета — весь день)')
            [CompletionResult]::new('access-log', 'access-log', [CompletionResultType]::ParameterValue, 'Журнал посещений портала: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)')
            [CompletionResult]::new('finals', 'finals', [CompletionResultType]::ParameterValue, 'Итоговые отметки: Класс, Предмет, Ученик, Период, Отметка, Группа')
            [CompletionResult]::new('lessons', 'lessons', [CompletionResultType]::ParameterValue, 'Проведённые уроки (записи учителя): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание')
            break
        }
        'ejournal;help;import;roster' {
            break
        }
        'ejournal;help;import;staff' {
            break
        }
        'ejournal;help;import;load' {
            break
        }
        'ejournal;help;import;groups' {
            break
        }
        'ejournal;help;import;timetable' {
            break
        }
        'ejournal;help;import;plan' {
            break
        }
        'ejournal;help;import;marks' {
            break
        }
        'ejournal;help;import;absences' {
            break
        }
        'ejournal;help;import;access-log' {
            break
        }
        'ejournal;help;import;finals' {
            break
        }
        'ejournal;help;import;lessons' {
            break
        }
        'ejournal;help;class' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список классов по параллелям и литерам: классный руководитель и число учащихся на сегодня')
            break
        }
        'ejournal;help;class;list' {
            break
        }
        'ejournal;help;student' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список учащихся в русском алфавитном порядке на сегодня (или на дату --on ДАТА)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Записать выбытие ученика из класса (из школы): начиная с даты --date он в классе не числится')
            break
        }
        'ejournal;help;student;list' {
            break
        }
        'ejournal;help;student;leave' {
            break
        }
        'ejournal;help;staff' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список сотрудников в русском алфавитном порядке: роли, класс, часы нагрузки и логин')
            [CompletionResult]::new('set-login', 'set-login', [CompletionResultType]::ParameterValue, 'Привязать сотрудника к его логину в операционной системе (только заместитель директора или директор)')
            break
        }
        'ejournal;help;staff;list' {
            break
        }
        'ejournal;help;staff;set-login' {
            break
        }
        'ejournal;help;course' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список курсов: класс, предмет, группа, учитель, часы, учащиеся, КТП и расписание')
            break
        }
        'ejournal;help;course;list' {
            break
        }
        'ejournal;help;plan' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать КТП курса по порядку уроков')
            break
        }
        'ejournal;help;plan;show' {
            break
        }
        'ejournal;help;timetable' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать недельное расписание класса по дням')
            break
        }
        'ejournal;help;timetable;show' {
            break
        }
        'ejournal;help;lesson' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Создать уроки каждого курса с датами по расписанию и календарю и по порядку привязать к ним темы КТП')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список уроков курса: дата, номер, тема, домашнее задание, учитель')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Записать тему урока, домашнее задание или замещающего учителя, который провёл урок; урок сегодняшнего или более раннего дня при этом записывается как проведённый (как `lesson confirm`)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Записать урок как проведённый: учитель (или замещающий учитель) подтверждает, что урок состоялся, с темой и домашним заданием по плану, если --topic или --homework не задают иное. Время и автор записи сохраняются; действуют правило дня урока и блокировка')
            break
        }
        'ejournal;help;lesson;generate' {
            break
        }
        'ejournal;help;lesson;list' {
            break
        }
        'ejournal;help;lesson;set' {
            break
        }
        'ejournal;help;lesson;confirm' {
            break
        }
        'ejournal;help;mark' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Добавить отметку за работу на уроке (за один урок можно поставить несколько, каждую со своим видом работы)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список отметок: дата, предмет, ученик, отметка, вид работы и вес')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Изменить отметку (прежнее значение остаётся в журнале изменений)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Удалить отметку (она остаётся в журнале изменений)')
            break
        }
        'ejournal;help;mark;add' {
            break
        }
        'ejournal;help;mark;list' {
            break
        }
        'ejournal;help;mark;change' {
            break
        }
        'ejournal;help;mark;delete' {
            break
        }
        'ejournal;help;absence' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Отметить пропуск: Б — болеет, У — уважительная причина, Н — неуважительная причина, О — опоздал; без --subject — все уроки дня')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список пропусков: дата, урок, предмет, ученик и код')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Изменить код пропусков ученика за этот день (Н → Б, когда принесли медицинскую справку)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Удалить пропуски ученика за этот день (они остаются в журнале изменений)')
            break
        }
        'ejournal;help;absence;add' {
            break
        }
        'ejournal;help;absence;list' {
            break
        }
        'ejournal;help;absence;change' {
            break
        }
        'ejournal;help;absence;delete' {
            break
        }
        'ejournal;help;final' {
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Предложить отметки за период: отметки, средневзвешенный балл и отметка после округления (или н/а)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Выставить итоговую отметку одному ученику: 5 4 3 2 1 зч нз н/а осв')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Выставить предложенные отметки там, где итоговая отметка ещё не выставлена')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список итоговых отметок')
            break
        }
        'ejournal;help;final;suggest' {
            break
        }
        'ejournal;help;final;set' {
            break
        }
        'ejournal;help;final;accept' {
            break
        }
        'ejournal;help;final;list' {
            break
        }
        'ejournal;help;lock' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Показать, что заблокировано, и последние изменения блокировки')
            break
        }
        'ejournal;help;lock;status' {
            break
        }
        'ejournal;help;unlock' {
            break
        }
        'ejournal;help;permit' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Разрешить позднее внесение и исправление записей за уроки с датами --from..--to до конца дня --until')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список разрешений, действующих сегодня (--all — все когда-либо выданные)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Отозвать разрешение (запись о нём сохраняется)')
            break
        }
        'ejournal;help;permit;add' {
            break
        }
        'ejournal;help;permit;list' {
            break
        }
        'ejournal;help;permit;revoke' {
            break
        }
        'ejournal;help;audit' {
            break
        }
        'ejournal;help;backup' {
            break
        }
        'ejournal;help;restore' {
            break
        }
        'ejournal;help;archive' {
            break
        }
        'ejournal;help;verify' {
            break
        }
        'ejournal;help;export' {
            [CompletionResult]::new('paper', 'paper', [CompletionResultType]::ParameterValue, 'Бумажные копии журнала за период: по файлу на класс, с именем вида 5А_Q1_2023-2024.pdf')
            [CompletionResult]::new('diary', 'diary', [CompletionResultType]::ParameterValue, 'Распечатки для родителей: отметки каждого ученика, средние баллы (или итоговые отметки за период, когда они выставлены), пропуски, домашнее задание на следующую неделю и строка для подписи')
            break
        }
        'ejournal;help;export;paper' {
            break
        }
        'ejournal;help;export;diary' {
            break
        }
        'ejournal;help;report' {
            [CompletionResult]::new('fill-rate', 'fill-rate', [CompletionResultType]::ParameterValue, 'Как ведётся журнал: темы, домашние задания, число отметок на ученика, своевременность отметок, учителя')
            [CompletionResult]::new('teachers', 'teachers', [CompletionResultType]::ParameterValue, 'Анализ работы учителей с классным журналом: по каждому учителю — уроки проведённые и записанные в день урока, домашние задания, отметки и отметки, выставленные в срок, ученики без отметок, открытые и просроченные замечания; доля учителей школы, которые вели журнал')
            [CompletionResult]::new('accumulation', 'accumulation', [CompletionResultType]::ParameterValue, 'Ученики с числом отметок ниже минимума накопляемости, по курсам (нужен --period)')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Успеваемость по итоговым отметкам: успеваемость, качество знаний, СОУ и списки (нужен --period)')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Посещаемость: пропущенные уроки по кодам, опоздания, пропущенные дни целиком, по ученикам и классам')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Прогноз отметок за период: кто в зоне риска и почему (нужен --period)')
            break
        }
        'ejournal;help;report;fill-rate' {
            break
        }
        'ejournal;help;report;teachers' {
            break
        }
        'ejournal;help;report;accumulation' {
            break
        }
        'ejournal;help;report;progress' {
            break
        }
        'ejournal;help;report;attendance' {
            break
        }
        'ejournal;help;report;forecast' {
            break
        }
        'ejournal;help;remark' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Замечание заместителя директора по ведению журнала курса, со сроком устранения')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Список замечаний')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Отметить замечание как устранённое')
            break
        }
        'ejournal;help;remark;add' {
            break
        }
        'ejournal;help;remark;list' {
            break
        }
        'ejournal;help;remark;resolve' {
            break
        }
        'ejournal;help;settings' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Показать все настройки')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Изменить настройку: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name')
            break
        }
        'ejournal;help;settings;show' {
            break
        }
        'ejournal;help;settings;set' {
            break
        }
        'ejournal;help;demo' {
            break
        }
        'ejournal;help;template' {
            break
        }
        'ejournal;help;completions' {
            break
        }
        'ejournal;help;man' {
            break
        }
        'ejournal;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
