package org.hireloop.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Without an SMTP server, each email becomes an {@code .eml} file that any mail program opens:
 * a local user still gets invitation and reset links.
 */
final class FileMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(FileMailer.class);

    private final Path directory;
    private final String from;
    private final IdGenerator ids;
    private final Clock clock;

    FileMailer(Path directory, String from, IdGenerator ids, Clock clock) {
        this.directory = directory;
        this.from = from;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        try {
            Files.createDirectories(directory);
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text());
            message.setSentDate(Date.from(clock.instant()));
            Path file = directory.resolve(ids.newId() + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            log.info("Wrote an email to {} (no HIRELOOP_SMTP_URL is set)", file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the email file", e);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("cannot build the email", e);
        }
    }
}
