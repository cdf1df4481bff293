-- Sleutelnet schema: temperature polls (peilingen).
-- A round asks the active key persons of some buurten about some themes during a period. Every invited key person
-- has one invitation with the hashes of the personal links sent (never the links themselves) and, once given, the
-- answer: a rating 1-10 per theme and a screened remark. The key person is referred to by id only, without a foreign
-- key, so that erasing a key person can keep the answers as anonymous figures.

create table poll_round (
    id           uuid         primary key,
    opens_at     timestamp with time zone not null,
    closes_at    timestamp with time zone not null,
    recurrence   varchar(10)  not null,
    occasion     varchar(200) not null,
    status       varchar(10)  not null,
    created_at   timestamp with time zone not null,
    created_by   uuid         not null,
    follows      uuid         references poll_round (id),
    opened_at    timestamp with time zone,
    closed_at    timestamp with time zone,
    closed_by    uuid,
    series_ended boolean      not null,
    version      bigint       not null
);

create index poll_round_opens on poll_round (opens_at);
create index poll_round_status on poll_round (status, opens_at);

create table poll_round_neighbourhood (
    round_id           uuid        not null references poll_round (id) on delete cascade,
    neighbourhood_code varchar(10) not null references neighbourhood (code),
    primary key (round_id, neighbourhood_code)
);

create index poll_round_neighbourhood_code on poll_round_neighbourhood (neighbourhood_code);

create table poll_round_theme (
    round_id   uuid        not null references poll_round (id) on delete cascade,
    position   integer     not null,
    theme_code varchar(40) not null references theme (code),
    primary key (round_id, position)
);

-- key persons of the round's buurten who got no invitation, and why (no e-mail address, no consent for polls)
create table poll_round_not_invited (
    round_id      uuid        not null references poll_round (id) on delete cascade,
    key_person_id uuid        not null,
    reason        varchar(30) not null,
    primary key (round_id, key_person_id)
);

create table poll_invitation (
    id               uuid         primary key,
    round_id         uuid         not null references poll_round (id) on delete cascade,
    key_person_id    uuid         not null,
    token_issued_at  timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    delivery         varchar(10)  not null,
    delivery_problem varchar(300) not null,
    mailed_at        timestamp with time zone,
    reminded_at      timestamp with time zone,
    answered_at      timestamp with time zone,
    remark           varchar(1000),
    version          bigint       not null,
    constraint poll_invitation_once unique (round_id, key_person_id)
);

-- the temperature reads the answers of a window: through this index, never by scanning all history
create index poll_invitation_answered on poll_invitation (answered_at);

create table poll_invitation_neighbourhood (
    invitation_id      uuid        not null references poll_invitation (id) on delete cascade,
    neighbourhood_code varchar(10) not null references neighbourhood (code),
    primary key (invitation_id, neighbourhood_code)
);

-- every personal link ever sent for an invitation, as a SHA-256 hash; the highest position is the one that works
create table poll_token (
    token_hash    varchar(64) primary key,
    invitation_id uuid        not null references poll_invitation (id) on delete cascade,
    position      integer     not null,
    constraint poll_token_position unique (invitation_id, position)
);

create table poll_rating (
    invitation_id uuid        not null references poll_invitation (id) on delete cascade,
    theme_code    varchar(40) not null references theme (code),
    rating        integer     not null check (rating between 1 and 10),
    primary key (invitation_id, theme_code)
);
