# journal messages (English). Every id here is also in ../ru/journal.ftl.ftl.

## Marks, absence codes, final marks (domain::marks).
mark-not-a-mark = "{ $value }" is not a mark (1–5, зч, нз)
