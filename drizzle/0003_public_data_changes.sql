-- Every write to the data the public portal and API show tells listening server processes, at commit,
-- so that their read caches (src/lib/server/cache/read-cache.ts) start afresh. Writes from any client
-- count, not only the app's: psql, imports and other tools invalidate too.
CREATE FUNCTION notify_public_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('glokal_public_data', TG_TABLE_NAME);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organisations_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisations
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER programmes_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON programmes
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER programme_countries_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON programme_countries
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER themes_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON themes
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER networks_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON networks
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER network_countries_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON network_countries
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER partnerships_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnerships
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER partnership_parties_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnership_parties
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
