CREATE TABLE "purchases" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"buyer_organisation_id" uuid NOT NULL,
	"supplier_organisation_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"kind" text NOT NULL,
	"amount_ore" bigint NOT NULL,
	"description" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchases_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "purchases_amount_positive" CHECK ("purchases"."amount_ore" > 0),
	CONSTRAINT "purchases_year_range" CHECK ("purchases"."year" between 2000 and 2099)
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"days_after_end" integer NOT NULL,
	"due_date" date NOT NULL,
	"recorded_at" timestamp with time zone,
	"recorded_by_user_id" uuid,
	"not_reachable" boolean DEFAULT false NOT NULL,
	"occupation" text,
	"income_sources" jsonb,
	"extent_percent" smallint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"intervention_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"referral_id" uuid,
	"activity_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date,
	"gender" text NOT NULL,
	"age_at_start" smallint,
	"time_in_support" text NOT NULL,
	"education_level" text NOT NULL,
	"start_occupation" text NOT NULL,
	"start_income_sources" jsonb NOT NULL,
	"start_extent_percent" smallint,
	"end_reason" text,
	"end_occupation" text,
	"end_income_sources" jsonb,
	"end_extent_percent" smallint,
	"started_by_user_id" uuid,
	"ended_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "follow_up_days" jsonb DEFAULT '[90,180]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "purchases" ADD CONSTRAINT "purchases_tenant_id_buyer_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","buyer_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchases" ADD CONSTRAINT "purchases_tenant_id_supplier_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","supplier_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_tenant_id_participation_id_participations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participation_id") REFERENCES "public"."participations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_tenant_id_intervention_id_interventions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","intervention_id") REFERENCES "public"."interventions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_tenant_id_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "purchases_tenant_year_supplier" ON "purchases" USING btree ("tenant_id","year","supplier_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_tenant_participation_days" ON "follow_ups" USING btree ("tenant_id","participation_id","days_after_end");--> statement-breakpoint
CREATE INDEX "follow_ups_tenant_organisation_due" ON "follow_ups" USING btree ("tenant_id","organisation_id","due_date");--> statement-breakpoint
CREATE INDEX "follow_ups_tenant_participant" ON "follow_ups" USING btree ("tenant_id","participant_id");--> statement-breakpoint
CREATE INDEX "participations_tenant_participant" ON "participations" USING btree ("tenant_id","participant_id");--> statement-breakpoint
CREATE INDEX "participations_tenant_intervention" ON "participations" USING btree ("tenant_id","intervention_id","start_date");--> statement-breakpoint
CREATE INDEX "participations_tenant_organisation" ON "participations" USING btree ("tenant_id","organisation_id","start_date");--> statement-breakpoint
CREATE INDEX "participations_tenant_referral" ON "participations" USING btree ("tenant_id","referral_id");--> statement-breakpoint
CREATE INDEX "participations_tenant_intervention_running" ON "participations" USING btree ("tenant_id","intervention_id") WHERE end_date is null;--> statement-breakpoint
CREATE UNIQUE INDEX "participations_tenant_running" ON "participations" USING btree ("tenant_id","participant_id","intervention_id") WHERE end_date is null;