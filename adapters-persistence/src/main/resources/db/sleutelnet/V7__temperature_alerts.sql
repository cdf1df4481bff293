-- Sleutelnet schema: temperature alerts, and the work e-mail address of an account that they are mailed to.
-- (V6 belongs to the poll rounds.) An alert holds where and how far the level went, never signal content.

alter table account add column email varchar(254);

create table temperature_alert (
    id                 uuid             primary key,
    neighbourhood_code varchar(10)      not null references neighbourhood (code),
    theme_code         varchar(40)      not null references theme (code),
    from_level         varchar(20)      not null,
    to_level           varchar(20)      not null,
    score              double precision not null check (score >= 0),
    raised_at          timestamp with time zone not null,
    acknowledged_at    timestamp with time zone,
    acknowledged_by    uuid,
    version            bigint           not null,
    constraint temperature_alert_seen_by_whom check ((acknowledged_at is null) = (acknowledged_by is null))
);

-- the list shows open alerts first, newest first; the menu counts the open ones
create index temperature_alert_open_first on temperature_alert (acknowledged_at, raised_at);
