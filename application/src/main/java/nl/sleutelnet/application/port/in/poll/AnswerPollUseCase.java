package nl.sleutelnet.application.port.in.poll;

/**
 * A key person answers through their personal link, without an account. The link works once, only while the round
 * is open and only if it is the newest link sent; the answer counts for each of the key person's buurten in the round
 * and feeds the temperature at once.
 */
public interface AnswerPollUseCase {

    AnswerReceipt answerPoll(AnswerPollCommand command);
}
