# imports messages (English). Every id here is also in ../ru/imports.ftl.ftl.
