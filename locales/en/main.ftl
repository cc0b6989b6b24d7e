# ejournal's messages in English (the catalogue scripts and English-speaking users get with
# EJOURNAL_LANG=en or LANG=en_*). Every id here is also in ../ru/main.ftl.

## Used by the catalogue's own tests.
test-marks = { $count ->
    [one] { $count } mark
   *[other] { $count } marks
}
test-average = average { $value }

## The command line's own words (clap's headings, flags and notes).
clap-help-template = {"{"}before-help{"}"}{"{"}about-with-newline{"}"}
    Usage: {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
clap-heading-commands = Commands
clap-heading-options = Options
clap-heading-arguments = Arguments
clap-command-value = COMMAND
clap-help-flag = Print help
clap-version-flag = Print version
clap-note-default = [default: { $value }]
clap-note-values = [possible values: { $values }]
clap-note-env = [env: { $name }]
clap-error-value-missing = a value is required for '{ $arg }' but none was supplied
clap-error-value-invalid = invalid value '{ $value }' for '{ $arg }' (possible values: { $valid })
clap-error-unknown-argument = unexpected argument '{ $arg }' found
clap-error-unknown-command = unrecognized subcommand '{ $command }'
clap-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-error-value-validation = invalid value '{ $value }' for '{ $arg }': { $why }
clap-error-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-error-values-count = wrong number of values for '{ $arg }'
clap-error-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
clap-error-missing = the following required arguments were not provided: { $args }
clap-error-missing-command = '{ $command }' requires a subcommand
clap-error-utf8 = invalid UTF-8 was detected in one or more arguments
clap-tip-similar-argument = tip: a similar argument exists: '{ $suggested }'
clap-tip-similar-command = tip: a similar subcommand exists: '{ $suggested }'
clap-tip-similar-value = tip: a similar value exists: '{ $suggested }'
clap-error-more = For more information, try '--help'.
error-prefix = error: { $message }

## Errors and hints main prints.
hint-busy = the journal is busy: another ejournal is writing to it; try again in a moment
clap-usage = Usage: { $usage }

## Terminal tables (render::terminal).
table-too-wide = the table is wider than the terminal: { $shown } of { $total } columns shown (--wide shows all; --format csv or json gives every column to scripts)
clap-help-command = Print this message or the help of the given subcommand(s)

## The rows of `lock status` (its CSV and JSON keep the codes: locked_until, change …).
lock-what-locked-until = locked up to
lock-what-older-than = rolling lock
lock-what-rolling-today = rolling lock today
lock-what-fingerprint = fingerprint
lock-what-change = change

# A true flag in a table or workbook.
cell-yes = yes
# The year's row of `calendar show`.
calendar-year-name = academic year { $year }
