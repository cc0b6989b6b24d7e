# Сообщения: journal (по-русски). Каждый id есть и в ../en/journal.ftl.ftl.

## Отметки, коды пропусков, итоговые отметки (domain::marks).
mark-not-a-mark = «{ $value }» — не отметка (1–5, зч, нз)
