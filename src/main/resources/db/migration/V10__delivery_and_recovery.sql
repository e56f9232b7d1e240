-- outbound: claims are a node's short lease (renewed while it lives) instead of a 5-minute timeout
ALTER TABLE outbound_mail ADD COLUMN claimed_by VARCHAR(200);

-- cases: why mail to a contact failed, when, and which of our mails it was
ALTER TABLE cases_contact ADD COLUMN failing_reason VARCHAR(2000);
ALTER TABLE cases_contact ADD COLUMN failing_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cases_contact ADD COLUMN failing_mail VARCHAR(30);

-- intake: our own failures while deciding a mail are retried a few times, with the error kept
ALTER TABLE intake_mail ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE intake_mail ADD COLUMN failure TEXT;
