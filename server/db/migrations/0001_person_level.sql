CREATE TABLE "activities" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"owner_organisation_id" uuid,
	"status" text NOT NULL,
	"cancel_reason" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"schedule" jsonb NOT NULL,
	"place" text,
	"goal_id" uuid,
	"agreed" boolean DEFAULT false NOT NULL,
	"prerequisites" jsonb,
	"created_by_user_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "activity_versions" (
	"tenant_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"participant_id" uuid NOT NULL,
	"changed_by_user_id" uuid NOT NULL,
	"changed_by_organisation_id" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_fields" jsonb NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "activity_versions_tenant_id_activity_id_version_pk" PRIMARY KEY("tenant_id","activity_id","version")
);
--> statement-breakpoint
CREATE TABLE "goal_versions" (
	"tenant_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"participant_id" uuid NOT NULL,
	"changed_by_user_id" uuid NOT NULL,
	"changed_by_organisation_id" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"text" text NOT NULL,
	"language" text,
	"status" text NOT NULL,
	CONSTRAINT "goal_versions_tenant_id_goal_id_version_pk" PRIMARY KEY("tenant_id","goal_id","version")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"text" text NOT NULL,
	"language" text,
	"status" text DEFAULT 'active' NOT NULL,
	"written_by_participant" boolean NOT NULL,
	"written_by_user_id" uuid NOT NULL,
	"written_by_organisation_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"tenant_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"full_time_hours" numeric DEFAULT 40 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_tenant_id_participant_id_pk" PRIMARY KEY("tenant_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "warning_acknowledgements" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"warning_key" text NOT NULL,
	"reason" text NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_organisation_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "warning_acknowledgements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "progression_entries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sfi_level" text,
	"study_path" integer,
	"result" text,
	"title" text,
	"note" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"source_organisation_id" uuid NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progression_entries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "intake_invitations" (
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"answer" text DEFAULT 'pending' NOT NULL,
	"answered_by_user_id" uuid,
	"answered_at" timestamp with time zone,
	CONSTRAINT "intake_invitations_tenant_id_meeting_id_organisation_id_pk" PRIMARY KEY("tenant_id","meeting_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "intake_meetings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"place" text NOT NULL,
	"interpreter_language" text,
	"interpreter_booked" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"cancel_reason" text,
	"booked_by_user_id" uuid NOT NULL,
	"booked_by_organisation_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intake_meetings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "intake_section_versions" (
	"tenant_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"written_by_participant" boolean NOT NULL,
	"written_by_user_id" uuid NOT NULL,
	"written_by_organisation_id" uuid,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intake_section_versions_tenant_id_participant_id_kind_version_pk" PRIMARY KEY("tenant_id","participant_id","kind","version")
);
--> statement-breakpoint
CREATE TABLE "intake_sections" (
	"tenant_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content" jsonb NOT NULL,
	"written_by_participant" boolean NOT NULL,
	"written_by_user_id" uuid NOT NULL,
	"written_by_organisation_id" uuid,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "intake_sections_tenant_id_participant_id_kind_pk" PRIMARY KEY("tenant_id","participant_id","kind")
);
--> statement-breakpoint
CREATE TABLE "joint_intakes" (
	"tenant_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"housing_date" date NOT NULL,
	"updated_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "joint_intakes_tenant_id_participant_id_pk" PRIMARY KEY("tenant_id","participant_id")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_tenant_id_owner_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","owner_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_tenant_id_goal_id_goals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."goals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_versions" ADD CONSTRAINT "activity_versions_tenant_id_activity_id_activities_tenant_id_id_fk" FOREIGN KEY ("tenant_id","activity_id") REFERENCES "public"."activities"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_versions" ADD CONSTRAINT "goal_versions_tenant_id_goal_id_goals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."goals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warning_acknowledgements" ADD CONSTRAINT "warning_acknowledgements_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_entries" ADD CONSTRAINT "progression_entries_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_entries" ADD CONSTRAINT "progression_entries_tenant_id_source_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","source_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_invitations" ADD CONSTRAINT "intake_invitations_tenant_id_meeting_id_intake_meetings_tenant_id_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."intake_meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_invitations" ADD CONSTRAINT "intake_invitations_tenant_id_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_meetings" ADD CONSTRAINT "intake_meetings_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_section_versions" ADD CONSTRAINT "intake_section_versions_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_sections" ADD CONSTRAINT "intake_sections_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_intakes" ADD CONSTRAINT "joint_intakes_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_tenant_participant" ON "activities" USING btree ("tenant_id","participant_id","start_date");--> statement-breakpoint
CREATE INDEX "activities_tenant_owner" ON "activities" USING btree ("tenant_id","owner_organisation_id","end_date");--> statement-breakpoint
CREATE INDEX "goals_tenant_participant" ON "goals" USING btree ("tenant_id","participant_id");--> statement-breakpoint
CREATE INDEX "warning_acknowledgements_tenant_participant" ON "warning_acknowledgements" USING btree ("tenant_id","participant_id","warning_key");--> statement-breakpoint
CREATE INDEX "progression_entries_tenant_participant" ON "progression_entries" USING btree ("tenant_id","participant_id","start_date");--> statement-breakpoint
CREATE INDEX "intake_invitations_tenant_organisation" ON "intake_invitations" USING btree ("tenant_id","organisation_id","answer");--> statement-breakpoint
CREATE INDEX "intake_meetings_tenant_participant" ON "intake_meetings" USING btree ("tenant_id","participant_id");--> statement-breakpoint
CREATE INDEX "intake_meetings_tenant_date" ON "intake_meetings" USING btree ("tenant_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_meetings_one_booked" ON "intake_meetings" USING btree ("tenant_id","participant_id") WHERE status = 'booked';--> statement-breakpoint
CREATE INDEX "engagements_tenant_caseworker" ON "engagements" USING btree ("tenant_id","caseworker_user_id");--> statement-breakpoint
CREATE INDEX "participants_tenant_birth_date" ON "participants" USING btree ("tenant_id","birth_date");