-- intake: mail imported from a mailbox (there before Caso first connected, since=ALL) is stored and decided
-- like any other, but no automatic mail answers it (no acknowledgement, no notice)
ALTER TABLE intake_mail ADD COLUMN imported BOOLEAN DEFAULT FALSE NOT NULL;
