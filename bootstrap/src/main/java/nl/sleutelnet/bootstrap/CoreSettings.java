package nl.sleutelnet.bootstrap;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import nl.sleutelnet.application.service.EvaluationSettings;
import nl.sleutelnet.application.service.NetworkSettings;
import nl.sleutelnet.application.service.PollSettings;
import nl.sleutelnet.application.service.PrivacySettings;
import nl.sleutelnet.application.service.SelfServiceSettings;
import nl.sleutelnet.application.service.SignInSettings;
import nl.sleutelnet.bootstrap.support.CommonPasswords;
import nl.sleutelnet.domain.account.PasswordBlocklist;
import nl.sleutelnet.domain.signal.AssessmentDeadlines;
import nl.sleutelnet.domain.temperature.TemperatureSettings;

/**
 * The municipality's choices the core works with, each with a documented default: the network analysis, how soon a
 * signal must be assessed, the temperature polls (reminders, default period, the public address for the links in
 * messages), the temperature model, how sign-in is throttled and which passwords are refused, the retention terms and
 * the controller the processing register names, the key persons' self-service links, and the period report's
 * smallest group. The Spring application reads them from {@code sleutelnet.*} properties; an embedder starts from
 * {@link #defaults()} and changes parts with the {@code with...} methods.
 */
public record CoreSettings(NetworkSettings network, AssessmentDeadlines deadlines, PollSettings polls,
        TemperatureSettings temperature, SignInSettings signIn, PasswordBlocklist passwords, PrivacySettings privacy,
        SelfServiceSettings selfService, EvaluationSettings evaluation) {

    public CoreSettings {
        checkNotNull(privacy, "privacy");
        checkNotNull(signIn, "signIn");
        checkNotNull(passwords, "passwords");
        checkNotNull(network, "network");
        checkNotNull(deadlines, "deadlines");
        checkNotNull(polls, "polls");
        checkNotNull(temperature, "temperature");
        checkNotNull(selfService, "selfService");
        checkNotNull(evaluation, "evaluation");
    }

    public static CoreSettings defaults() {
        return new CoreSettings(NetworkSettings.defaults(), AssessmentDeadlines.defaults(), PollSettings.defaults(),
                TemperatureSettings.defaults(), SignInSettings.defaults(), CommonPasswords.blocklist(),
                PrivacySettings.defaults(), SelfServiceSettings.defaults(), EvaluationSettings.defaults());
    }

    /** Where people reach Sleutelnet: the start of every link in a message (poll invitations, alerts). */
    public URI publicUrl() {
        return URI.create(polls.publicUrl());
    }

    public CoreSettings withNetwork(NetworkSettings value) {
        return new CoreSettings(value, deadlines, polls, temperature, signIn, passwords, privacy, selfService,
                evaluation);
    }

    public CoreSettings withDeadlines(AssessmentDeadlines value) {
        return new CoreSettings(network, value, polls, temperature, signIn, passwords, privacy, selfService,
                evaluation);
    }

    public CoreSettings withPolls(PollSettings value) {
        return new CoreSettings(network, deadlines, value, temperature, signIn, passwords, privacy, selfService,
                evaluation);
    }

    public CoreSettings withSignIn(SignInSettings value) {
        return new CoreSettings(network, deadlines, polls, temperature, value, passwords, privacy, selfService,
                evaluation);
    }

    public CoreSettings withPasswords(PasswordBlocklist value) {
        return new CoreSettings(network, deadlines, polls, temperature, signIn, value, privacy, selfService,
                evaluation);
    }

    public CoreSettings withTemperature(TemperatureSettings value) {
        return new CoreSettings(network, deadlines, polls, value, signIn, passwords, privacy, selfService,
                evaluation);
    }

    public CoreSettings withPrivacy(PrivacySettings value) {
        return new CoreSettings(network, deadlines, polls, temperature, signIn, passwords, value, selfService,
                evaluation);
    }

    public CoreSettings withSelfService(SelfServiceSettings value) {
        return new CoreSettings(network, deadlines, polls, temperature, signIn, passwords, privacy, value,
                evaluation);
    }

    public CoreSettings withEvaluation(EvaluationSettings value) {
        return new CoreSettings(network, deadlines, polls, temperature, signIn, passwords, privacy, selfService,
                value);
    }
}
