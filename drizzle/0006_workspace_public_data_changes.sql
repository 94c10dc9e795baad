-- The partnership's governance, plan, results and timeline are shown on public pages: their writes also
-- tell listening server processes to read afresh (see 0003).
CREATE TRIGGER network_experts_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON network_experts
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER partnership_phase_changes_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnership_phase_changes
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER steering_group_members_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON steering_group_members
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER project_group_members_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_group_members
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER partnership_executors_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnership_executors
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER partnership_results_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnership_results
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER result_indicators_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON result_indicators
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
--> statement-breakpoint
CREATE TRIGGER indicator_periods_public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_periods
	FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed();
