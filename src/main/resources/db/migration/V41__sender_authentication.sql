-- intake: the sender authentication verdict of each stored mail (trusted Authentication-Results header of the
-- receiving MTA, or Caso's own SPF/DKIM/DMARC check): PASS, FAIL or NONE, and the results it rests on
ALTER TABLE intake_mail ADD COLUMN sender_verdict VARCHAR(10);
ALTER TABLE intake_mail ADD COLUMN sender_verdict_source VARCHAR(20);
ALTER TABLE intake_mail ADD COLUMN sender_verdict_detail VARCHAR(1000);
