CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erased_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"pseudonym" text NOT NULL,
	"erased_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_by_user_id" text,
	CONSTRAINT "erased_people_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "erased_people_pseudonym_unique" UNIQUE("pseudonym")
);
--> statement-breakpoint
CREATE TABLE "programme_privacy_settings" (
	"programme_id" uuid PRIMARY KEY NOT NULL,
	"unverified_answer_days" integer DEFAULT 30 NOT NULL,
	"unverified_account_days" integer DEFAULT 30 NOT NULL,
	"sign_in_event_days" integer DEFAULT 365 NOT NULL,
	"invitation_days" integer DEFAULT 90 NOT NULL,
	"outbox_days" integer DEFAULT 30 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_privacy_settings_days" CHECK (least("programme_privacy_settings"."unverified_answer_days", "programme_privacy_settings"."unverified_account_days", "programme_privacy_settings"."sign_in_event_days", "programme_privacy_settings"."invitation_days", "programme_privacy_settings"."outbox_days") >= 1
			and greatest("programme_privacy_settings"."unverified_answer_days", "programme_privacy_settings"."unverified_account_days", "programme_privacy_settings"."sign_in_event_days", "programme_privacy_settings"."invitation_days", "programme_privacy_settings"."outbox_days") <= 3650)
);
--> statement-breakpoint
ALTER TABLE "erased_people" ADD CONSTRAINT "erased_people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erased_people" ADD CONSTRAINT "erased_people_erased_by_user_id_users_id_fk" FOREIGN KEY ("erased_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_privacy_settings" ADD CONSTRAINT "programme_privacy_settings_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;