-- Citizens submit questions (issue #12). Each unit numbers its questions per day under one counter row, locked by
-- the submitting transaction (PAKN.yyyyMMdd.nnnn is unique per unit and never skips under concurrent submissions).
CREATE TABLE question_counter (
  unit_id          BIGINT         NOT NULL PRIMARY KEY,
  counted_day      DATE           NOT NULL,
  last_number      INT            NOT NULL,
  CONSTRAINT fk_question_counter_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ${table_options};

-- The asker opens the status page with the code and this key (its SHA-256; the key itself is only in the receipt and
-- the e-mail), the subject field chosen, and the answer's due time from the compliance engine.
ALTER TABLE question ADD COLUMN access_key_hash VARCHAR(64);
ALTER TABLE question ADD COLUMN field_code VARCHAR(64);
ALTER TABLE question ADD COLUMN due_at ${datetime};
ALTER TABLE question ADD COLUMN obligation_id BIGINT;

-- The address an e-mail goes to is personal data too (a citizen's, for the status link): sealed from now on
-- (vn.cong.platform.PersonalData), so the column must hold the sealed form of the longest address.
ALTER TABLE mail_outbox ${modify_column} recipient VARCHAR(1000) NOT NULL;
