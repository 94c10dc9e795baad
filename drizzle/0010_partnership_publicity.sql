-- Who may see a partnership (decision 0013). Both tables already tell listening processes of every write
-- (0003_public_data_changes), so publishing or changing the programme's setting refreshes the read cache.
CREATE TYPE "public"."partnership_publicity" AS ENUM('inception', 'project', 'staff');--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "partnerships_public_from" "partnership_publicity" DEFAULT 'project' NOT NULL;