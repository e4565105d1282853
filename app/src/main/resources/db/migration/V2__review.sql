-- Review and sign-off: an approval is bound to the exact revision approved.
alter table deployment
    add column review_state text not null default 'draft'
        check (review_state in ('draft', 'in_review', 'approved', 'returned')),
    add column approved_revision integer,
    add column review_comment text;
