-- Sleutelnet schema: a key person's self-service ("Mijn Sleutelnet"; V10 and V12 belong to other work). The links
-- keep only the SHA-256 hash of their secret; the requests are what key persons ask the coordinator (a correction
-- in their own words, or erasure). Both go when the key person is erased.

create table personal_link (
    id              uuid          primary key,
    key_person_id   uuid          not null references key_person (id) on delete cascade,
    token_hash      char(64)      not null unique,
    issued_at       timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    issued_by_staff boolean       not null
);

create index personal_link_key_person on personal_link (key_person_id);

create table data_subject_request (
    id             uuid          primary key,
    key_person_id  uuid          not null references key_person (id) on delete cascade,
    kind           varchar(20)   not null,
    request_text   varchar(2000) not null,
    submitted_at   timestamp with time zone not null,
    handled_at     timestamp with time zone,
    handled_by     uuid,
    version        bigint        not null,
    constraint data_subject_request_handled check ((handled_at is null) = (handled_by is null))
);

create index data_subject_request_key_person on data_subject_request (key_person_id);
create index data_subject_request_open on data_subject_request (handled_at, submitted_at);
