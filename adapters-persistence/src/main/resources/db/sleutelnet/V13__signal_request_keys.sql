-- Sleutelnet schema: the Idempotency-Key a client sent with a signal report, per account.
-- A repeated request (a retry after a lost answer, or the same request sent twice at once) finds the signal made
-- the first time; the primary key makes two concurrent requests with one key store one signal between them.
-- The key is written before its signal in the same transaction (so that a second request waits here and stores
-- nothing), which is why signal_id has no foreign key; a key whose signal was erased leads nowhere.

create table signal_request_key (
    account_id  uuid         not null,
    request_key varchar(255) not null,
    fingerprint varchar(64)  not null,   -- SHA-256 of the request, to refuse the same key with another body
    signal_id   uuid         not null,
    primary key (account_id, request_key)
);
