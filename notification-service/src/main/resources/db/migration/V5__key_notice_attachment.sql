-- the surety company (credential issuer id) of a key notice: its setting says whether the completion and amendment
-- mails carry the key notice PDF; a held mail keeps what it attaches (rendered only when the mail is sent)
ALTER TABLE key_notice
    ADD COLUMN issuer_id TEXT;

ALTER TABLE held_mail
    ADD COLUMN attachment_kind TEXT,
    ADD COLUMN attachment_ref  TEXT;
