package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with a real SMTP adapter, mailing into GreenMail, an SMTP server in the test process: tests read
 * the mails key persons receive and follow their personal links. One server and one application for all such tests.
 */
public abstract class MailingApplication extends RunningApplication {

    protected static final GreenMail MAILBOX = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern LINK = Pattern.compile("/peiling/([A-Za-z0-9_-]{43})");

    static {
        MAILBOX.start();
        Runtime.getRuntime().addShutdownHook(new Thread(MAILBOX::stop));
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAILBOX.getSmtp().getPort());
        registry.add("sleutelnet.mail.from", () -> "Sleutelnet <sleutelnet@example.org>");
    }

    /** The messages delivered to this address, oldest first. */
    protected static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAILBOX.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The path of the personal link in the latest mail to this address ({@code /peiling/<token>}), waiting for it. */
    protected static String linkIn(String address, int mailsExpected) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (mailsTo(address).size() < mailsExpected && Instant.now().isBefore(until)) {
            MAILBOX.waitForIncomingEmail(200, MAILBOX.getReceivedMessages().length + 1);
        }
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).as("mails to %s", address).hasSizeGreaterThanOrEqualTo(mailsExpected);
        Matcher link = LINK.matcher(text(mails.get(mails.size() - 1)));
        assertThat(link.find()).as("a personal link in the mail to %s", address).isTrue();
        return link.group();
    }

    /** The decoded text of a mail, as the key person reads it. */
    protected static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static Optional<String> token(String path) {
        Matcher m = LINK.matcher(path);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
