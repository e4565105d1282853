-- Disparity audits run from the web platform: the data file (uploaded under the data directory,
-- or read where it lies in the configured import directory), its hash, the column mapping, the
-- run's status and problems, and the deployment its result was attached to. Team only.

create table audit_run (
    id                bigserial primary key,
    file_name         text not null,
    stored_path       text not null,
    origin            text not null check (origin in ('upload', 'server')),
    file_sha256       text not null,
    file_bytes        bigint not null,
    columns           text not null,
    mapping           text,
    status            text not null check (status in ('mapping', 'queued', 'running', 'done', 'failed')),
    problems          text,
    created_by        text not null,
    created_at        timestamptz not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    attached_to       text references deployment (id),
    attached_revision integer
);
