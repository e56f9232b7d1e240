-- inbound review: an agent discards a held mail or releases it into processing again
ALTER TABLE intake_mail ADD COLUMN released_by VARCHAR(320);
ALTER TABLE intake_mail ADD COLUMN discarded_by VARCHAR(320);
