-- The database refuses what the forms refuse, for the records' shared tables.

-- A photo belongs to exactly one record.
ALTER TABLE "record_photos" ADD CONSTRAINT "record_photos_one_owner"
  CHECK (num_nonnulls(conference_id, model_id, house_id) = 1);

-- A lock covers a period that ends on or after its start.
ALTER TABLE "period_locks" ADD CONSTRAINT "period_locks_ends_on_after_starts_on"
  CHECK (ends_on >= starts_on);

-- A stored file holds bytes, and says how many.
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_byte_size_matches"
  CHECK (byte_size > 0 AND byte_size = octet_length(data));
