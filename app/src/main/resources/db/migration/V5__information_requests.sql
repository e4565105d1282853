-- Requests the team sent about a deployment (access, documents, complaints), their deadlines,
-- answers and follow-up. Visible to the team only. Nothing typed into the public letter form
-- is ever written here.

create table information_request (
    id             bigserial primary key,
    deployment_id  text not null references deployment (id),
    kind           text not null,
    recipient      text not null,
    legal_basis    text not null,
    sent_on        date not null,
    due_on         date,
    extended_until date,
    answer         text check (answer in ('granted', 'partial', 'refused', 'silence')),
    answered_on    date,
    answer_note    text,
    follow_up      text check (follow_up in ('appeal', 'complaint', 'none')),
    follow_up_note text,
    undisclosed_fact text,
    created_by     text not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

create index information_request_deployment on information_request (deployment_id);
