# Сообщения: reports (по-русски). Каждый id есть и в ../en/reports.ftl.ftl.
