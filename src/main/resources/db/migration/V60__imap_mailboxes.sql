-- intake: how far Caso has taken mail from each IMAP mailbox folder, by UIDVALIDITY + UID (not by \Seen)
CREATE TABLE intake_imap_progress (
	mailbox VARCHAR(1000) PRIMARY KEY,
	first_connected_at TIMESTAMP WITH TIME ZONE NOT NULL,
	first_uid_validity BIGINT NOT NULL,
	boundary_uid BIGINT NOT NULL,
	uid_validity BIGINT NOT NULL,
	start_uid BIGINT NOT NULL,
	last_uid BIGINT NOT NULL
);
-- intake: what each IMAP mailbox last did: its last good fetch, its last error (kept until the next good fetch)
CREATE TABLE intake_imap_status (
	mailbox VARCHAR(1000) PRIMARY KEY,
	last_fetch_at TIMESTAMP WITH TIME ZONE,
	last_error VARCHAR(4000),
	last_error_at TIMESTAMP WITH TIME ZONE
);
