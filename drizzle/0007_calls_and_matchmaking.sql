CREATE TYPE "public"."call_kind" AS ENUM('partner_search', 'network_recruitment', 'training_programme');--> statement-breakpoint
CREATE TYPE "public"."expression_status" AS ENUM('draft', 'submitted', 'under_review', 'shortlisted', 'matched', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."partner_profile_status" AS ENUM('draft', 'published', 'withdrawn');--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"programme_id" uuid NOT NULL,
	"network_id" uuid,
	"kind" "call_kind" NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"eligible_country_codes" char(2)[] DEFAULT '{}'::char(2)[] NOT NULL,
	"eligible_organisation_kinds" "organisation_kind"[] DEFAULT '{}'::organisation_kind[] NOT NULL,
	"requirements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_slug_unique" UNIQUE("slug"),
	CONSTRAINT "calls_slug_format" CHECK ("calls"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "calls_dates_order" CHECK ("calls"."closes_at" > "calls"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "expression_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"expression_id" uuid NOT NULL,
	"author_user_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expression_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"expression_id" uuid NOT NULL,
	"reviewer_user_id" text NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expression_reviews_one_per_reviewer" UNIQUE("expression_id","reviewer_user_id")
);
--> statement-breakpoint
CREATE TABLE "expression_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"expression_id" uuid NOT NULL,
	"from_status" "expression_status",
	"to_status" "expression_status" NOT NULL,
	"reason" text,
	"changed_by_user_id" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expressions_of_interest" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"organisation_id" uuid,
	"applicant_user_id" text,
	"status" "expression_status" DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"confirmations" text[] DEFAULT '{}'::text[] NOT NULL,
	"challenge" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"theme_id" uuid,
	"preferred_country_codes" char(2)[] DEFAULT '{}'::char(2)[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"concepts" text[] DEFAULT '{}'::text[] NOT NULL,
	"concepts_version" text,
	"locale" text DEFAULT 'sv' NOT NULL,
	"submitted_at" timestamp with time zone,
	"registration" jsonb,
	"verification_token_hash" text,
	"verification_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expressions_of_interest_verification_token_hash_unique" UNIQUE("verification_token_hash"),
	CONSTRAINT "expressions_call_organisation" UNIQUE("call_id","organisation_id"),
	CONSTRAINT "expressions_owner" CHECK ("expressions_of_interest"."organisation_id" is not null or "expressions_of_interest"."registration" is not null)
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"expression_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	"partnership_id" uuid,
	"score" real,
	"parts" jsonb,
	"accepted_by_user_id" text,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matches_expression_id_unique" UNIQUE("expression_id")
);
--> statement-breakpoint
CREATE TABLE "partner_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"status" "partner_profile_status" DEFAULT 'draft' NOT NULL,
	"challenge" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"hopes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"contact_role" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"population" integer,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"max_matches" integer DEFAULT 1 NOT NULL,
	"concepts" text[] DEFAULT '{}'::text[] NOT NULL,
	"concepts_version" text,
	"created_by_user_id" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_profiles_call_organisation" UNIQUE("call_id","organisation_id"),
	CONSTRAINT "partner_profiles_max_matches" CHECK ("partner_profiles"."max_matches" between 1 and 10),
	CONSTRAINT "partner_profiles_population_positive" CHECK ("partner_profiles"."population" is null or "partner_profiles"."population" > 0)
);
--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expression_notes" ADD CONSTRAINT "expression_notes_expression_id_expressions_of_interest_id_fk" FOREIGN KEY ("expression_id") REFERENCES "public"."expressions_of_interest"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expression_notes" ADD CONSTRAINT "expression_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expression_reviews" ADD CONSTRAINT "expression_reviews_expression_id_expressions_of_interest_id_fk" FOREIGN KEY ("expression_id") REFERENCES "public"."expressions_of_interest"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expression_reviews" ADD CONSTRAINT "expression_reviews_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expression_status_changes" ADD CONSTRAINT "expression_status_changes_expression_id_expressions_of_interest_id_fk" FOREIGN KEY ("expression_id") REFERENCES "public"."expressions_of_interest"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expression_status_changes" ADD CONSTRAINT "expression_status_changes_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expressions_of_interest" ADD CONSTRAINT "expressions_of_interest_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expressions_of_interest" ADD CONSTRAINT "expressions_of_interest_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expressions_of_interest" ADD CONSTRAINT "expressions_of_interest_applicant_user_id_users_id_fk" FOREIGN KEY ("applicant_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expressions_of_interest" ADD CONSTRAINT "expressions_of_interest_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_expression_id_expressions_of_interest_id_fk" FOREIGN KEY ("expression_id") REFERENCES "public"."expressions_of_interest"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_profile_id_partner_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."partner_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_accepted_by_user_id_users_id_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_profiles" ADD CONSTRAINT "partner_profiles_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_profiles" ADD CONSTRAINT "partner_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_profiles" ADD CONSTRAINT "partner_profiles_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_profiles" ADD CONSTRAINT "partner_profiles_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_public_idx" ON "calls" USING btree ("published_at","closes_at");--> statement-breakpoint
CREATE INDEX "expression_notes_expression_idx" ON "expression_notes" USING btree ("expression_id","created_at");--> statement-breakpoint
CREATE INDEX "expression_status_changes_expression_idx" ON "expression_status_changes" USING btree ("expression_id","changed_at");--> statement-breakpoint
CREATE INDEX "expressions_call_status_idx" ON "expressions_of_interest" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "expressions_organisation_idx" ON "expressions_of_interest" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "expressions_applicant_idx" ON "expressions_of_interest" USING btree ("applicant_user_id");--> statement-breakpoint
CREATE INDEX "matches_profile_idx" ON "matches" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "matches_call_idx" ON "matches" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "partner_profiles_public_idx" ON "partner_profiles" USING btree ("status","theme_id");--> statement-breakpoint
CREATE INDEX "partner_profiles_organisation_idx" ON "partner_profiles" USING btree ("organisation_id");