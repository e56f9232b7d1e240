-- intake: which node watches an IMAP mailbox; a lease on database time, renewed while the node lives
CREATE TABLE intake_imap_lease (
	mailbox VARCHAR(1000) PRIMARY KEY,
	node VARCHAR(255) NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
