package nl.sleutelnet.application.port.in.poll;

import java.time.Instant;

/** That an answer arrived: when, and how many themes it rated. */
public record AnswerReceipt(Instant answeredAt, int themesRated) {
}
