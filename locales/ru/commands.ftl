# Сообщения: commands (по-русски). Каждый id есть и в ../en/commands.ftl.ftl.
