/**
 * Temperature polls (peilingen): a coordinator opens a round for buurten, themes and a period; active key persons
 * who consented to polls get a personal, single-use link that expires when the round closes, and rate the mood in
 * their buurt per theme. Answers count for each of the key person's buurten in the round and feed the temperature as
 * {@link nl.sleutelnet.domain.temperature.PollEvidence}.
 */
package nl.sleutelnet.domain.poll;
