/**
 * Temperature polls: the coordinator's rounds (open, list, show, close, send an invitation again), the scheduled
 * housekeeping (open, close, remind, recur) and the key person's side through a personal link (show, answer).
 */
package nl.sleutelnet.application.port.in.poll;
