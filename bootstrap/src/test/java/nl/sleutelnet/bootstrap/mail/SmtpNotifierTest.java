package nl.sleutelnet.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import nl.sleutelnet.application.port.out.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP adapter against GreenMail, an SMTP server in this process: what a key person's mail program receives. */
class SmtpNotifierTest {

    private GreenMail smtp;

    @BeforeEach
    void startServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void aMessageArrivesAsPlainTextUtf8FromTheConfiguredSender() throws Exception {
        SmtpNotifier notifier = new SmtpNotifier(sender(smtp.getSmtp().getPort()),
                "Sleutelnet Maastricht <sleutelnet@example.org>");
        notifier.send(new Notifier.Message("anna@example.org", "Peiling: hoe is de sfeer in uw buurt?",
                "Beste Anna,\n\nDe link werkt één keer:\nhttp://localhost:8080/peiling/abc\n"));

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Peiling: hoe is de sfeer in uw buurt?");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("sleutelnet@example.org");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Sleutelnet Maastricht");
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("anna@example.org");
        assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) received.getContent()).contains("één keer").contains("/peiling/abc");
        assertThat(GreenMailUtil.getBody(received)).isNotBlank();
    }

    @Test
    void aMailTheServerDoesNotTakeThrowsSoTheCallerCanRecordIt() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SmtpNotifier notifier = new SmtpNotifier(sender(closed), "sleutelnet@example.org");
        assertThatThrownBy(() -> notifier.send(new Notifier.Message("anna@example.org", "Peiling", "tekst")))
                .isInstanceOf(MailException.class);
    }

    @Test
    void aSenderAddressIsRequired() {
        assertThatThrownBy(() -> new SmtpNotifier(sender(25), " "))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sleutelnet.mail.from");
        assertThatThrownBy(() -> new SmtpNotifier(sender(25), "geen adres"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not an e-mail address");
    }

    @Test
    void withAMailHostTheApplicationMailsOtherwiseItLogs() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
                .withUserConfiguration(MailConfiguration.class);
        runner.run(context -> assertThat(context.getBean(Notifier.class)).isInstanceOf(LoggingNotifier.class));
        runner.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort(),
                "sleutelnet.mail.from=sleutelnet@example.org").run(context -> {
                    Notifier notifier = context.getBean(Notifier.class);
                    assertThat(notifier).isInstanceOf(SmtpNotifier.class);
                    notifier.send(new Notifier.Message("bram@example.org", "Herinnering", "Nog een week"));
                    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
                });
        runner.withPropertyValues("spring.mail.host=127.0.0.1").run(context -> assertThat(context.getStartupFailure())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("sleutelnet.mail.from"));
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }
}
