-- Period reports: the database refuses what the workflow refuses.

-- A document number is a number in one year's register: both or neither.
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_document_number_pair" CHECK ((document_number IS NULL) = (document_year IS NULL));
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_document_number_positive" CHECK (document_number > 0);
-- Submitted and approved reports say when; a returned one says why.
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_submitted_dated" CHECK (status NOT IN ('SUBMITTED', 'APPROVED') OR submitted_at IS NOT NULL);
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_approved_dated" CHECK (status <> 'APPROVED' OR approved_at IS NOT NULL);
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_returned_reason" CHECK (status <> 'RETURNED' OR btrim(coalesce(return_reason, '')) <> '');
-- Figures are counts and sums of non-negative amounts.
ALTER TABLE "period_report_figures" ADD CONSTRAINT "period_report_figures_non_negative" CHECK (delivered >= 0 AND (planned IS NULL OR planned >= 0));
