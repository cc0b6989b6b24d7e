
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new journal file with the default calendar, work types and settings')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'Show and change the school calendar: periods, holidays, days off')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a roster, staff, load, groups, timetable or КТП from .csv or .xlsx')
            [CompletionResult]::new('class', 'class', [CompletionResultType]::ParameterValue, 'List classes')
            [CompletionResult]::new('student', 'student', [CompletionResultType]::ParameterValue, 'List students')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'List staff')
            [CompletionResult]::new('course', 'course', [CompletionResultType]::ParameterValue, 'List courses: subjects taught to classes and groups, with teacher and hours')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show a course''s thematic plan (КТП)')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Show a class''s timetable')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build the demo school''s journal from the bundled example files')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;init' {
            [CompletionResult]::new('--school', '--school', [CompletionResultType]::ParameterName, 'The school''s name, as documents print it')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The academic year, like 2023/2024')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('--six-day-week', '--six-day-week', [CompletionResultType]::ParameterName, 'The school works six days a week (Monday–Saturday)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;calendar' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List the periods, holidays and days off')
            [CompletionResult]::new('set-period', 'set-period', [CompletionResultType]::ParameterValue, 'Change the dates of a period')
            [CompletionResult]::new('add-holiday', 'add-holiday', [CompletionResultType]::ParameterValue, 'Add holidays or a day off (a transferred day off: --from D --to D)')
            [CompletionResult]::new('remove-holiday', 'remove-holiday', [CompletionResultType]::ParameterValue, 'Remove a holiday by the id `calendar show` prints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;calendar;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;calendar;set-period' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'from')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'to')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;calendar;add-holiday' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'from')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'to')
            [CompletionResult]::new('--grades', '--grades', [CompletionResultType]::ParameterName, 'Only for these grades, like 1 or 1-4 [default: every grade]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'What it is, like "перенос выходного дня"')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;calendar;remove-holiday' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;calendar;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List the periods, holidays and days off')
            [CompletionResult]::new('set-period', 'set-period', [CompletionResultType]::ParameterValue, 'Change the dates of a period')
            [CompletionResult]::new('add-holiday', 'add-holiday', [CompletionResultType]::ParameterValue, 'Add holidays or a day off (a transferred day off: --from D --to D)')
            [CompletionResult]::new('remove-holiday', 'remove-holiday', [CompletionResultType]::ParameterValue, 'Remove a holiday by the id `calendar show` prints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'Students and their parents: Класс, Фамилия, Имя, Отчество, Дата рождения, …')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Staff: Фамилия, Имя, Отчество, Роль, Класс (the class a class teacher leads)')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of split classes: Класс, Предмет, Группа, Ученик')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Timetable: Класс, День, Урок, Предмет, Группа (a class''s file replaces its timetable)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'One course''s КТП: № урока, Тема, Часов, Дата, Домашнее задание')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;import;roster' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;staff' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;load' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;groups' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;timetable' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;plan' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А [default: from the file name]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject [default: from the file name]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a split subject')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;help' {
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'Students and their parents: Класс, Фамилия, Имя, Отчество, Дата рождения, …')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Staff: Фамилия, Имя, Отчество, Роль, Класс (the class a class teacher leads)')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of split classes: Класс, Предмет, Группа, Ученик')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Timetable: Класс, День, Урок, Предмет, Группа (a class''s file replaces its timetable)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'One course''s КТП: № урока, Тема, Часов, Дата, Домашнее задание')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
        'ejournal;import;help;help' {
            break
        }
        'ejournal;class' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List classes by grade and letter, with class teacher and students today')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;class;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;class;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List classes by grade and letter, with class teacher and students today')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;class;help;list' {
            break
        }
        'ejournal;class;help;help' {
            break
        }
        'ejournal;student' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List students in Russian alphabetical order, as of today (or --on D)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;student;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'As of this date [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every enrolment of the year, including students who left or moved')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;student;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List students in Russian alphabetical order, as of today (or --on D)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;student;help;list' {
            break
        }
        'ejournal;student;help;help' {
            break
        }
        'ejournal;staff' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff in Russian alphabetical order with roles, class and teaching hours')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;staff;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;staff;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff in Russian alphabetical order with roles, class and teaching hours')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;staff;help;list' {
            break
        }
        'ejournal;staff;help;help' {
            break
        }
        'ejournal;course' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List courses: class, subject, group, teacher, hours, students, КТП and timetable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;course;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;course;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List courses: class, subject, group, teacher, hours, students, КТП and timetable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;course;help;list' {
            break
        }
        'ejournal;course;help;help' {
            break
        }
        'ejournal;plan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a course''s thematic plan in lesson order')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;plan;show' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;plan;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a course''s thematic plan in lesson order')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;plan;help;show' {
            break
        }
        'ejournal;plan;help;help' {
            break
        }
        'ejournal;timetable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a class''s weekly timetable, day by day')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;timetable;show' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'class')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;timetable;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a class''s weekly timetable, day by day')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;timetable;help;show' {
            break
        }
        'ejournal;timetable;help;help' {
            break
        }
        'ejournal;demo' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Where to put the demo journal and its files (an old demo journal there is replaced)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this; every write records it [default: the OS user]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: an aligned table, or CSV/JSON on stdout for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new journal file with the default calendar, work types and settings')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'Show and change the school calendar: periods, holidays, days off')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a roster, staff, load, groups, timetable or КТП from .csv or .xlsx')
            [CompletionResult]::new('class', 'class', [CompletionResultType]::ParameterValue, 'List classes')
            [CompletionResult]::new('student', 'student', [CompletionResultType]::ParameterValue, 'List students')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'List staff')
            [CompletionResult]::new('course', 'course', [CompletionResultType]::ParameterValue, 'List courses: subjects taught to classes and groups, with teacher and hours')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show a course''s thematic plan (КТП)')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Show a class''s timetable')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build the demo school''s journal from the bundled example files')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;help;init' {
            break
        }
        'ejournal;help;calendar' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List the periods, holidays and days off')
            [CompletionResult]::new('set-period', 'set-period', [CompletionResultType]::ParameterValue, 'Change the dates of a period')
            [CompletionResult]::new('add-holiday', 'add-holiday', [CompletionResultType]::ParameterValue, 'Add holidays or a day off (a transferred day off: --from D --to D)')
            [CompletionResult]::new('remove-holiday', 'remove-holiday', [CompletionResultType]::ParameterValue, 'Remove a holiday by the id `calendar show` prints')
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
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'Students and their parents: Класс, Фамилия, Имя, Отчество, Дата рождения, …')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Staff: Фамилия, Имя, Отчество, Роль, Класс (the class a class teacher leads)')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of split classes: Класс, Предмет, Группа, Ученик')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Timetable: Класс, День, Урок, Предмет, Группа (a class''s file replaces its timetable)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'One course''s КТП: № урока, Тема, Часов, Дата, Домашнее задание')
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
        'ejournal;help;class' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List classes by grade and letter, with class teacher and students today')
            break
        }
        'ejournal;help;class;list' {
            break
        }
        'ejournal;help;student' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List students in Russian alphabetical order, as of today (or --on D)')
            break
        }
        'ejournal;help;student;list' {
            break
        }
        'ejournal;help;staff' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff in Russian alphabetical order with roles, class and teaching hours')
            break
        }
        'ejournal;help;staff;list' {
            break
        }
        'ejournal;help;course' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List courses: class, subject, group, teacher, hours, students, КТП and timetable')
            break
        }
        'ejournal;help;course;list' {
            break
        }
        'ejournal;help;plan' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a course''s thematic plan in lesson order')
            break
        }
        'ejournal;help;plan;show' {
            break
        }
        'ejournal;help;timetable' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a class''s weekly timetable, day by day')
            break
        }
        'ejournal;help;timetable;show' {
            break
        }
        'ejournal;help;demo' {
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
