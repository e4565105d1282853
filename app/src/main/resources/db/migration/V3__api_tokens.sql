-- Personal API tokens: only a SHA-256 of each token is kept; the token is shown once.
create table api_token (
    id           bigserial primary key,
    username     text not null,
    name         text not null,
    token_hash   text not null unique,
    role         text not null check (role in ('admin', 'assessor', 'reviewer', 'viewer')),
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked      boolean not null default false
);
