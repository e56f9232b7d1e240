-- intake: how many mails Caso has taken from each IMAP mailbox (counted in the transaction that stores each one),
-- and how many its last look left waiting in the folder
ALTER TABLE intake_imap_progress ADD COLUMN taken BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE intake_imap_status ADD COLUMN waiting INTEGER;
