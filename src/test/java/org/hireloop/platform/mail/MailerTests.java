package org.hireloop.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.hireloop.platform.Mailer.Mail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Both ways an email leaves Hireloop: a real SMTP server (GreenMail) and .eml files. */
class MailerTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("hireloop", "s3cret pass"));

    @TempDir
    Path dir;

    @Test
    void sendsThroughTheSmtpServerOfTheUrlWithItsCredentials() throws Exception {
        int port = smtp.getSmtp().getPort();
        new SmtpMailer("smtp://hireloop:s3cret%20pass@127.0.0.1:" + port, "Hireloop <no-reply@hireloop.test>")
                .send(new Mail("ada@example.com", "You are invited", "Open this link: https://x/invite/abc"));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("You are invited");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
        assertThat(received[0].getContent().toString()).contains("https://x/invite/abc");
    }

    @Test
    void aRefusingServerIsAnErrorThatDoesNotNameTheRecipient() {
        var mailer = new SmtpMailer("smtp://127.0.0.1:1", "no-reply@hireloop.test");
        assertThatThrownBy(() -> mailer.send(new Mail("ada@example.com", "s", "t")))
                .isInstanceOf(SmtpMailer.MailNotSent.class)
                .message()
                .doesNotContain("ada@example.com");
    }

    @Test
    void writesAnEmlFileWhenThereIsNoSmtpServer() throws Exception {
        new FileMailer(dir, "no-reply@hireloop.test", UUID::randomUUID, Clock.systemUTC())
                .send(new Mail("ada@example.com", "Reset your password", "Reset here: https://x/reset/1"));
        try (var files = Files.list(dir)) {
            Path eml = files.findFirst().orElseThrow();
            assertThat(eml.getFileName().toString()).endsWith(".eml");
            String content = Files.readString(eml);
            assertThat(content)
                    .contains("To: ada@example.com")
                    .contains("Subject: Reset your password")
                    .contains("https://x/reset/1");
        }
    }

    @Test
    void refusesHeaderInjection() {
        assertThatThrownBy(() -> new Mail("ada@example.com\r\nBcc: all@example.com", "s", "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmtpMailer("http://example.com", "x@y"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
