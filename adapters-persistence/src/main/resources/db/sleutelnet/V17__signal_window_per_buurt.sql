-- The temperature watch reads, after every report, the signals about a few buurten that were last observed inside
-- the window. With the moment a signal was last observed beside each of its buurten, one index range per buurt finds
-- exactly those signals, however long the history: before, the read went through every signal of the buurt, or of
-- the window, or every theme row (PostgreSQL: about 30 ms per report with 200,000 signals of history).
-- The repository keeps the copy equal to signal.last_observed_at (it changes when a sighting is added).
alter table signal_neighbourhood add column last_observed_at timestamp with time zone;

update signal_neighbourhood set last_observed_at =
    (select s.last_observed_at from signal s where s.id = signal_neighbourhood.signal_id);

alter table signal_neighbourhood alter column last_observed_at set not null;

-- (signal_neighbourhood_code stays: H2 holds the foreign key to neighbourhood by it)
create index signal_neighbourhood_window on signal_neighbourhood (neighbourhood_code, last_observed_at);
