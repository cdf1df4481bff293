-- Sleutelnet schema: the deletion register ("verwijderregister"). One row per erasure of a key person (GDPR article
-- 17) or run of the retention terms: when, what kind, why, by whom (username or "system") and how many of each kind
-- were removed or anonymised, as "KIND=n" lines. No personal data of anyone forgotten: not their id, not their name.
-- V10_1 lets the retention term delete audit entries older than a year, and nothing younger.

create table deletion_record (
    id          uuid          primary key,
    seq         bigint        generated always as identity not null unique,
    kind        varchar(20)   not null,
    recorded_at timestamp with time zone not null,
    reason      varchar(30)   not null,
    actor_name  varchar(100)  not null,
    counts      varchar(2000) not null
);

create index deletion_record_newest_first on deletion_record (recorded_at, seq);
