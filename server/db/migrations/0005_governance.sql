CREATE TABLE "budget_allocations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" smallint NOT NULL,
	"initiative_id" uuid,
	"name" text NOT NULL,
	"amount_ore" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_allocations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "budget_allocations_amount_not_negative" CHECK ("budget_allocations"."amount_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "budget_contributions" (
	"tenant_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"party_id" uuid NOT NULL,
	"share_group" text NOT NULL,
	"amount_ore" bigint NOT NULL,
	"share_ppm" integer NOT NULL,
	CONSTRAINT "budget_contributions_tenant_id_year_party_id_pk" PRIMARY KEY("tenant_id","year","party_id")
);
--> statement-breakpoint
CREATE TABLE "budget_spending" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"allocation_id" uuid NOT NULL,
	"month" smallint NOT NULL,
	"amount_ore" bigint NOT NULL,
	"note" text,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_spending_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "budget_spending_month" CHECK ("budget_spending"."month" between 1 and 12),
	CONSTRAINT "budget_spending_not_zero" CHECK ("budget_spending"."amount_ore" <> 0)
);
--> statement-breakpoint
CREATE TABLE "budget_years" (
	"tenant_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"total_ore" bigint NOT NULL,
	"opening_equity_ore" bigint,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_years_tenant_id_year_pk" PRIMARY KEY("tenant_id","year"),
	CONSTRAINT "budget_years_total_not_negative" CHECK ("budget_years"."total_ore" >= 0),
	CONSTRAINT "budget_years_year_range" CHECK ("budget_years"."year" between 2000 and 2099)
);
--> statement-breakpoint
CREATE TABLE "forbund_parties" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"key_weight" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forbund_parties_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "forbund_parties_weight_positive" CHECK ("forbund_parties"."key_weight" > 0)
);
--> statement-breakpoint
CREATE TABLE "forbund_party_organisations" (
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	CONSTRAINT "forbund_party_organisations_tenant_id_organisation_id_pk" PRIMARY KEY("tenant_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_events" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"by_user_id" uuid,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "initiative_interventions" (
	"tenant_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"intervention_id" uuid NOT NULL,
	CONSTRAINT "initiative_interventions_tenant_id_initiative_id_intervention_id_pk" PRIMARY KEY("tenant_id","initiative_id","intervention_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'idea' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"origin" text DEFAULT '' NOT NULL,
	"inspired_by_id" uuid,
	"owner_party_id" uuid,
	"funding_sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"municipality" text DEFAULT '' NOT NULL,
	"municipality_roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"start_date" date,
	"end_date" date,
	"evaluation" text,
	"implemented_by_party_id" uuid,
	"implemented_from" date,
	"implementation_funding" text,
	"ended_reason" text,
	"public" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "agenda_documents" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"sent_by_user_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_documents_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"proposal" text DEFAULT '' NOT NULL,
	"initiative_id" uuid,
	"prepared_by_item_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_items_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"wording" text NOT NULL,
	"votes_for" smallint,
	"votes_against" smallint,
	"abstentions" smallint,
	"reservations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"initiative_id" uuid,
	"initiative_state" text,
	"allocation_id" uuid,
	"decided_by_user_id" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"body" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"material_days_before" smallint DEFAULT 7 NOT NULL,
	"attendees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "meetings_material_days" CHECK ("meetings"."material_days_before" between 0 and 60)
);
--> statement-breakpoint
CREATE TABLE "forbund_goals" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forbund_goals_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "goal_indicators" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"indicator" text NOT NULL,
	"target" numeric(12, 2) NOT NULL,
	"direction" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "goal_indicators_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "goal_indicators_target" CHECK ("goal_indicators"."target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "goal_links" (
	"tenant_id" uuid NOT NULL,
	"party_goal_id" uuid NOT NULL,
	"joint_goal_id" uuid NOT NULL,
	CONSTRAINT "goal_links_tenant_id_party_goal_id_joint_goal_id_pk" PRIMARY KEY("tenant_id","party_goal_id","joint_goal_id")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"organisation_id" uuid,
	"role_group" text NOT NULL,
	"open_answers" jsonb NOT NULL,
	"ratings" jsonb NOT NULL,
	CONSTRAINT "survey_responses_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "survey_submissions" (
	"tenant_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "survey_submissions_tenant_id_survey_id_user_id_pk" PRIMARY KEY("tenant_id","survey_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"audience" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"statements" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "budget_allocations" ADD CONSTRAINT "budget_allocations_tenant_id_year_budget_years_tenant_id_year_fk" FOREIGN KEY ("tenant_id","year") REFERENCES "public"."budget_years"("tenant_id","year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_allocations" ADD CONSTRAINT "budget_allocations_tenant_id_initiative_id_initiatives_tenant_id_id_fk" FOREIGN KEY ("tenant_id","initiative_id") REFERENCES "public"."initiatives"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_contributions" ADD CONSTRAINT "budget_contributions_tenant_id_year_budget_years_tenant_id_year_fk" FOREIGN KEY ("tenant_id","year") REFERENCES "public"."budget_years"("tenant_id","year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_contributions" ADD CONSTRAINT "budget_contributions_tenant_id_party_id_forbund_parties_tenant_id_id_fk" FOREIGN KEY ("tenant_id","party_id") REFERENCES "public"."forbund_parties"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_spending" ADD CONSTRAINT "budget_spending_tenant_id_allocation_id_budget_allocations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","allocation_id") REFERENCES "public"."budget_allocations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forbund_party_organisations" ADD CONSTRAINT "forbund_party_organisations_tenant_id_party_id_forbund_parties_tenant_id_id_fk" FOREIGN KEY ("tenant_id","party_id") REFERENCES "public"."forbund_parties"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forbund_party_organisations" ADD CONSTRAINT "forbund_party_organisations_tenant_id_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_events" ADD CONSTRAINT "initiative_events_tenant_id_initiative_id_initiatives_tenant_id_id_fk" FOREIGN KEY ("tenant_id","initiative_id") REFERENCES "public"."initiatives"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_interventions" ADD CONSTRAINT "initiative_interventions_tenant_id_initiative_id_initiatives_tenant_id_id_fk" FOREIGN KEY ("tenant_id","initiative_id") REFERENCES "public"."initiatives"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_interventions" ADD CONSTRAINT "initiative_interventions_tenant_id_intervention_id_interventions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","intervention_id") REFERENCES "public"."interventions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_tenant_id_owner_party_id_forbund_parties_tenant_id_id_fk" FOREIGN KEY ("tenant_id","owner_party_id") REFERENCES "public"."forbund_parties"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_tenant_id_implemented_by_party_id_forbund_parties_tenant_id_id_fk" FOREIGN KEY ("tenant_id","implemented_by_party_id") REFERENCES "public"."forbund_parties"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_documents" ADD CONSTRAINT "agenda_documents_tenant_id_item_id_agenda_items_tenant_id_id_fk" FOREIGN KEY ("tenant_id","item_id") REFERENCES "public"."agenda_items"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_tenant_id_meeting_id_meetings_tenant_id_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_tenant_id_initiative_id_initiatives_tenant_id_id_fk" FOREIGN KEY ("tenant_id","initiative_id") REFERENCES "public"."initiatives"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_tenant_id_item_id_agenda_items_tenant_id_id_fk" FOREIGN KEY ("tenant_id","item_id") REFERENCES "public"."agenda_items"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_tenant_id_initiative_id_initiatives_tenant_id_id_fk" FOREIGN KEY ("tenant_id","initiative_id") REFERENCES "public"."initiatives"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_tenant_id_allocation_id_budget_allocations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","allocation_id") REFERENCES "public"."budget_allocations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forbund_goals" ADD CONSTRAINT "forbund_goals_tenant_id_party_id_forbund_parties_tenant_id_id_fk" FOREIGN KEY ("tenant_id","party_id") REFERENCES "public"."forbund_parties"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_indicators" ADD CONSTRAINT "goal_indicators_tenant_id_goal_id_forbund_goals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."forbund_goals"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_links" ADD CONSTRAINT "goal_links_tenant_id_party_goal_id_forbund_goals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","party_goal_id") REFERENCES "public"."forbund_goals"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_links" ADD CONSTRAINT "goal_links_tenant_id_joint_goal_id_forbund_goals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","joint_goal_id") REFERENCES "public"."forbund_goals"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_tenant_id_survey_id_surveys_tenant_id_id_fk" FOREIGN KEY ("tenant_id","survey_id") REFERENCES "public"."surveys"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_tenant_id_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_submissions" ADD CONSTRAINT "survey_submissions_tenant_id_survey_id_surveys_tenant_id_id_fk" FOREIGN KEY ("tenant_id","survey_id") REFERENCES "public"."surveys"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_allocations_year" ON "budget_allocations" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "budget_allocations_initiative" ON "budget_allocations" USING btree ("tenant_id","initiative_id");--> statement-breakpoint
CREATE INDEX "budget_spending_allocation" ON "budget_spending" USING btree ("tenant_id","allocation_id","month");--> statement-breakpoint
CREATE INDEX "forbund_party_organisations_party" ON "forbund_party_organisations" USING btree ("tenant_id","party_id");--> statement-breakpoint
CREATE INDEX "initiative_events_initiative" ON "initiative_events" USING btree ("tenant_id","initiative_id","at");--> statement-breakpoint
CREATE INDEX "initiative_interventions_intervention" ON "initiative_interventions" USING btree ("tenant_id","intervention_id");--> statement-breakpoint
CREATE INDEX "initiatives_tenant_state" ON "initiatives" USING btree ("tenant_id","state");--> statement-breakpoint
CREATE INDEX "initiatives_public" ON "initiatives" USING btree ("public");--> statement-breakpoint
CREATE INDEX "agenda_documents_item" ON "agenda_documents" USING btree ("tenant_id","item_id","sent_at");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting" ON "agenda_items" USING btree ("tenant_id","meeting_id","position");--> statement-breakpoint
CREATE INDEX "agenda_items_initiative" ON "agenda_items" USING btree ("tenant_id","initiative_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_item" ON "decisions" USING btree ("tenant_id","item_id");--> statement-breakpoint
CREATE INDEX "decisions_initiative" ON "decisions" USING btree ("tenant_id","initiative_id");--> statement-breakpoint
CREATE INDEX "meetings_tenant_starts" ON "meetings" USING btree ("tenant_id","starts_at");--> statement-breakpoint
CREATE INDEX "forbund_goals_party" ON "forbund_goals" USING btree ("tenant_id","party_id");--> statement-breakpoint
CREATE INDEX "goal_indicators_goal" ON "goal_indicators" USING btree ("tenant_id","goal_id");--> statement-breakpoint
CREATE INDEX "goal_links_joint" ON "goal_links" USING btree ("tenant_id","joint_goal_id");--> statement-breakpoint
CREATE INDEX "survey_responses_survey" ON "survey_responses" USING btree ("tenant_id","survey_id","organisation_id");--> statement-breakpoint
CREATE INDEX "surveys_tenant_opens" ON "surveys" USING btree ("tenant_id","opens_on");