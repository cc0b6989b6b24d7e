# reports messages (English). Every id here is also in ../ru/reports.ftl.ftl.
