-- Reserved: replaced by the change that needs this migration.
SELECT 1;
