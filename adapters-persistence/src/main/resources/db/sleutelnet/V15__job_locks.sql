-- Sleutelnet schema: which instance runs a scheduled job (retention, overdue checks, poll housekeeping) right now,
-- so that two instances on one database run each job once. A row per job; a claim runs out at locked_until.

create table job_lock (
    name         varchar(100) primary key,
    locked_until timestamp with time zone not null,
    locked_by    varchar(200) not null
);
