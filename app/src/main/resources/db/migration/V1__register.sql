-- Deployments, their immutable profile revisions, assessments, accounts and the audit trail.

create table deployment (
    id               text primary key,
    name             text not null,
    published        boolean not null default false,
    current_revision integer not null,
    -- Optimistic locking: every change increments it; an edit based on an older version is refused.
    version          integer not null default 0,
    status           text not null,
    jurisdictions    text[] not null default '{}',
    technologies     text[] not null default '{}',
    operators        text not null default '',
    vendors          text not null default '',
    worst_severity   text,
    ai_act_class     text,
    dpia             text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);

create table profile_revision (
    deployment_id text not null references deployment (id),
    revision      integer not null,
    profile_yaml  text not null,
    digest        text not null,
    author        text not null,
    created_at    timestamptz not null,
    primary key (deployment_id, revision)
);

create table assessment (
    id                 bigserial primary key,
    deployment_id      text not null references deployment (id),
    revision           integer not null,
    instrument_id      text not null,
    instrument_version text not null,
    knowledge_digest   text not null,
    worst_severity     text,
    result_json        jsonb not null,
    created_by         text not null,
    created_at         timestamptz not null,
    foreign key (deployment_id, revision) references profile_revision (deployment_id, revision)
);
create index assessment_latest on assessment (deployment_id, instrument_id, created_at desc);

create table account (
    username      text primary key,
    password_hash text not null,
    role          text not null check (role in ('admin', 'assessor', 'reviewer', 'viewer')),
    created_at    timestamptz not null
);

-- Append-only: the application never updates or deletes rows here.
create table audit_event (
    id        bigserial primary key,
    at        timestamptz not null,
    actor     text not null,
    action    text not null,
    entity    text not null,
    entity_id text not null,
    before    text,
    after     text
);
create rule audit_event_no_update as on update to audit_event do instead nothing;
create rule audit_event_no_delete as on delete to audit_event do instead nothing;
