-- Autosaved drafts of the profile form: one per person and deployment ('' for a new one).
-- A draft is the form's fields as submitted (JSON: name to values); saving the form deletes it.
create table profile_draft (
    username      text not null,
    deployment_id text not null,
    base_version  integer not null,
    fields_json   jsonb not null,
    saved_at      timestamptz not null,
    primary key (username, deployment_id)
);
