-- A partnership has two or more parties and at least one of them is Swedish.
-- Checked at commit (deferred), so a use case can insert the partnership and its parties in one transaction.
CREATE FUNCTION check_partnership_parties(p_partnership_id uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	party_count integer;
	swedish_count integer;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM partnerships WHERE id = p_partnership_id) THEN
		RETURN;
	END IF;
	SELECT count(*), count(*) FILTER (WHERE o.country_code = 'SE')
	INTO party_count, swedish_count
	FROM partnership_parties pp JOIN organisations o ON o.id = pp.organisation_id
	WHERE pp.partnership_id = p_partnership_id;
	IF party_count < 2 THEN
		RAISE EXCEPTION 'partnership % has fewer than two parties', p_partnership_id
			USING ERRCODE = 'check_violation', CONSTRAINT = 'partnership_parties_at_least_two';
	END IF;
	IF swedish_count < 1 THEN
		RAISE EXCEPTION 'partnership % has no Swedish party', p_partnership_id
			USING ERRCODE = 'check_violation', CONSTRAINT = 'partnership_parties_one_swedish';
	END IF;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION partnership_parties_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_TABLE_NAME = 'partnerships' THEN
		PERFORM check_partnership_parties(NEW.id);
	ELSIF TG_TABLE_NAME = 'organisations' THEN
		PERFORM check_partnership_parties(pp.partnership_id)
		FROM partnership_parties pp WHERE pp.organisation_id = NEW.id;
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM check_partnership_parties(OLD.partnership_id);
	ELSE
		PERFORM check_partnership_parties(NEW.partnership_id);
		IF TG_OP = 'UPDATE' AND OLD.partnership_id <> NEW.partnership_id THEN
			PERFORM check_partnership_parties(OLD.partnership_id);
		END IF;
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER partnerships_parties_rule
	AFTER INSERT ON partnerships DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION partnership_parties_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER partnership_parties_rule
	AFTER INSERT OR UPDATE OR DELETE ON partnership_parties DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION partnership_parties_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER organisations_country_parties_rule
	AFTER UPDATE OF country_code ON organisations DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION partnership_parties_changed();
