-- The home page's latest partnerships, the most recently registered first (listPartnerships, order recent):
-- read in index order, they stop after the few the page shows.
CREATE INDEX "partnerships_recent_idx" ON "partnerships" USING btree ("created_at" DESC NULLS LAST,"slug");