# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ejournal_global_optspecs
    string join \n db= actor= format= busy-timeout-ms= wide q/quiet h/help V/version
end

function __fish_ejournal_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ejournal_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ejournal_using_subcommand
    set -l cmd (__fish_ejournal_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ejournal -n "__fish_ejournal_needs_command" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_needs_command" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_needs_command" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_needs_command" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_needs_command" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_needs_command" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_needs_command" -s V -l version -d 'Print version'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "init" -d 'Create a new journal file with the default calendar, work types and settings'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "calendar" -d 'Show and change the school calendar: periods, holidays, days off'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "import" -d 'Import school files (.csv or .xlsx): roster, staff, load, groups, timetable, КТП, marks, absences, final marks, access log'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "class" -d 'List classes'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "student" -d 'List students, or record one leaving the class'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "staff" -d 'List staff'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "course" -d 'List courses: subjects taught to classes and groups, with teacher and hours'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "plan" -d 'Show a course\'s thematic plan (КТП)'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "timetable" -d 'Show a class\'s timetable'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "lesson" -d 'Lessons: generate them from the timetable and КТП, list them, record topic and homework'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "lessons" -d 'Lessons: generate them from the timetable and КТП, list them, record topic and homework'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "mark" -d 'Marks: add, list, change or delete (with a reason)'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "absence" -d 'Absences: Б ill, У excused, Н unexcused, О late'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "final" -d 'Final marks of a period: suggest, set, accept, list'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "lock" -d 'Lock past dates (--until D, or a rolling --older-than N), or show the lock'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "unlock" -d 'Move the lock back (a deputy or the director, with a reason)'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "permit" -d 'Permits for late entries and corrections (разрешения): add, list, revoke — deputies and the director'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "audit" -d 'The audit trail: who changed what, when, before and after, and why'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "backup" -d 'Back the journal up into a folder (an external disk), online, checked by verify'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "restore" -d 'Put a backup in the journal\'s place (verified first; the replaced journal is kept)'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "archive" -d 'The year\'s archive for external media: a read-only copy of the journal, every period\'s paper copies, the year\'s reports and MANIFEST.sha256'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "verify" -d 'Check that the journal is intact: SQLite\'s checks, the schema, the sealed history replayed against every table (exit 3 when anything was changed outside ejournal)'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "export" -d 'Paper copies of the journal (PDF, XLSX) and printouts for parents'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "report" -d 'Control reports: fill-rate, accumulation, progress, attendance, forecast'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "remark" -d 'A deputy\'s remarks on how a course\'s journal is kept: add, list, resolve'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "settings" -d 'Show or change the school\'s settings (rounding threshold, accumulation minimum, …)'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "demo" -d 'Build the demo school\'s journal from the bundled example files'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "template" -d 'Write an empty file for an import (.xlsx with drop-down lists and comments, or .csv): the Russian header row and one example row'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "man" -d 'Print the man page (roff), or write a page for every command into a folder'
complete -c ejournal -n "__fish_ejournal_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand init" -l school -d 'The school\'s name, as documents print it' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand init" -l year -d 'The academic year, like 2023/2024' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand init" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand init" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand init" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand init" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand init" -l six-day-week -d 'The school works six days a week (Monday–Saturday)'
complete -c ejournal -n "__fish_ejournal_using_subcommand init" -l training -d 'A training journal (учебный журнал), for rehearsal: only there may EJOURNAL_TODAY fix today, and every output says it is not a document. Set once, never changed'
complete -c ejournal -n "__fish_ejournal_using_subcommand init" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand init" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -f -a "show" -d 'List the periods, holidays and days off'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -f -a "set-period" -d 'Change the dates of a period'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -f -a "add-holiday" -d 'Add holidays or a day off (a transferred day off: --from D --to D)'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -f -a "remove-holiday" -d 'Remove a holiday by the id `calendar show` prints'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and not __fish_seen_subcommand_from show set-period add-holiday remove-holiday help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from show" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from show" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from show" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from show" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from show" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from set-period" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from set-period" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from set-period" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from set-period" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from set-period" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from set-period" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from set-period" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from set-period" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from set-period" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from add-holiday" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from add-holiday" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from add-holiday" -l grades -d 'Only for these grades, like 1 or 1-4 [default: every grade]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from add-holiday" -l name -d 'What it is, like "перенос выходного дня"' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from add-holiday" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from add-holiday" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from add-holiday" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from add-holiday" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from add-holiday" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from add-holiday" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from add-holiday" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from remove-holiday" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from remove-holiday" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from remove-holiday" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from remove-holiday" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from remove-holiday" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from remove-holiday" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from remove-holiday" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "show" -d 'List the periods, holidays and days off'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "set-period" -d 'Change the dates of a period'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "add-holiday" -d 'Add holidays or a day off (a transferred day off: --from D --to D)'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "remove-holiday" -d 'Remove a holiday by the id `calendar show` prints'
complete -c ejournal -n "__fish_ejournal_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "roster" -d 'Students and their parents: Класс, Фамилия, Имя, Отчество (or one ФИО), Дата рождения, …'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "staff" -d 'Staff: Фамилия, Имя, Отчество (or one ФИО), Роль, Класс (the class a class teacher leads)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "load" -d 'Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "groups" -d 'Groups of split classes: Класс, Предмет, Группа, Ученик'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "timetable" -d 'Timetable: Класс, День, Урок, Предмет, Группа (a class\'s file replaces its timetable)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "plan" -d 'One course\'s КТП: № урока, Тема, Часов, Дата, Домашнее задание'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "marks" -d 'Marks: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "absences" -d 'Absences: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (no subject: the whole day)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "access-log" -d 'The portal\'s access log: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "finals" -d 'Final marks: Класс, Предмет, Ученик, Период, Отметка, Группа'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "lessons" -d 'Lessons given (a teacher\'s register): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and not __fish_seen_subcommand_from roster staff load groups timetable plan marks absences access-log finals lessons help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -l encoding -d 'Force the CSV encoding [default: detected]' -r -f -a "utf-8\t''
windows-1251\t''
utf-16\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -l delimiter -d 'Force the CSV delimiter: \';\', \',\', \'tab\' [default: detected]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -l sheet -d 'The .xlsx sheet to read [default: the first]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -l dry-run -d 'Check the file and report what would change, writing nothing'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -l strict -d 'Refuse a file with a column the import does not read [default: warn and go on]'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from roster" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -l encoding -d 'Force the CSV encoding [default: detected]' -r -f -a "utf-8\t''
windows-1251\t''
utf-16\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -l delimiter -d 'Force the CSV delimiter: \';\', \',\', \'tab\' [default: detected]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -l sheet -d 'The .xlsx sheet to read [default: the first]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -l dry-run -d 'Check the file and report what would change, writing nothing'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -l strict -d 'Refuse a file with a column the import does not read [default: warn and go on]'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from staff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -l encoding -d 'Force the CSV encoding [default: detected]' -r -f -a "utf-8\t''
windows-1251\t''
utf-16\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -l delimiter -d 'Force the CSV delimiter: \';\', \',\', \'tab\' [default: detected]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -l sheet -d 'The .xlsx sheet to read [default: the first]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -l dry-run -d 'Check the file and report what would change, writing nothing'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -l strict -d 'Refuse a file with a column the import does not read [default: warn and go on]'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -l encoding -d 'Force the CSV encoding [default: detected]' -r -f -a "utf-8\t''
windows-1251\t''
utf-16\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -l delimiter -d 'Force the CSV delimiter: \';\', \',\', \'tab\' [default: detected]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -l sheet -d 'The .xlsx sheet to read [default: the first]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -l dry-run -d 'Check the file and report what would change, writing nothing'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -l strict -d 'Refuse a file with a column the import does not read [default: warn and go on]'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from groups" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -l encoding -d 'Force the CSV encoding [default: detected]' -r -f -a "utf-8\t''
windows-1251\t''
utf-16\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -l delimiter -d 'Force the CSV delimiter: \';\', \',\', \'tab\' [default: detected]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -l sheet -d 'The .xlsx sheet to read [default: the first]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -l dry-run -d 'Check the file and report what would change, writing nothing'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -l strict -d 'Refuse a file with a column the import does not read [default: warn and go on]'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from timetable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l encoding -d 'Force the CSV encoding [default: detected]' -r -f -a "utf-8\t''
windows-1251\t''
utf-16\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l delimiter -d 'Force the CSV delimiter: \';\', \',\', \'tab\' [default: detected]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l sheet -d 'The .xlsx sheet to read [default: the first]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l class -d 'The class, like 5А [default: from the file name]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l subject -d 'The subject [default: from the file name]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l group -d 'The group, for a split subject' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l dry-run -d 'Check the file and report what would change, writing nothing'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l strict -d 'Refuse a file with a column the import does not read [default: warn and go on]'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -l encoding -d 'Force the CSV encoding [default: detected]' -r -f -a "utf-8\t''
windows-1251\t''
utf-16\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -l delimiter -d 'Force the CSV delimiter: \';\', \',\', \'tab\' [default: detected]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -l sheet -d 'The .xlsx sheet to read [default: the first]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -l dry-run -d 'Check the file and report what would change, writing nothing'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -l strict -d 'Refuse a file with a column the import does not read [default: warn and go on]'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from marks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -l encoding -d 'Force the CSV encoding [default: detected]' -r -f -a "utf-8\t''
windows-1251\t''
utf-16\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -l delimiter -d 'Force the CSV delimiter: \';\', \',\', \'tab\' [default: detected]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -l sheet -d 'The .xlsx sheet to read [default: the first]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -l dry-run -d 'Check the file and report what would change, writing nothing'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -l strict -d 'Refuse a file with a column the import does not read [default: warn and go on]'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from absences" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -l encoding -d 'Force the CSV encoding [default: detected]' -r -f -a "utf-8\t''
windows-1251\t''
utf-16\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -l delimiter -d 'Force the CSV delimiter: \';\', \',\', \'tab\' [default: detected]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -l sheet -d 'The .xlsx sheet to read [default: the first]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -l dry-run -d 'Check the file and report what would change, writing nothing'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -l strict -d 'Refuse a file with a column the import does not read [default: warn and go on]'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from access-log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -l encoding -d 'Force the CSV encoding [default: detected]' -r -f -a "utf-8\t''
windows-1251\t''
utf-16\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -l delimiter -d 'Force the CSV delimiter: \';\', \',\', \'tab\' [default: detected]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -l sheet -d 'The .xlsx sheet to read [default: the first]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -l dry-run -d 'Check the file and report what would change, writing nothing'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -l strict -d 'Refuse a file with a column the import does not read [default: warn and go on]'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from finals" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -l encoding -d 'Force the CSV encoding [default: detected]' -r -f -a "utf-8\t''
windows-1251\t''
utf-16\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -l delimiter -d 'Force the CSV delimiter: \';\', \',\', \'tab\' [default: detected]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -l sheet -d 'The .xlsx sheet to read [default: the first]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -l dry-run -d 'Check the file and report what would change, writing nothing'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -l strict -d 'Refuse a file with a column the import does not read [default: warn and go on]'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from lessons" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "roster" -d 'Students and their parents: Класс, Фамилия, Имя, Отчество (or one ФИО), Дата рождения, …'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "staff" -d 'Staff: Фамилия, Имя, Отчество (or one ФИО), Роль, Класс (the class a class teacher leads)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "load" -d 'Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "groups" -d 'Groups of split classes: Класс, Предмет, Группа, Ученик'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "timetable" -d 'Timetable: Класс, День, Урок, Предмет, Группа (a class\'s file replaces its timetable)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "plan" -d 'One course\'s КТП: № урока, Тема, Часов, Дата, Домашнее задание'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "marks" -d 'Marks: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "absences" -d 'Absences: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (no subject: the whole day)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "access-log" -d 'The portal\'s access log: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "finals" -d 'Final marks: Класс, Предмет, Ученик, Период, Отметка, Группа'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "lessons" -d 'Lessons given (a teacher\'s register): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание'
complete -c ejournal -n "__fish_ejournal_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and not __fish_seen_subcommand_from list help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and not __fish_seen_subcommand_from list help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and not __fish_seen_subcommand_from list help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and not __fish_seen_subcommand_from list help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and not __fish_seen_subcommand_from list help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List classes by grade and letter, with class teacher and students today'
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and __fish_seen_subcommand_from list" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and __fish_seen_subcommand_from list" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and __fish_seen_subcommand_from list" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and __fish_seen_subcommand_from list" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and __fish_seen_subcommand_from help" -f -a "list" -d 'List classes by grade and letter, with class teacher and students today'
complete -c ejournal -n "__fish_ejournal_using_subcommand class; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and not __fish_seen_subcommand_from list leave help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and not __fish_seen_subcommand_from list leave help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and not __fish_seen_subcommand_from list leave help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and not __fish_seen_subcommand_from list leave help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and not __fish_seen_subcommand_from list leave help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and not __fish_seen_subcommand_from list leave help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and not __fish_seen_subcommand_from list leave help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and not __fish_seen_subcommand_from list leave help" -f -a "list" -d 'List students in Russian alphabetical order, as of today (or --on D)'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and not __fish_seen_subcommand_from list leave help" -f -a "leave" -d 'Record that a student left his class (the school): from --date on he is not in it'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and not __fish_seen_subcommand_from list leave help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from list" -l class -d 'Only this class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from list" -l on -d 'As of this date [default: today]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from list" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from list" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from list" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from list" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from list" -l all -d 'Every enrolment of the year, including students who left or moved'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from leave" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from leave" -l student -d 'The student: ФИО (a birth date after the name tells namesakes apart)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from leave" -l date -d 'The first day he is no longer in the class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from leave" -l reason -d 'Why (kept in the audit trail), like "переведён в другую школу"' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from leave" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from leave" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from leave" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from leave" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from leave" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from help" -f -a "list" -d 'List students in Russian alphabetical order, as of today (or --on D)'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from help" -f -a "leave" -d 'Record that a student left his class (the school): from --date on he is not in it'
complete -c ejournal -n "__fish_ejournal_using_subcommand student; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and not __fish_seen_subcommand_from list set-login help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and not __fish_seen_subcommand_from list set-login help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and not __fish_seen_subcommand_from list set-login help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and not __fish_seen_subcommand_from list set-login help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and not __fish_seen_subcommand_from list set-login help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and not __fish_seen_subcommand_from list set-login help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and not __fish_seen_subcommand_from list set-login help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and not __fish_seen_subcommand_from list set-login help" -f -a "list" -d 'List staff in Russian alphabetical order with roles, class, teaching hours and login'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and not __fish_seen_subcommand_from list set-login help" -f -a "set-login" -d 'Link a member of staff to his operating-system login (deputy or director only)'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and not __fish_seen_subcommand_from list set-login help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from list" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from list" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from list" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from list" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from set-login" -l login -d 'The login (as `id -un` prints it)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from set-login" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from set-login" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from set-login" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from set-login" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from set-login" -l remove -d 'Unlink his login instead'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from set-login" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from set-login" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from set-login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "list" -d 'List staff in Russian alphabetical order with roles, class, teaching hours and login'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "set-login" -d 'Link a member of staff to his operating-system login (deputy or director only)'
complete -c ejournal -n "__fish_ejournal_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and not __fish_seen_subcommand_from list help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and not __fish_seen_subcommand_from list help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and not __fish_seen_subcommand_from list help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and not __fish_seen_subcommand_from list help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and not __fish_seen_subcommand_from list help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List courses: class, subject, group, teacher, hours, students, КТП and timetable'
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and __fish_seen_subcommand_from list" -l class -d 'Only this class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and __fish_seen_subcommand_from list" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and __fish_seen_subcommand_from list" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and __fish_seen_subcommand_from list" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and __fish_seen_subcommand_from list" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "list" -d 'List courses: class, subject, group, teacher, hours, students, КТП and timetable'
complete -c ejournal -n "__fish_ejournal_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and not __fish_seen_subcommand_from show help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Show a course\'s thematic plan in lesson order'
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from show" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from show" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from show" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from show" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from show" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from show" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from show" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from show" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a course\'s thematic plan in lesson order'
complete -c ejournal -n "__fish_ejournal_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and not __fish_seen_subcommand_from show help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and not __fish_seen_subcommand_from show help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and not __fish_seen_subcommand_from show help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and not __fish_seen_subcommand_from show help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and not __fish_seen_subcommand_from show help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Show a class\'s weekly timetable, day by day'
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and __fish_seen_subcommand_from show" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and __fish_seen_subcommand_from show" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and __fish_seen_subcommand_from show" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and __fish_seen_subcommand_from show" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and __fish_seen_subcommand_from show" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and __fish_seen_subcommand_from show" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a class\'s weekly timetable, day by day'
complete -c ejournal -n "__fish_ejournal_using_subcommand timetable; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -f -a "generate" -d 'Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -f -a "list" -d 'List a course\'s lessons: date, number, topic, homework, teacher'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -f -a "set" -d 'Record a lesson\'s topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -f -a "confirm" -d 'Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and not __fish_seen_subcommand_from generate list set confirm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from generate" -l class -d 'Only this class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from generate" -l from -d 'First date [default: the start of the year]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from generate" -l to -d 'Last date [default: the end of the year]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from generate" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from generate" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from generate" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from generate" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from generate" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l date -d 'The lesson\'s date' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l lesson-no -d 'The lesson\'s number in the day, when the course has two that day' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l topic -d 'The topic taught [default: the КТП\'s, or what was recorded]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l homework -d 'The homework set [default: the КТП\'s, or what was recorded]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l teacher -d 'The teacher who took the lesson (ФИО), when it was not the course\'s teacher' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l reason -d 'Why (kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l permit -d 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l date -d 'The lesson\'s date' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l lesson-no -d 'The lesson\'s number in the day, when the course has two that day' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l topic -d 'The topic taught [default: the КТП\'s, or what was recorded]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l homework -d 'The homework set [default: the КТП\'s, or what was recorded]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l teacher -d 'The teacher who took the lesson (ФИО), when it was not the course\'s teacher' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l reason -d 'Why (kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l permit -d 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a course\'s lessons: date, number, topic, homework, teacher'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from help" -f -a "set" -d 'Record a lesson\'s topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply'
complete -c ejournal -n "__fish_ejournal_using_subcommand lesson; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -f -a "generate" -d 'Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -f -a "list" -d 'List a course\'s lessons: date, number, topic, homework, teacher'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -f -a "set" -d 'Record a lesson\'s topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -f -a "confirm" -d 'Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and not __fish_seen_subcommand_from generate list set confirm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from generate" -l class -d 'Only this class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from generate" -l from -d 'First date [default: the start of the year]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from generate" -l to -d 'Last date [default: the end of the year]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from generate" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from generate" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from generate" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from generate" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from generate" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l date -d 'The lesson\'s date' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l lesson-no -d 'The lesson\'s number in the day, when the course has two that day' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l topic -d 'The topic taught [default: the КТП\'s, or what was recorded]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l homework -d 'The homework set [default: the КТП\'s, or what was recorded]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l teacher -d 'The teacher who took the lesson (ФИО), when it was not the course\'s teacher' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l reason -d 'Why (kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l permit -d 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l date -d 'The lesson\'s date' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l lesson-no -d 'The lesson\'s number in the day, when the course has two that day' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l topic -d 'The topic taught [default: the КТП\'s, or what was recorded]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l homework -d 'The homework set [default: the КТП\'s, or what was recorded]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l teacher -d 'The teacher who took the lesson (ФИО), when it was not the course\'s teacher' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l reason -d 'Why (kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l permit -d 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a course\'s lessons: date, number, topic, homework, teacher'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from help" -f -a "set" -d 'Record a lesson\'s topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply'
complete -c ejournal -n "__fish_ejournal_using_subcommand lessons; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -f -a "add" -d 'Add a mark for work in a lesson (several in one lesson are allowed, each with its work type)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -f -a "list" -d 'List marks with date, subject, student, mark, work type and weight'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -f -a "change" -d 'Change a mark (the old value stays in the audit trail)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -f -a "delete" -d 'Delete a mark (it stays in the audit trail)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and not __fish_seen_subcommand_from add list change delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l date -d 'The lesson\'s date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l student -d '"Фамилия Имя [Отчество]" (add the birth date to tell namesakes apart)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l lesson-no -d 'The lesson\'s number in the day, when the course has two that day' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l permit -d 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l mark -d '1–5, зч or нз' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l work-type -d 'The work type (вид работы) [default: Ответ на уроке]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -l student -d '"Фамилия Имя [Отчество]"' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l id -d 'The mark\'s id, as `mark list` shows it' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l date -d 'The lesson\'s date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l student -d 'The student: ФИО (a birth date after the name tells namesakes apart)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l lesson-no -d 'The lesson\'s number in the day, when the course has two that day' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l old-mark -d 'Which of his marks in that lesson, when he has several: its value' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l permit -d 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l mark -d 'The new value' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l work-type -d 'The new work type' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l reason -d 'Why (required; kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l id -d 'The mark\'s id, as `mark list` shows it' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l date -d 'The lesson\'s date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l student -d 'The student: ФИО (a birth date after the name tells namesakes apart)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l lesson-no -d 'The lesson\'s number in the day, when the course has two that day' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l old-mark -d 'Which of his marks in that lesson, when he has several: its value' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l permit -d 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l reason -d 'Why (required; kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a mark for work in a lesson (several in one lesson are allowed, each with its work type)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from help" -f -a "list" -d 'List marks with date, subject, student, mark, work type and weight'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from help" -f -a "change" -d 'Change a mark (the old value stays in the audit trail)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a mark (it stays in the audit trail)'
complete -c ejournal -n "__fish_ejournal_using_subcommand mark; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -f -a "add" -d 'Record an absence: Б ill, У excused, Н unexcused, О late; without --subject, every lesson of the day'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -f -a "list" -d 'List absences with date, lesson, subject, student and code'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -f -a "change" -d 'Change the code of a student\'s absences that day (Н → Б when a note from the doctor comes)'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -f -a "delete" -d 'Delete a student\'s absences that day (they stay in the audit trail)'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and not __fish_seen_subcommand_from add list change delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l date -d 'The lesson\'s date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l student -d '"Фамилия Имя [Отчество]"' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l subject -d 'Only this subject\'s lesson [default: every lesson of the day]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l lesson-no -d 'The lesson\'s number in the day, when the course has two that day' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l permit -d 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l code -d 'The absence code: Н (unexcused), Б (ill), У (excused), О (late)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -l student -d '"Фамилия Имя [Отчество]"' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l date -d 'The lesson\'s date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l student -d '"Фамилия Имя [Отчество]"' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l subject -d 'Only this subject\'s lesson [default: every lesson of the day]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l lesson-no -d 'The lesson\'s number in the day, when the course has two that day' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l permit -d 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l code -d 'The new code' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l reason -d 'Why (kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l date -d 'The lesson\'s date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l student -d '"Фамилия Имя [Отчество]"' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l subject -d 'Only this subject\'s lesson [default: every lesson of the day]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l lesson-no -d 'The lesson\'s number in the day, when the course has two that day' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l permit -d 'Write under this permit when the lesson is outside the entry window [default: the narrowest valid permit that covers it]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l reason -d 'Why (required; kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record an absence: Б ill, У excused, Н unexcused, О late; without --subject, every lesson of the day'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from help" -f -a "list" -d 'List absences with date, lesson, subject, student and code'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from help" -f -a "change" -d 'Change the code of a student\'s absences that day (Н → Б when a note from the doctor comes)'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a student\'s absences that day (they stay in the audit trail)'
complete -c ejournal -n "__fish_ejournal_using_subcommand absence; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -f -a "suggest" -d 'Suggest period marks: marks, weighted average and the mark it rounds to (or н/а)'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -f -a "set" -d 'Set one student\'s final mark: 5 4 3 2 1 зч нз н/а осв'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -f -a "accept" -d 'Set the suggested marks that are not set yet'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -f -a "list" -d 'List final marks'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and not __fish_seen_subcommand_from suggest set accept list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from suggest" -l period -d 'The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)' -r -f -a "Q1\t''
Q2\t''
Q3\t''
Q4\t''
H1\t''
H2\t''
Y\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from suggest" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from suggest" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from suggest" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from suggest" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from suggest" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from suggest" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from suggest" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from suggest" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from suggest" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from suggest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l period -d 'The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)' -r -f -a "Q1\t''
Q2\t''
Q3\t''
Q4\t''
H1\t''
H2\t''
Y\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l student -d 'The student: ФИО (a birth date after the name tells namesakes apart)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l mark -d 'The mark: 5, 4, 3, 2, 1, зч, нз (final marks also н/а, осв)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l reason -d 'Why, when changing a mark already set (kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from accept" -l period -d 'The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)' -r -f -a "Q1\t''
Q2\t''
Q3\t''
Q4\t''
H1\t''
H2\t''
Y\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from accept" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from accept" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from accept" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from accept" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from accept" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from accept" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from accept" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from accept" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from list" -l period -d 'The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)' -r -f -a "Q1\t''
Q2\t''
Q3\t''
Q4\t''
H1\t''
H2\t''
Y\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from list" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from list" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from list" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from list" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from list" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from list" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from list" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from help" -f -a "suggest" -d 'Suggest period marks: marks, weighted average and the mark it rounds to (or н/а)'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one student\'s final mark: 5 4 3 2 1 зч нз н/а осв'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Set the suggested marks that are not set yet'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from help" -f -a "list" -d 'List final marks'
complete -c ejournal -n "__fish_ejournal_using_subcommand final; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -l until -d 'Lock every date up to this one (a lock only moves forward)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -l older-than -d 'The rolling lock: at every write, lock what is older than N days ("off" turns it off)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -l reason -d 'Why (kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Show what is locked, and the last changes of the lock'
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and __fish_seen_subcommand_from status" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and __fish_seen_subcommand_from status" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and __fish_seen_subcommand_from status" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and __fish_seen_subcommand_from status" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and __fish_seen_subcommand_from status" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show what is locked, and the last changes of the lock'
complete -c ejournal -n "__fish_ejournal_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand unlock" -l until -d 'Keep only the dates up to this one locked' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand unlock" -l reason -d 'Why (required; kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand unlock" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand unlock" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand unlock" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand unlock" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand unlock" -l all -d 'Lift the lock entirely'
complete -c ejournal -n "__fish_ejournal_using_subcommand unlock" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand unlock" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and not __fish_seen_subcommand_from add list revoke help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and not __fish_seen_subcommand_from add list revoke help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and not __fish_seen_subcommand_from add list revoke help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and not __fish_seen_subcommand_from add list revoke help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and not __fish_seen_subcommand_from add list revoke help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and not __fish_seen_subcommand_from add list revoke help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and not __fish_seen_subcommand_from add list revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and not __fish_seen_subcommand_from add list revoke help" -f -a "add" -d 'Allow late entries and corrections for lessons dated --from..--to, until the end of --until'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and not __fish_seen_subcommand_from add list revoke help" -f -a "list" -d 'List the permits valid today (--all: every permit ever issued)'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and not __fish_seen_subcommand_from add list revoke help" -f -a "revoke" -d 'Revoke a permit (it stays on record)'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and not __fish_seen_subcommand_from add list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l from -d 'The first lesson date covered' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l to -d 'The last lesson date covered' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l until -d 'Valid through the end of this day [default: today]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l reason -d 'Why (required; kept with the permit and in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from list" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from list" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from list" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from list" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from list" -l all -d 'Also the revoked and expired ones'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from revoke" -l reason -d 'Why (required; kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from revoke" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from revoke" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from revoke" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from revoke" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from revoke" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from help" -f -a "add" -d 'Allow late entries and corrections for lessons dated --from..--to, until the end of --until'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the permits valid today (--all: every permit ever issued)'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a permit (it stays on record)'
complete -c ejournal -n "__fish_ejournal_using_subcommand permit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand audit" -l class -d 'Only changes in this class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand audit" -l student -d 'Only changes for this student (needs --class)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand audit" -l since -d 'Only changes made on or after this date' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand audit" -l entity -d 'Only this kind: mark, absence, lesson, final_mark, lock, enrolment, period, holiday, setting, permit, staff' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand audit" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand audit" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand audit" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand audit" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand audit" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand audit" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand backup" -l to -d 'The folder to put the backup in (an external disk, say); made if missing' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand backup" -l keep -d 'Keep only the newest N backups of this school in the folder' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand backup" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand backup" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand backup" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand backup" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand backup" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand backup" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand restore" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand restore" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand restore" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand restore" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand restore" -l force -d 'Restore a backup of another school or year over this journal'
complete -c ejournal -n "__fish_ejournal_using_subcommand restore" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand restore" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand archive" -l out -d 'The folder to make (missing or empty): the year\'s archive goes in it' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand archive" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand archive" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand archive" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand archive" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand archive" -l force -d 'Make it before the year\'s last period has ended'
complete -c ejournal -n "__fish_ejournal_using_subcommand archive" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand archive" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand verify" -l fingerprint -d 'A fingerprint the journal\'s history must contain: the one printed on a signed paper copy, in `lock status` or beside a backup (at least 8 hex digits)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand verify" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand verify" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand verify" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand verify" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand verify" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand verify" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and not __fish_seen_subcommand_from paper diary help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and not __fish_seen_subcommand_from paper diary help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and not __fish_seen_subcommand_from paper diary help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and not __fish_seen_subcommand_from paper diary help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and not __fish_seen_subcommand_from paper diary help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and not __fish_seen_subcommand_from paper diary help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and not __fish_seen_subcommand_from paper diary help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and not __fish_seen_subcommand_from paper diary help" -f -a "paper" -d 'Paper copies of the journal for a period: one file per class, named 5А_Q1_2023-2024.pdf'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and not __fish_seen_subcommand_from paper diary help" -f -a "diary" -d 'Printouts for parents: each student\'s marks, averages (or the period\'s final marks once set), absences, the coming week\'s homework and a line to sign'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and not __fish_seen_subcommand_from paper diary help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -l period -d 'The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)' -r -f -a "Q1\t''
Q2\t''
Q3\t''
Q4\t''
H1\t''
H2\t''
Y\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -l class -d 'Only these classes [default: every class that has the period]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -l out -d 'The folder to write into (created when missing)' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -l as -d 'Which documents to write: pdf, xlsx or both [default: both]' -r -f -a "pdf\t'The PDF to print, sign and seal'
xlsx\t'The XLSX workbook, a sheet per course and the summary sheet'
both\t'Both files'"
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -l fail-on-issues -d 'Exit with 3 when final marks of the period are missing (the copies are written, the empty cells say «нет отметки»)'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from paper" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -l class -d 'Only this class [default: every class, a PDF each]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -l student -d 'Only this student (needs --class)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -l out -d 'The PDF file to write with --class (or a folder); the folder to write into without (created when missing)' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -l paper-only -d 'Only students whose parents refused electronic access'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from diary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "paper" -d 'Paper copies of the journal for a period: one file per class, named 5А_Q1_2023-2024.pdf'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "diary" -d 'Printouts for parents: each student\'s marks, averages (or the period\'s final marks once set), absences, the coming week\'s homework and a line to sign'
complete -c ejournal -n "__fish_ejournal_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -f -a "fill-rate" -d 'How the journal is kept: topics, homework, marks per student, marks on time, teachers'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -f -a "teachers" -d 'Analysis of the teachers\' work with the journal (Анализ работы с классным журналом): per teacher the lessons given and recorded on the lesson day, homework, marks and marks on time, students without marks, open and overdue remarks; the school\'s share of teachers who kept the journal'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -f -a "accumulation" -d 'Students below the accumulation minimum of marks, per course (needs --period)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -f -a "progress" -d 'Progress from final marks: успеваемость, качество знаний, СОУ, and the lists (needs --period)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -f -a "attendance" -d 'Attendance: missed lessons by code, lateness, whole days missed, per student and class'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -f -a "forecast" -d 'Forecast of period marks with who is at risk and why (needs --period)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and not __fish_seen_subcommand_from fill-rate teachers accumulation progress attendance forecast help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l month -d 'A calendar month, like 2023-10' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l period -d 'A reporting period: Q1–Q4, H1, H2, Y' -r -f -a "Q1\t''
Q2\t''
Q3\t''
Q4\t''
H1\t''
H2\t''
Y\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l class -d 'Only this class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l teacher -d 'Only this teacher\'s courses (ФИО)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l out -d 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l year -d 'The whole school year (as --period Y)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l fail-on-issues -d 'Exit with 3 when the report found shortfalls (for cron alerts)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from fill-rate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l month -d 'A calendar month, like 2023-10' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l period -d 'A reporting period: Q1–Q4, H1, H2, Y' -r -f -a "Q1\t''
Q2\t''
Q3\t''
Q4\t''
H1\t''
H2\t''
Y\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l class -d 'Only this class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l teacher -d 'Only this teacher\'s courses (ФИО)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l out -d 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l year -d 'The whole school year (as --period Y)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l fail-on-issues -d 'Exit with 3 when the report found shortfalls (for cron alerts)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from teachers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l month -d 'A calendar month, like 2023-10' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l period -d 'A reporting period: Q1–Q4, H1, H2, Y' -r -f -a "Q1\t''
Q2\t''
Q3\t''
Q4\t''
H1\t''
H2\t''
Y\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l class -d 'Only this class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l teacher -d 'Only this teacher\'s courses (ФИО)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l out -d 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l year -d 'The whole school year (as --period Y)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l fail-on-issues -d 'Exit with 3 when the report found shortfalls (for cron alerts)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from accumulation" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l month -d 'A calendar month, like 2023-10' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l period -d 'A reporting period: Q1–Q4, H1, H2, Y' -r -f -a "Q1\t''
Q2\t''
Q3\t''
Q4\t''
H1\t''
H2\t''
Y\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l class -d 'Only this class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l teacher -d 'Only this teacher\'s courses (ФИО)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l out -d 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l year -d 'The whole school year (as --period Y)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l fail-on-issues -d 'Exit with 3 when the report found shortfalls (for cron alerts)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from progress" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l month -d 'A calendar month, like 2023-10' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l period -d 'A reporting period: Q1–Q4, H1, H2, Y' -r -f -a "Q1\t''
Q2\t''
Q3\t''
Q4\t''
H1\t''
H2\t''
Y\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l class -d 'Only this class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l teacher -d 'Only this teacher\'s courses (ФИО)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l out -d 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l year -d 'The whole school year (as --period Y)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l fail-on-issues -d 'Exit with 3 when the report found shortfalls (for cron alerts)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from attendance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l month -d 'A calendar month, like 2023-10' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l period -d 'A reporting period: Q1–Q4, H1, H2, Y' -r -f -a "Q1\t''
Q2\t''
Q3\t''
Q4\t''
H1\t''
H2\t''
Y\t''"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l from -d 'The first date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l to -d 'The last date (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l class -d 'Only this class' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l teacher -d 'Only this teacher\'s courses (ФИО)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l out -d 'Write to this file (xlsx, csv, json, or a table in any other) instead of stdout' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l as-of -d 'The day to forecast from [default: today]' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l year -d 'The whole school year (as --period Y)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l fail-on-issues -d 'Exit with 3 when the report found shortfalls (for cron alerts)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from forecast" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "fill-rate" -d 'How the journal is kept: topics, homework, marks per student, marks on time, teachers'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "teachers" -d 'Analysis of the teachers\' work with the journal (Анализ работы с классным журналом): per teacher the lessons given and recorded on the lesson day, homework, marks and marks on time, students without marks, open and overdue remarks; the school\'s share of teachers who kept the journal'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "accumulation" -d 'Students below the accumulation minimum of marks, per course (needs --period)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "progress" -d 'Progress from final marks: успеваемость, качество знаний, СОУ, and the lists (needs --period)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "attendance" -d 'Attendance: missed lessons by code, lateness, whole days missed, per student and class'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "forecast" -d 'Forecast of period marks with who is at risk and why (needs --period)'
complete -c ejournal -n "__fish_ejournal_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and not __fish_seen_subcommand_from add list resolve help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and not __fish_seen_subcommand_from add list resolve help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and not __fish_seen_subcommand_from add list resolve help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and not __fish_seen_subcommand_from add list resolve help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and not __fish_seen_subcommand_from add list resolve help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and not __fish_seen_subcommand_from add list resolve help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and not __fish_seen_subcommand_from add list resolve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and not __fish_seen_subcommand_from add list resolve help" -f -a "add" -d 'A deputy\'s remark on how a course\'s journal is kept, with a deadline'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and not __fish_seen_subcommand_from add list resolve help" -f -a "list" -d 'List remarks'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and not __fish_seen_subcommand_from add list resolve help" -f -a "resolve" -d 'Mark a remark resolved'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and not __fish_seen_subcommand_from add list resolve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -l subject -d 'The subject, like Математика' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -l group -d 'The group, for a subject taught in groups' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -l text -d 'What the remark says' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -l due -d 'The date it must be put right by (dd.mm.yyyy)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from list" -l class -d 'The class, like 5А' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from list" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from list" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from list" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from list" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from list" -l open -d 'Only those not resolved yet'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from list" -l overdue -d 'Only those not resolved by their deadline'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from resolve" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from resolve" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from resolve" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from resolve" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from resolve" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from help" -f -a "add" -d 'A deputy\'s remark on how a course\'s journal is kept, with a deadline'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from help" -f -a "list" -d 'List remarks'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Mark a remark resolved'
complete -c ejournal -n "__fish_ejournal_using_subcommand remark; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -f -a "show" -d 'Show every setting'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -f -a "set" -d 'Change a setting: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from show" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from show" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from show" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from show" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from show" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from set" -l reason -d 'Why (kept in the audit trail)' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from set" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from set" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from set" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from set" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from set" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every setting'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name'
complete -c ejournal -n "__fish_ejournal_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand demo" -l dir -d 'Where to put the demo journal and its files (an old demo journal there is replaced)' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand demo" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand demo" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand demo" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand demo" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand demo" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand demo" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand template" -l out -d 'The file to write: .xlsx (with drop-down lists and comments) or .csv (Windows-1251, `;`, as Russian Excel saves it)' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand template" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand template" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand template" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand template" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand template" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand template" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand template" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand completions" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand completions" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand completions" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand completions" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand completions" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand completions" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand man" -l dir -d 'Write a page for every command and subcommand into this folder (ejournal.1, ejournal-report.1, ejournal-report-fill-rate.1, …) instead of printing the main page' -r -f -a "(__fish_complete_directories)"
complete -c ejournal -n "__fish_ejournal_using_subcommand man" -l db -d 'The journal file' -r -F
complete -c ejournal -n "__fish_ejournal_using_subcommand man" -l actor -d 'Who does this (ФИО as in the staff list); every write records it [default: the member of staff linked to your login, else your login]. Once your login is linked, only a deputy or the director may name someone else here' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand man" -l format -d 'How to print rows: table (the default), or csv/json on stdout for scripts; reports also write xlsx (with --out, the format follows the file\'s extension). The documents `export paper` writes are chosen with its --as' -r -f -a "table\t'An aligned table for reading (dates as dd.mm.yyyy)'
csv\t'CSV with a header row of the JSON keys (UTF-8, ISO dates)'
json\t'A JSON array of objects (ISO dates)'
xlsx\t'Reports only, with --out FILE.xlsx: a workbook with a sheet per section'"
complete -c ejournal -n "__fish_ejournal_using_subcommand man" -l busy-timeout-ms -d 'How long a write waits for another ejournal writing to the same journal before it gives up with exit code 75, in milliseconds' -r -f
complete -c ejournal -n "__fish_ejournal_using_subcommand man" -l wide -d 'Tables show every column: a table wider than the terminal prints one block per row instead of leaving columns out'
complete -c ejournal -n "__fish_ejournal_using_subcommand man" -s q -l quiet -d 'No progress or chatter on stderr (errors still go there)'
complete -c ejournal -n "__fish_ejournal_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "init" -d 'Create a new journal file with the default calendar, work types and settings'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "calendar" -d 'Show and change the school calendar: periods, holidays, days off'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "import" -d 'Import school files (.csv or .xlsx): roster, staff, load, groups, timetable, КТП, marks, absences, final marks, access log'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "class" -d 'List classes'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "student" -d 'List students, or record one leaving the class'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "staff" -d 'List staff'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "course" -d 'List courses: subjects taught to classes and groups, with teacher and hours'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "plan" -d 'Show a course\'s thematic plan (КТП)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "timetable" -d 'Show a class\'s timetable'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "lesson" -d 'Lessons: generate them from the timetable and КТП, list them, record topic and homework'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "mark" -d 'Marks: add, list, change or delete (with a reason)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "absence" -d 'Absences: Б ill, У excused, Н unexcused, О late'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "final" -d 'Final marks of a period: suggest, set, accept, list'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "lock" -d 'Lock past dates (--until D, or a rolling --older-than N), or show the lock'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "unlock" -d 'Move the lock back (a deputy or the director, with a reason)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "permit" -d 'Permits for late entries and corrections (разрешения): add, list, revoke — deputies and the director'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "audit" -d 'The audit trail: who changed what, when, before and after, and why'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "backup" -d 'Back the journal up into a folder (an external disk), online, checked by verify'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "restore" -d 'Put a backup in the journal\'s place (verified first; the replaced journal is kept)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "archive" -d 'The year\'s archive for external media: a read-only copy of the journal, every period\'s paper copies, the year\'s reports and MANIFEST.sha256'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "verify" -d 'Check that the journal is intact: SQLite\'s checks, the schema, the sealed history replayed against every table (exit 3 when anything was changed outside ejournal)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "export" -d 'Paper copies of the journal (PDF, XLSX) and printouts for parents'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "report" -d 'Control reports: fill-rate, accumulation, progress, attendance, forecast'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "remark" -d 'A deputy\'s remarks on how a course\'s journal is kept: add, list, resolve'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "settings" -d 'Show or change the school\'s settings (rounding threshold, accumulation minimum, …)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "demo" -d 'Build the demo school\'s journal from the bundled example files'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "template" -d 'Write an empty file for an import (.xlsx with drop-down lists and comments, or .csv): the Russian header row and one example row'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "completions" -d 'Print shell completions'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "man" -d 'Print the man page (roff), or write a page for every command into a folder'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and not __fish_seen_subcommand_from init calendar import class student staff course plan timetable lesson mark absence final lock unlock permit audit backup restore archive verify export report remark settings demo template completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "show" -d 'List the periods, holidays and days off'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "set-period" -d 'Change the dates of a period'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "add-holiday" -d 'Add holidays or a day off (a transferred day off: --from D --to D)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "remove-holiday" -d 'Remove a holiday by the id `calendar show` prints'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "roster" -d 'Students and their parents: Класс, Фамилия, Имя, Отчество (or one ФИО), Дата рождения, …'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "staff" -d 'Staff: Фамилия, Имя, Отчество (or one ФИО), Роль, Класс (the class a class teacher leads)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "load" -d 'Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "groups" -d 'Groups of split classes: Класс, Предмет, Группа, Ученик'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "timetable" -d 'Timetable: Класс, День, Урок, Предмет, Группа (a class\'s file replaces its timetable)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "plan" -d 'One course\'s КТП: № урока, Тема, Часов, Дата, Домашнее задание'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "marks" -d 'Marks: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "absences" -d 'Absences: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (no subject: the whole day)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "access-log" -d 'The portal\'s access log: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "finals" -d 'Final marks: Класс, Предмет, Ученик, Период, Отметка, Группа'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "lessons" -d 'Lessons given (a teacher\'s register): Дата, Класс, Предмет, Группа, Урок, Тема, Домашнее задание'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from class" -f -a "list" -d 'List classes by grade and letter, with class teacher and students today'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from student" -f -a "list" -d 'List students in Russian alphabetical order, as of today (or --on D)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from student" -f -a "leave" -d 'Record that a student left his class (the school): from --date on he is not in it'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "list" -d 'List staff in Russian alphabetical order with roles, class, teaching hours and login'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "set-login" -d 'Link a member of staff to his operating-system login (deputy or director only)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "list" -d 'List courses: class, subject, group, teacher, hours, students, КТП and timetable'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'Show a course\'s thematic plan in lesson order'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from timetable" -f -a "show" -d 'Show a class\'s weekly timetable, day by day'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from lesson" -f -a "generate" -d 'Create the dated lessons of each course from the timetable and the calendar, and bind the КТП topics to them in order'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from lesson" -f -a "list" -d 'List a course\'s lessons: date, number, topic, homework, teacher'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from lesson" -f -a "set" -d 'Record a lesson\'s topic, homework, or the substitute teacher who took it; a lesson of today or earlier is then recorded as given (as `lesson confirm`)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from lesson" -f -a "confirm" -d 'Record a lesson as given: the teacher (or the substitute) confirms it took place, with the planned topic and homework unless --topic or --homework says otherwise. The time and who recorded it are kept; the lesson-day rule and the lock apply'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from mark" -f -a "add" -d 'Add a mark for work in a lesson (several in one lesson are allowed, each with its work type)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from mark" -f -a "list" -d 'List marks with date, subject, student, mark, work type and weight'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from mark" -f -a "change" -d 'Change a mark (the old value stays in the audit trail)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from mark" -f -a "delete" -d 'Delete a mark (it stays in the audit trail)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from absence" -f -a "add" -d 'Record an absence: Б ill, У excused, Н unexcused, О late; without --subject, every lesson of the day'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from absence" -f -a "list" -d 'List absences with date, lesson, subject, student and code'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from absence" -f -a "change" -d 'Change the code of a student\'s absences that day (Н → Б when a note from the doctor comes)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from absence" -f -a "delete" -d 'Delete a student\'s absences that day (they stay in the audit trail)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from final" -f -a "suggest" -d 'Suggest period marks: marks, weighted average and the mark it rounds to (or н/а)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from final" -f -a "set" -d 'Set one student\'s final mark: 5 4 3 2 1 зч нз н/а осв'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from final" -f -a "accept" -d 'Set the suggested marks that are not set yet'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from final" -f -a "list" -d 'List final marks'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "status" -d 'Show what is locked, and the last changes of the lock'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from permit" -f -a "add" -d 'Allow late entries and corrections for lessons dated --from..--to, until the end of --until'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from permit" -f -a "list" -d 'List the permits valid today (--all: every permit ever issued)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from permit" -f -a "revoke" -d 'Revoke a permit (it stays on record)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "paper" -d 'Paper copies of the journal for a period: one file per class, named 5А_Q1_2023-2024.pdf'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "diary" -d 'Printouts for parents: each student\'s marks, averages (or the period\'s final marks once set), absences, the coming week\'s homework and a line to sign'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "fill-rate" -d 'How the journal is kept: topics, homework, marks per student, marks on time, teachers'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "teachers" -d 'Analysis of the teachers\' work with the journal (Анализ работы с классным журналом): per teacher the lessons given and recorded on the lesson day, homework, marks and marks on time, students without marks, open and overdue remarks; the school\'s share of teachers who kept the journal'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "accumulation" -d 'Students below the accumulation minimum of marks, per course (needs --period)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "progress" -d 'Progress from final marks: успеваемость, качество знаний, СОУ, and the lists (needs --period)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "attendance" -d 'Attendance: missed lessons by code, lateness, whole days missed, per student and class'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "forecast" -d 'Forecast of period marks with who is at risk and why (needs --period)'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from remark" -f -a "add" -d 'A deputy\'s remark on how a course\'s journal is kept, with a deadline'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from remark" -f -a "list" -d 'List remarks'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from remark" -f -a "resolve" -d 'Mark a remark resolved'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "show" -d 'Show every setting'
complete -c ejournal -n "__fish_ejournal_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Change a setting: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name'
