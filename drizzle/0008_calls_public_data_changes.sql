-- Published calls and partner-seeking profiles are shown on public pages: their writes also tell
-- listening server processes to read afresh (see 0003).
CREATE TRIGGER calls_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calls
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER partner_profiles_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partner_profiles
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
-- Answering as a visitor offers the organisation that already has the same name and country.
CREATE INDEX organisations_country_name_idx ON organisations (country_code, lower(name));
