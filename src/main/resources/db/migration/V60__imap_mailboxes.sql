-- intake: progress and state of each IMAP mailbox folder Caso takes mail from (by UIDVALIDITY + UID, not \Seen)
CREATE TABLE intake_imap_mailbox (
	mailbox VARCHAR(1000) PRIMARY KEY,
	first_connected_at TIMESTAMP WITH TIME ZONE NOT NULL,
	first_uid_validity BIGINT NOT NULL,
	boundary_uid BIGINT NOT NULL,
	uid_validity BIGINT NOT NULL,
	start_uid BIGINT NOT NULL,
	last_uid BIGINT NOT NULL,
	last_fetch_at TIMESTAMP WITH TIME ZONE,
	last_error VARCHAR(4000),
	last_error_at TIMESTAMP WITH TIME ZONE
);
