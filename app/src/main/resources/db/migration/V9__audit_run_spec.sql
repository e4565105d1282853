-- An audit run can be configured by an audit spec file (YAML or JSON, as `asylon audit --spec`)
-- instead of the mapping form: its name and text are kept, so the run can be computed again.

alter table audit_run add column spec_name text;
alter table audit_run add column spec_text text;
