CREATE TYPE "public"."democratic_principle" AS ENUM('equality', 'participation', 'accountability', 'transparency');--> statement-breakpoint
CREATE TYPE "public"."political_standing" AS ENUM('majority', 'opposition');--> statement-breakpoint
CREATE TYPE "public"."project_group_role" AS ENUM('coordinator', 'member');--> statement-breakpoint
CREATE TYPE "public"."steering_role" AS ENUM('chair', 'vice_chair', 'member');--> statement-breakpoint
CREATE TYPE "public"."indicator_kind" AS ENUM('quantitative', 'qualitative');--> statement-breakpoint
CREATE TYPE "public"."result_kind" AS ENUM('output', 'outcome');--> statement-breakpoint
CREATE TABLE "network_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"expertise" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_executors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"tasks" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"user_id" text,
	"listed_publicly" boolean DEFAULT false NOT NULL,
	"title" text,
	"role" "project_group_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_group_members_name_present" CHECK (length(trim("project_group_members"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "steering_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"user_id" text,
	"listed_publicly" boolean DEFAULT false NOT NULL,
	"political_party" text NOT NULL,
	"standing" "political_standing" NOT NULL,
	"role" "steering_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "steering_group_members_name_present" CHECK (length(trim("steering_group_members"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "indicator_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"actual_value" double precision,
	"actual_text" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"narrative" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_periods_indicator_start" UNIQUE("indicator_id","period_start"),
	CONSTRAINT "indicator_periods_order" CHECK ("indicator_periods"."period_end" >= "indicator_periods"."period_start")
);
--> statement-breakpoint
CREATE TABLE "partnership_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"kind" "result_kind" NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "result_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"result_id" uuid NOT NULL,
	"kind" "indicator_kind" NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unit" text,
	"baseline_value" double precision,
	"baseline_text" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"baseline_year" integer,
	"target_value" double precision,
	"target_text" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"target_year" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "result_indicators_baseline_year" CHECK ("result_indicators"."baseline_year" is null or "result_indicators"."baseline_year" between 1990 and 2100),
	CONSTRAINT "result_indicators_target_year" CHECK ("result_indicators"."target_year" is null or "result_indicators"."target_year" between 1990 and 2100)
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" "membership_role" NOT NULL,
	"token_hash" text NOT NULL,
	"locale" text DEFAULT 'sv' NOT NULL,
	"invited_by_user_id" text,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by_user_id" text,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "partnership_parties" ADD COLUMN "mutual_benefit" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "objectives" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "principles" "democratic_principle"[] DEFAULT '{}'::democratic_principle[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "sdg_goals" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "sdg_targets" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "project_start_date" date;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "project_end_date" date;--> statement-breakpoint
ALTER TABLE "network_experts" ADD CONSTRAINT "network_experts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_experts" ADD CONSTRAINT "network_experts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_executors" ADD CONSTRAINT "partnership_executors_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_executors" ADD CONSTRAINT "partnership_executors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_group_members" ADD CONSTRAINT "project_group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_group_members" ADD CONSTRAINT "project_group_members_party_fk" FOREIGN KEY ("partnership_id","organisation_id") REFERENCES "public"."partnership_parties"("partnership_id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steering_group_members" ADD CONSTRAINT "steering_group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steering_group_members" ADD CONSTRAINT "steering_group_members_party_fk" FOREIGN KEY ("partnership_id","organisation_id") REFERENCES "public"."partnership_parties"("partnership_id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_periods" ADD CONSTRAINT "indicator_periods_indicator_id_result_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."result_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_results" ADD CONSTRAINT "partnership_results_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_indicators" ADD CONSTRAINT "result_indicators_result_id_partnership_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."partnership_results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_by_user_id_users_id_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_experts_network_idx" ON "network_experts" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "partnership_executors_partnership_idx" ON "partnership_executors" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "partnership_executors_organisation_idx" ON "partnership_executors" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "project_group_members_partnership_idx" ON "project_group_members" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "steering_group_members_partnership_idx" ON "steering_group_members" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "partnership_results_partnership_idx" ON "partnership_results" USING btree ("partnership_id","position");--> statement-breakpoint
CREATE INDEX "result_indicators_result_idx" ON "result_indicators" USING btree ("result_id","position");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "invitations_organisation_idx" ON "invitations" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "invitations_email_idx" ON "invitations" USING btree ("email");--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_project_dates_order" CHECK ("partnerships"."project_end_date" is null or "partnerships"."project_start_date" is null or "partnerships"."project_end_date" > "partnerships"."project_start_date");--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_sdg_goals_range" CHECK ("partnerships"."sdg_goals" <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]);