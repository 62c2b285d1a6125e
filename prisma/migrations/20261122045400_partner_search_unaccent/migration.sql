-- Search that ignores diacritics and case: "mat tran" finds "Mặt trận",
-- "dan van" finds "Dân vận" (unaccent also folds đ to d).
-- The extension lives in its own schema, so its functions stay out of public;
-- unaccent_vi names the dictionary by schema, which makes it safe to declare
-- IMMUTABLE (usable in indexes and by the planner).
CREATE SCHEMA IF NOT EXISTS "extensions";
CREATE EXTENSION IF NOT EXISTS "unaccent" WITH SCHEMA "extensions";

CREATE FUNCTION "unaccent_vi"(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN lower(extensions.unaccent('extensions.unaccent'::regdictionary, value));
