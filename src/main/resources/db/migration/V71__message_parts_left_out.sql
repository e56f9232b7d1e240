-- A crafted mail with more parts than Caso keeps with a message (ParsedMail.MAX_ATTACHMENTS):
-- how many were left out; the stored original has them.
ALTER TABLE cases_message ADD COLUMN parts_left_out INTEGER DEFAULT 0 NOT NULL;
