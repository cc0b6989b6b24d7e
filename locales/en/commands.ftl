# commands messages (English). Every id here is also in ../ru/commands.ftl.ftl.
