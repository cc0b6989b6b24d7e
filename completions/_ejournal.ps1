
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new journal file with the default calendar, work types and settings')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'Show and change the school calendar: periods, holidays, days off')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import school files (.csv or .xlsx): roster, staff, load, groups, timetable, КТП, marks, absences, final marks, access log')
            [CompletionResult]::new('class', 'class', [CompletionResultType]::ParameterValue, 'List classes')
            [CompletionResult]::new('student', 'student', [CompletionResultType]::ParameterValue, 'List students, or record one leaving the class')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'List staff')
            [CompletionResult]::new('course', 'course', [CompletionResultType]::ParameterValue, 'List courses: subjects taught to classes and groups, with teacher and hours')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show a course''s thematic plan (КТП)')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Show a class''s timetable')
            [CompletionResult]::new('lesson', 'lesson', [CompletionResultType]::ParameterValue, 'Lessons: generate them from the timetable and КТП, list them, record topic and homework')
            [CompletionResult]::new('lessons', 'lessons', [CompletionResultType]::ParameterValue, 'Lessons: generate them from the timetable and КТП, list them, record topic and homework')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Marks: add, list, change or delete (with a reason)')
            [CompletionResult]::new('absence', 'absence', [CompletionResultType]::ParameterValue, 'Absences: Б ill, У excused, Н unexcused, О late')
            [CompletionResult]::new('final', 'final', [CompletionResultType]::ParameterValue, 'Final marks of a period: suggest, set, accept, list')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock past dates (--until D, or a rolling --older-than N), or show the lock')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Move the lock back (a deputy or the director, with a reason)')
            [CompletionResult]::new('permit', 'permit', [CompletionResultType]::ParameterValue, 'Permits for late entries and corrections (разрешения): add, list, revoke — deputies and the director')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail: who changed what, when, before and after, and why')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back the journal up into a folder (an external disk), online, checked by verify')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup in the journal''s place (verified first; the replaced journal is kept)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'The year''s archive for external media: a read-only copy of the journal, every period''s paper copies, the year''s reports and MANIFEST.sha256')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check that the journal is intact: SQLite''s checks, the schema, the sealed history replayed against every table (exit 3 when anything was changed outside ejournal)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Paper copies of the journal (PDF, XLSX) and printouts for parents')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Control reports: fill-rate, accumulation, progress, attendance, forecast')
            [CompletionResult]::new('remark', 'remark', [CompletionResultType]::ParameterValue, 'A deputy''s remarks on how a course''s journal is kept: add, list, resolve')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show or change the school''s settings (rounding threshold, accumulation minimum, …)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build the demo school''s journal from the bundled example files')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Write an empty file for an import (.xlsx with drop-down lists and comments, or .csv): the Russian header row and one example row')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or write a page for every command into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;init' {
            [CompletionResult]::new('--school', '--school', [CompletionResultType]::ParameterName, 'The school''s name, as documents print it')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The academic year, like 2023/2024')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--six-day-week', '--six-day-week', [CompletionResultType]::ParameterName, 'The school works six days a week (Monday–Saturday)')
            [CompletionResult]::new('--training', '--training', [CompletionResultType]::ParameterName, 'A training journal (учебный журнал), for rehearsal: only there may EJOURNAL_TODAY fix today, and every output says it is not a document. Set once, never changed')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;calendar' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;calendar;set-period' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;calendar;add-holiday' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--grades', '--grades', [CompletionResultType]::ParameterName, 'Only for these grades, like 1 or 1-4 [default: every grade]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'What it is, like "перенос выходного дня"')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;calendar;remove-holiday' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'Students and their parents: Класс, Фамилия, Имя, Отчество (or one ФИО), Дата рождения, …')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Staff: Фамилия, Имя, Отчество (or one ФИО), Роль, Класс (the class a class teacher leads)')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of split classes: Класс, Предмет, Группа, Ученик')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Timetable: Класс, День, Урок, Предмет, Группа (a class''s file replaces its timetable)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'One course''s КТП: № урока, Тема, Часов, Дата, Домашнее задание')
            [CompletionResult]::new('marks', 'marks', [CompletionResultType]::ParameterValue, 'Marks: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа')
            [CompletionResult]::new('absences', 'absences', [CompletionResultType]::ParameterValue, 'Absences: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (no subject: the whole day)')
            [CompletionResult]::new('access-log', 'access-log', [CompletionResultType]::ParameterValue, 'The portal''s access log: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)')
            [CompletionResult]::new('finals', 'finals', [CompletionResultType]::ParameterValue, 'Final marks: Класс, Предмет, Ученик, Период, Отметка, Группа')
            [CompletionResult]::new('lessons', 'lessons', [CompletionResultType]::ParameterValue, 'Lessons given (a teacher''s register): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;import;roster' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a file with a column the import does not read [default: warn and go on]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a file with a column the import does not read [default: warn and go on]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a file with a column the import does not read [default: warn and go on]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a file with a column the import does not read [default: warn and go on]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a file with a column the import does not read [default: warn and go on]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a file with a column the import does not read [default: warn and go on]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;marks' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a file with a column the import does not read [default: warn and go on]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;absences' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a file with a column the import does not read [default: warn and go on]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;access-log' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a file with a column the import does not read [default: warn and go on]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;finals' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a file with a column the import does not read [default: warn and go on]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;lessons' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Force the CSV encoding [default: detected]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Force the CSV delimiter: '';'', '','', ''tab'' [default: detected]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The .xlsx sheet to read [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, writing nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a file with a column the import does not read [default: warn and go on]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;import;help' {
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'Students and their parents: Класс, Фамилия, Имя, Отчество (or one ФИО), Дата рождения, …')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Staff: Фамилия, Имя, Отчество (or one ФИО), Роль, Класс (the class a class teacher leads)')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of split classes: Класс, Предмет, Группа, Ученик')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Timetable: Класс, День, Урок, Предмет, Группа (a class''s file replaces its timetable)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'One course''s КТП: № урока, Тема, Часов, Дата, Домашнее задание')
            [CompletionResult]::new('marks', 'marks', [CompletionResultType]::ParameterValue, 'Marks: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа')
            [CompletionResult]::new('absences', 'absences', [CompletionResultType]::ParameterValue, 'Absences: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (no subject: the whole day)')
            [CompletionResult]::new('access-log', 'access-log', [CompletionResultType]::ParameterValue, 'The portal''s access log: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)')
            [CompletionResult]::new('finals', 'finals', [CompletionResultType]::ParameterValue, 'Final marks: Класс, Предмет, Ученик, Период, Отметка, Группа')
            [CompletionResult]::new('lessons', 'lessons', [CompletionResultType]::ParameterValue, 'Lessons given (a teacher''s register): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List students in Russian alphabetical order, as of today (or --on D)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Record that a student left his class (the school): from --date on he is not in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;student;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'As of this date [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every enrolment of the year, including students who left or moved')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;student;leave' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'The student: ФИО (a birth date after the name tells namesakes apart)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The first day he is no longer in the class')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit trail), like "переведён в другую школу"')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;student;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List students in Russian alphabetical order, as of today (or --on D)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Record that a student left his class (the school): from --date on he is not in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff in Russian alphabetical order with roles, class, teaching hours and login')
            [CompletionResult]::new('set-login', 'set-login', [CompletionResultType]::ParameterValue, 'Link a member of staff to his operating-system login (deputy or director only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;staff;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;staff;set-login' {
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'The login (as `id -un` prints it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Unlink his login instead')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;staff;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff in Russian alphabetical order with roles, class, teaching hours and login')
            [CompletionResult]::new('set-login', 'set-login', [CompletionResultType]::ParameterValue, 'Link a member of staff to his operating-system login (deputy or director only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a class''s weekly timetable, day by day')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;timetable;show' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
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
        'ejournal;lesson' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a course''s lessons: date, number, topic, homework, teacher')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record a lesson''s topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;lessons' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a course''s lessons: date, number, topic, homework, teacher')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record a lesson''s topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;lesson;generate' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First date [default: the start of the year]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last date [default: the end of the year]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;lessons;generate' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First date [default: the start of the year]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last date [default: the end of the year]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;lesson;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;lessons;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;lesson;set' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The lesson''s date')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'The lesson''s number in the day, when the course has two that day')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'The topic taught [default: the КТП''s, or what was recorded]')
            [CompletionResult]::new('--homework', '--homework', [CompletionResultType]::ParameterName, 'The homework set [default: the КТП''s, or what was recorded]')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'The teacher who took the lesson (ФИО), when it was not the course''s teacher')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit trail)')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;lessons;set' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The lesson''s date')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'The lesson''s number in the day, when the course has two that day')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'The topic taught [default: the КТП''s, or what was recorded]')
            [CompletionResult]::new('--homework', '--homework', [CompletionResultType]::ParameterName, 'The homework set [default: the КТП''s, or what was recorded]')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'The teacher who took the lesson (ФИО), when it was not the course''s teacher')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit trail)')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;lesson;confirm' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The lesson''s date')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'The lesson''s number in the day, when the course has two that day')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'The topic taught [default: the КТП''s, or what was recorded]')
            [CompletionResult]::new('--homework', '--homework', [CompletionResultType]::ParameterName, 'The homework set [default: the КТП''s, or what was recorded]')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'The teacher who took the lesson (ФИО), when it was not the course''s teacher')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit trail)')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;lessons;confirm' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The lesson''s date')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'The lesson''s number in the day, when the course has two that day')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'The topic taught [default: the КТП''s, or what was recorded]')
            [CompletionResult]::new('--homework', '--homework', [CompletionResultType]::ParameterName, 'The homework set [default: the КТП''s, or what was recorded]')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'The teacher who took the lesson (ФИО), when it was not the course''s teacher')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit trail)')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;lesson;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a course''s lessons: date, number, topic, homework, teacher')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record a lesson''s topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a course''s lessons: date, number, topic, homework, teacher')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record a lesson''s topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a mark for work in a lesson (several in one lesson are allowed, each with its work type)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List marks with date, subject, student, mark, work type and weight')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change a mark (the old value stays in the audit trail)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a mark (it stays in the audit trail)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;mark;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The lesson''s date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]" (add the birth date to tell namesakes apart)')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'The lesson''s number in the day, when the course has two that day')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]')
            [CompletionResult]::new('--mark', '--mark', [CompletionResultType]::ParameterName, '1–5, зч or нз')
            [CompletionResult]::new('--work-type', '--work-type', [CompletionResultType]::ParameterName, 'The work type (вид работы) [default: Ответ на уроке]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;mark;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]"')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;mark;change' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The mark''s id, as `mark list` shows it')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The lesson''s date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'The student: ФИО (a birth date after the name tells namesakes apart)')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'The lesson''s number in the day, when the course has two that day')
            [CompletionResult]::new('--old-mark', '--old-mark', [CompletionResultType]::ParameterName, 'Which of his marks in that lesson, when he has several: its value')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]')
            [CompletionResult]::new('--mark', '--mark', [CompletionResultType]::ParameterName, 'The new value')
            [CompletionResult]::new('--work-type', '--work-type', [CompletionResultType]::ParameterName, 'The new work type')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required; kept in the audit trail)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;mark;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The mark''s id, as `mark list` shows it')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The lesson''s date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'The student: ФИО (a birth date after the name tells namesakes apart)')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'The lesson''s number in the day, when the course has two that day')
            [CompletionResult]::new('--old-mark', '--old-mark', [CompletionResultType]::ParameterName, 'Which of his marks in that lesson, when he has several: its value')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required; kept in the audit trail)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;mark;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a mark for work in a lesson (several in one lesson are allowed, each with its work type)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List marks with date, subject, student, mark, work type and weight')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change a mark (the old value stays in the audit trail)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a mark (it stays in the audit trail)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an absence: Б ill, У excused, Н unexcused, О late; without --subject, every lesson of the day')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List absences with date, lesson, subject, student and code')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the code of a student''s absences that day (Н → Б when a note from the doctor comes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a student''s absences that day (they stay in the audit trail)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;absence;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The lesson''s date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]"')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Only this subject''s lesson [default: every lesson of the day]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'The lesson''s number in the day, when the course has two that day')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The absence code: Н (unexcused), Б (ill), У (excused), О (late)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;absence;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]"')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;absence;change' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The lesson''s date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]"')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Only this subject''s lesson [default: every lesson of the day]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'The lesson''s number in the day, when the course has two that day')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The new code')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit trail)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;absence;delete' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The lesson''s date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, '"Фамилия Имя [Отчество]"')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Only this subject''s lesson [default: every lesson of the day]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--lesson-no', '--lesson-no', [CompletionResultType]::ParameterName, 'The lesson''s number in the day, when the course has two that day')
            [CompletionResult]::new('--permit', '--permit', [CompletionResultType]::ParameterName, 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required; kept in the audit trail)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;absence;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an absence: Б ill, У excused, Н unexcused, О late; without --subject, every lesson of the day')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List absences with date, lesson, subject, student and code')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the code of a student''s absences that day (Н → Б when a note from the doctor comes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a student''s absences that day (they stay in the audit trail)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest period marks: marks, weighted average and the mark it rounds to (or н/а)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one student''s final mark: 5 4 3 2 1 зч нз н/а осв')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Set the suggested marks that are not set yet')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List final marks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;final;suggest' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;final;set' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'The student: ФИО (a birth date after the name tells namesakes apart)')
            [CompletionResult]::new('--mark', '--mark', [CompletionResultType]::ParameterName, 'The mark: 5, 4, 3, 2, 1, зч, нз (final marks also н/а, осв)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, when changing a mark already set (kept in the audit trail)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;final;accept' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;final;list' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;final;help' {
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest period marks: marks, weighted average and the mark it rounds to (or н/а)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one student''s final mark: 5 4 3 2 1 зч нз н/а осв')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Set the suggested marks that are not set yet')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List final marks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Lock every date up to this one (a lock only moves forward)')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'The rolling lock: at every write, lock what is older than N days ("off" turns it off)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit trail)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what is locked, and the last changes of the lock')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;lock;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;lock;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what is locked, and the last changes of the lock')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;lock;help;status' {
            break
        }
        'ejournal;lock;help;help' {
            break
        }
        'ejournal;unlock' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Keep only the dates up to this one locked')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required; kept in the audit trail)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lift the lock entirely')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;permit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow late entries and corrections for lessons dated --from..--to, until the end of --until')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the permits valid today (--all: every permit ever issued)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a permit (it stays on record)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;permit;add' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first lesson date covered')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last lesson date covered')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Valid through the end of this day [default: today]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required; kept with the permit and in the audit trail)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;permit;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also the revoked and expired ones')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;permit;revoke' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required; kept in the audit trail)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;permit;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow late entries and corrections for lessons dated --from..--to, until the end of --until')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the permits valid today (--all: every permit ever issued)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a permit (it stays on record)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only changes in this class')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'Only changes for this student (needs --class)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only changes made on or after this date')
            [CompletionResult]::new('--entity', '--entity', [CompletionResultType]::ParameterName, 'Only this kind: mark, absence, lesson, final_mark, lock, enrolment, period, holiday, setting, permit, staff')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;backup' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The folder to put the backup in (an external disk, say); made if missing')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep only the newest N backups of this school in the folder')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Restore a backup of another school or year over this journal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;archive' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder to make (missing or empty): the year''s archive goes in it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Make it before the year''s last period has ended')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;verify' {
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'A fingerprint the journal''s history must contain: the one printed on a signed paper copy, in `lock status` or beside a backup (at least 8 hex digits)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('paper', 'paper', [CompletionResultType]::ParameterValue, 'Paper copies of the journal for a period: one file per class, named 5А_Q1_2023-2024.pdf')
            [CompletionResult]::new('diary', 'diary', [CompletionResultType]::ParameterValue, 'Printouts for parents: each student''s marks, averages (or the period''s final marks once set), absences, the coming week''s homework and a line to sign')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;export;paper' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only these classes [default: every class that has the period]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder to write into (created when missing)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Which documents to write: pdf, xlsx or both [default: both]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Exit with 3 when final marks of the period are missing (the copies are written, the empty cells say «нет отметки»)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;export;diary' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class [default: every class, a PDF each]')
            [CompletionResult]::new('--student', '--student', [CompletionResultType]::ParameterName, 'Only this student (needs --class)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The PDF file to write with --class (or a folder); the folder to write into without (created when missing)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--paper-only', '--paper-only', [CompletionResultType]::ParameterName, 'Only students whose parents refused electronic access')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;export;help' {
            [CompletionResult]::new('paper', 'paper', [CompletionResultType]::ParameterValue, 'Paper copies of the journal for a period: one file per class, named 5А_Q1_2023-2024.pdf')
            [CompletionResult]::new('diary', 'diary', [CompletionResultType]::ParameterValue, 'Printouts for parents: each student''s marks, averages (or the period''s final marks once set), absences, the coming week''s homework and a line to sign')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('fill-rate', 'fill-rate', [CompletionResultType]::ParameterValue, 'How the journal is kept: topics, homework, marks per student, marks on time, teachers')
            [CompletionResult]::new('teachers', 'teachers', [CompletionResultType]::ParameterValue, 'Analysis of the teachers'' work with the journal (Анализ работы с классным журналом): per teacher the lessons given and recorded on the lesson day, homework, marks and marks on time, students without marks, open and overdue remarks; the school''s share of teachers who kept the journal')
            [CompletionResult]::new('accumulation', 'accumulation', [CompletionResultType]::ParameterValue, 'Students below the accumulation minimum of marks, per course (needs --period)')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Progress from final marks: успеваемость, качество знаний, СОУ, and the lists (needs --period)')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Attendance: missed lessons by code, lateness, whole days missed, per student and class')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Forecast of period marks with who is at risk and why (needs --period)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;report;fill-rate' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A calendar month, like 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A reporting period: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Only this teacher''s courses (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The whole school year (as --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Exit with 3 when the report found shortfalls (for cron alerts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;report;teachers' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A calendar month, like 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A reporting period: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Only this teacher''s courses (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The whole school year (as --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Exit with 3 when the report found shortfalls (for cron alerts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;report;accumulation' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A calendar month, like 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A reporting period: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Only this teacher''s courses (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The whole school year (as --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Exit with 3 when the report found shortfalls (for cron alerts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;report;progress' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A calendar month, like 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A reporting period: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Only this teacher''s courses (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The whole school year (as --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Exit with 3 when the report found shortfalls (for cron alerts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;report;attendance' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A calendar month, like 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A reporting period: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Only this teacher''s courses (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The whole school year (as --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Exit with 3 when the report found shortfalls (for cron alerts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;report;forecast' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A calendar month, like 2023-10')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A reporting period: Q1–Q4, H1, H2, Y')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (dd.mm.yyyy)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date (dd.mm.yyyy)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only this class')
            [CompletionResult]::new('--teacher', '--teacher', [CompletionResultType]::ParameterName, 'Only this teacher''s courses (ФИО)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The day to forecast from [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The whole school year (as --period Y)')
            [CompletionResult]::new('--fail-on-issues', '--fail-on-issues', [CompletionResultType]::ParameterName, 'Exit with 3 when the report found shortfalls (for cron alerts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;report;help' {
            [CompletionResult]::new('fill-rate', 'fill-rate', [CompletionResultType]::ParameterValue, 'How the journal is kept: topics, homework, marks per student, marks on time, teachers')
            [CompletionResult]::new('teachers', 'teachers', [CompletionResultType]::ParameterValue, 'Analysis of the teachers'' work with the journal (Анализ работы с классным журналом): per teacher the lessons given and recorded on the lesson day, homework, marks and marks on time, students without marks, open and overdue remarks; the school''s share of teachers who kept the journal')
            [CompletionResult]::new('accumulation', 'accumulation', [CompletionResultType]::ParameterValue, 'Students below the accumulation minimum of marks, per course (needs --period)')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Progress from final marks: успеваемость, качество знаний, СОУ, and the lists (needs --period)')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Attendance: missed lessons by code, lateness, whole days missed, per student and class')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Forecast of period marks with who is at risk and why (needs --period)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'A deputy''s remark on how a course''s journal is kept, with a deadline')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List remarks')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Mark a remark resolved')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;remark;add' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject, like Математика')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group, for a subject taught in groups')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'What the remark says')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'The date it must be put right by (dd.mm.yyyy)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;remark;list' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The class, like 5А')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only those not resolved yet')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only those not resolved by their deadline')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;remark;resolve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;remark;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'A deputy''s remark on how a course''s journal is kept, with a deadline')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List remarks')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Mark a remark resolved')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ejournal;settings;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;settings;set' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit trail)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;settings;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Where to put the demo journal and its files (an old demo journal there is replaced)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;template' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The file to write: .xlsx (with drop-down lists and comments) or .csv (Windows-1251, `;`, as Russian Excel saves it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write a page for every command and subcommand into this folder (ejournal.1, ejournal-report.1, ejournal-report-fill-rate.1, …) instead of printing the main page')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The journal file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file''s extension). The documents `export paper` writes are chosen with its --as')
            [CompletionResult]::new('--busy-timeout-ms', '--busy-timeout-ms', [CompletionResultType]::ParameterName, 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or chatter on stderr (errors still go there)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ejournal;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new journal file with the default calendar, work types and settings')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'Show and change the school calendar: periods, holidays, days off')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import school files (.csv or .xlsx): roster, staff, load, groups, timetable, КТП, marks, absences, final marks, access log')
            [CompletionResult]::new('class', 'class', [CompletionResultType]::ParameterValue, 'List classes')
            [CompletionResult]::new('student', 'student', [CompletionResultType]::ParameterValue, 'List students, or record one leaving the class')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'List staff')
            [CompletionResult]::new('course', 'course', [CompletionResultType]::ParameterValue, 'List courses: subjects taught to classes and groups, with teacher and hours')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show a course''s thematic plan (КТП)')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Show a class''s timetable')
            [CompletionResult]::new('lesson', 'lesson', [CompletionResultType]::ParameterValue, 'Lessons: generate them from the timetable and КТП, list them, record topic and homework')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Marks: add, list, change or delete (with a reason)')
            [CompletionResult]::new('absence', 'absence', [CompletionResultType]::ParameterValue, 'Absences: Б ill, У excused, Н unexcused, О late')
            [CompletionResult]::new('final', 'final', [CompletionResultType]::ParameterValue, 'Final marks of a period: suggest, set, accept, list')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock past dates (--until D, or a rolling --older-than N), or show the lock')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Move the lock back (a deputy or the director, with a reason)')
            [CompletionResult]::new('permit', 'permit', [CompletionResultType]::ParameterValue, 'Permits for late entries and corrections (разрешения): add, list, revoke — deputies and the director')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail: who changed what, when, before and after, and why')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back the journal up into a folder (an external disk), online, checked by verify')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup in the journal''s place (verified first; the replaced journal is kept)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'The year''s archive for external media: a read-only copy of the journal, every period''s paper copies, the year''s reports and MANIFEST.sha256')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check that the journal is intact: SQLite''s checks, the schema, the sealed history replayed against every table (exit 3 when anything was changed outside ejournal)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Paper copies of the journal (PDF, XLSX) and printouts for parents')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Control reports: fill-rate, accumulation, progress, attendance, forecast')
            [CompletionResult]::new('remark', 'remark', [CompletionResultType]::ParameterValue, 'A deputy''s remarks on how a course''s journal is kept: add, list, resolve')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show or change the school''s settings (rounding threshold, accumulation minimum, …)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build the demo school''s journal from the bundled example files')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Write an empty file for an import (.xlsx with drop-down lists and comments, or .csv): the Russian header row and one example row')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or write a page for every command into a folder')
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
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'Students and their parents: Класс, Фамилия, Имя, Отчество (or one ФИО), Дата рождения, …')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Staff: Фамилия, Имя, Отчество (or one ФИО), Роль, Класс (the class a class teacher leads)')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of split classes: Класс, Предмет, Группа, Ученик')
            [CompletionResult]::new('timetable', 'timetable', [CompletionResultType]::ParameterValue, 'Timetable: Класс, День, Урок, Предмет, Группа (a class''s file replaces its timetable)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'One course''s КТП: № урока, Тема, Часов, Дата, Домашнее задание')
            [CompletionResult]::new('marks', 'marks', [CompletionResultType]::ParameterValue, 'Marks: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа')
            [CompletionResult]::new('absences', 'absences', [CompletionResultType]::ParameterValue, 'Absences: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (no subject: the whole day)')
            [CompletionResult]::new('access-log', 'access-log', [CompletionResultType]::ParameterValue, 'The portal''s access log: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)')
            [CompletionResult]::new('finals', 'finals', [CompletionResultType]::ParameterValue, 'Final marks: Класс, Предмет, Ученик, Период, Отметка, Группа')
            [CompletionResult]::new('lessons', 'lessons', [CompletionResultType]::ParameterValue, 'Lessons given (a teacher''s register): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List classes by grade and letter, with class teacher and students today')
            break
        }
        'ejournal;help;class;list' {
            break
        }
        'ejournal;help;student' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List students in Russian alphabetical order, as of today (or --on D)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Record that a student left his class (the school): from --date on he is not in it')
            break
        }
        'ejournal;help;student;list' {
            break
        }
        'ejournal;help;student;leave' {
            break
        }
        'ejournal;help;staff' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff in Russian alphabetical order with roles, class, teaching hours and login')
            [CompletionResult]::new('set-login', 'set-login', [CompletionResultType]::ParameterValue, 'Link a member of staff to his operating-system login (deputy or director only)')
            break
        }
        'ejournal;help;staff;list' {
            break
        }
        'ejournal;help;staff;set-login' {
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
        'ejournal;help;lesson' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a course''s lessons: date, number, topic, homework, teacher')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record a lesson''s topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply')
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
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a mark for work in a lesson (several in one lesson are allowed, each with its work type)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List marks with date, subject, student, mark, work type and weight')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change a mark (the old value stays in the audit trail)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a mark (it stays in the audit trail)')
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
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an absence: Б ill, У excused, Н unexcused, О late; without --subject, every lesson of the day')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List absences with date, lesson, subject, student and code')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the code of a student''s absences that day (Н → Б when a note from the doctor comes)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a student''s absences that day (they stay in the audit trail)')
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
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest period marks: marks, weighted average and the mark it rounds to (or н/а)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one student''s final mark: 5 4 3 2 1 зч нз н/а осв')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Set the suggested marks that are not set yet')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List final marks')
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
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what is locked, and the last changes of the lock')
            break
        }
        'ejournal;help;lock;status' {
            break
        }
        'ejournal;help;unlock' {
            break
        }
        'ejournal;help;permit' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow late entries and corrections for lessons dated --from..--to, until the end of --until')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the permits valid today (--all: every permit ever issued)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a permit (it stays on record)')
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
            [CompletionResult]::new('paper', 'paper', [CompletionResultType]::ParameterValue, 'Paper copies of the journal for a period: one file per class, named 5А_Q1_2023-2024.pdf')
            [CompletionResult]::new('diary', 'diary', [CompletionResultType]::ParameterValue, 'Printouts for parents: each student''s marks, averages (or the period''s final marks once set), absences, the coming week''s homework and a line to sign')
            break
        }
        'ejournal;help;export;paper' {
            break
        }
        'ejournal;help;export;diary' {
            break
        }
        'ejournal;help;report' {
            [CompletionResult]::new('fill-rate', 'fill-rate', [CompletionResultType]::ParameterValue, 'How the journal is kept: topics, homework, marks per student, marks on time, teachers')
            [CompletionResult]::new('teachers', 'teachers', [CompletionResultType]::ParameterValue, 'Analysis of the teachers'' work with the journal (Анализ работы с классным журналом): per teacher the lessons given and recorded on the lesson day, homework, marks and marks on time, students without marks, open and overdue remarks; the school''s share of teachers who kept the journal')
            [CompletionResult]::new('accumulation', 'accumulation', [CompletionResultType]::ParameterValue, 'Students below the accumulation minimum of marks, per course (needs --period)')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Progress from final marks: успеваемость, качество знаний, СОУ, and the lists (needs --period)')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Attendance: missed lessons by code, lateness, whole days missed, per student and class')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Forecast of period marks with who is at risk and why (needs --period)')
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
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'A deputy''s remark on how a course''s journal is kept, with a deadline')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List remarks')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Mark a remark resolved')
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
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name')
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
