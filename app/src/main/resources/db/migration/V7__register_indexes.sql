-- The register's sorts and filters. Each sort order ends with a unique key so a page boundary is stable.
create index deployment_by_name on deployment (lower(name), id);
create index deployment_by_update on deployment (updated_at desc, id);
-- Filters on technology and jurisdiction test array containment (@>), which GIN indexes answer.
create index deployment_technologies on deployment using gin (technologies);
create index deployment_jurisdictions on deployment using gin (jurisdictions);
