DROP INDEX "partnerships_theme_idx";--> statement-breakpoint
DROP INDEX "partnerships_network_idx";--> statement-breakpoint
CREATE INDEX "partnerships_list_order_idx" ON "partnerships" USING btree ("start_date" DESC NULLS LAST,"slug");--> statement-breakpoint
CREATE INDEX "partnerships_theme_idx" ON "partnerships" USING btree ("theme_id","start_date" DESC NULLS LAST,"slug");--> statement-breakpoint
CREATE INDEX "partnerships_network_idx" ON "partnerships" USING btree ("network_id","start_date" DESC NULLS LAST,"slug");