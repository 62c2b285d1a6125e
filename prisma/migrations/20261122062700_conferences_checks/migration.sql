-- Conferences: the database refuses what the forms refuse.

-- A co-host is exactly one of a committee or a partner organisation.
ALTER TABLE "conference_co_hosts" ADD CONSTRAINT "conference_co_hosts_one_party"
  CHECK (num_nonnulls(committee_id, partner_id) = 1);

-- Titles sort in Vietnamese order (the list's sort by title), on any database.
ALTER TABLE "conferences" ALTER COLUMN "title" TYPE text COLLATE "vi_icu";
