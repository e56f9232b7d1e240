-- A customer mail whose text is longer than Caso reads (ParsedMail.MAX_TEXT): the message
-- keeps the beginning, the console says so and links the original mail.
ALTER TABLE cases_message ADD COLUMN text_cut BOOLEAN DEFAULT FALSE NOT NULL;
