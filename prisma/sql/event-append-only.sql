-- The timeline is evidence: events are never edited or deleted, whoever asks.
CREATE OR REPLACE FUNCTION event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'Event rows are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER event_no_update BEFORE UPDATE ON "Event" FOR EACH ROW EXECUTE FUNCTION event_append_only();
CREATE TRIGGER event_no_delete BEFORE DELETE ON "Event" FOR EACH ROW EXECUTE FUNCTION event_append_only();
CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON "Event" FOR EACH STATEMENT EXECUTE FUNCTION event_append_only();
