-- A recognised model names its level and date; a registered one has neither.
ALTER TABLE "exemplary_models" ADD CONSTRAINT "exemplary_models_recognised_has_date" CHECK (("status" = 'RECOGNISED') = ("recognised_on" IS NOT NULL));
ALTER TABLE "exemplary_models" ADD CONSTRAINT "exemplary_models_recognised_has_level" CHECK (("status" = 'RECOGNISED') = ("recognition_level" IS NOT NULL));
ALTER TABLE "exemplary_models" ADD CONSTRAINT "exemplary_models_recognised_on_after_registered_on" CHECK ("recognised_on" >= "registered_on");
