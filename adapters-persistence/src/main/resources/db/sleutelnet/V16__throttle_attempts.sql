-- Sleutelnet schema: attempts counted for throttling (failed sign-ins, requests for a personal link), shared by every
-- instance on the database. The key is a SHA-256 hash made by the application, never a username, client address or
-- e-mail address in the clear; rows older than the throttle's window are deleted as new attempts come in.

create table throttle_attempt (
    kind         varchar(30) not null,
    attempt_key  varchar(64) not null,
    attempted_at timestamp with time zone not null
);

create index throttle_attempt_by_key on throttle_attempt (kind, attempt_key, attempted_at);
create index throttle_attempt_by_time on throttle_attempt (kind, attempted_at);
