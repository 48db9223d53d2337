-- The board handles a citizen's question (issue #12): routed to a responder, transferred to the competent unit with
-- the reason (the question it became there, and on the receiving side where it came from), answered (by whom, when),
-- the answer published (with its folded words for the public list's search), dropped with the reason (ND Art. 22.6)
-- or merged into the question asking the same (its tracking code) — what the status page tells the asker; and when
-- the asker's identity was erased by the retention rule.
ALTER TABLE question ADD COLUMN routed_to BIGINT;
ALTER TABLE question ADD COLUMN routed_at ${datetime};
ALTER TABLE question ADD COLUMN answer_text ${text};
ALTER TABLE question ADD COLUMN answered_by BIGINT;
ALTER TABLE question ADD COLUMN answered_by_name VARCHAR(255);
ALTER TABLE question ADD COLUMN answered_at ${datetime};
ALTER TABLE question ADD COLUMN published_at ${datetime};
ALTER TABLE question ADD COLUMN search_text ${text};
ALTER TABLE question ADD COLUMN closing_reason VARCHAR(2000);
ALTER TABLE question ADD COLUMN merged_into VARCHAR(32);
ALTER TABLE question ADD COLUMN transferred_to BIGINT;
ALTER TABLE question ADD COLUMN transferred_code VARCHAR(32);
ALTER TABLE question ADD COLUMN transferred_from BIGINT;
ALTER TABLE question ADD COLUMN transferred_from_code VARCHAR(32);
ALTER TABLE question ADD COLUMN closed_at ${datetime};
ALTER TABLE question ADD COLUMN identity_erased_at ${datetime};
CREATE INDEX ix_question_due ON question (tenant_id, state, due_at);
CREATE INDEX ix_question_published ON question (tenant_id, state, published_at);
CREATE INDEX ix_question_closed ON question (closed_at);
