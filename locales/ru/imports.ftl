# Сообщения: imports (по-русски). Каждый id есть и в ../en/imports.ftl.ftl.
