package nl.sleutelnet.bootstrap.mail;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.sleutelnet.application.port.out.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends messages as plain-text UTF-8 mail through the SMTP server of the Spring mail settings ({@code spring.mail.*}),
 * from {@code sleutelnet.mail.from}. A message the server does not take throws (a {@code MailException}), so the
 * caller can record it as not sent. The log names the subject, never the address or the content.
 */
public final class SmtpNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpNotifier.class);

    private final JavaMailSender sender;
    private final InternetAddress from;

    public SmtpNotifier(JavaMailSender sender, String from) {
        this.sender = checkNotNull(sender, "sender");
        this.from = address(from);
    }

    private static InternetAddress address(String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalStateException("A mail server is configured (spring.mail.host) but no sender: set "
                    + "sleutelnet.mail.from to the address Sleutelnet mails from, e.g. "
                    + "\"Sleutelnet <sleutelnet@gemeentemaastricht.nl>\".");
        }
        try {
            InternetAddress address = new InternetAddress(from.strip(), true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalStateException("sleutelnet.mail.from is not an e-mail address: '" + from + "'.", e);
        }
    }

    @Override
    public void send(Message message) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
        } catch (MessagingException e) {
            throw new MailPreparationException("The message could not be written: " + e.getMessage(), e);
        }
        sender.send(mime);
        LOG.info("Mail sent: {}", message.subject());
    }
}
