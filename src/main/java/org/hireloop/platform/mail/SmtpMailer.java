package org.hireloop.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.hireloop.platform.Mailer;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Email through an SMTP server given as one URL, so one variable configures it. */
final class SmtpMailer implements Mailer {

    private final JavaMailSenderImpl sender;
    private final String from;

    SmtpMailer(String smtpUrl, String from) {
        this.sender = senderFor(URI.create(smtpUrl));
        this.from = from;
    }

    static JavaMailSenderImpl senderFor(URI url) {
        boolean tls = "smtps".equalsIgnoreCase(url.getScheme());
        if (!tls && !"smtp".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("HIRELOOP_SMTP_URL must start with smtp:// or smtps://");
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setProtocol(tls ? "smtps" : "smtp");
        sender.setHost(url.getHost());
        sender.setPort(url.getPort() > 0 ? url.getPort() : tls ? 465 : 587);
        if (url.getRawUserInfo() != null) {
            String[] credentials = url.getRawUserInfo().split(":", 2);
            sender.setUsername(URLDecoder.decode(credentials[0], StandardCharsets.UTF_8));
            if (credentials.length > 1) {
                sender.setPassword(URLDecoder.decode(credentials[1], StandardCharsets.UTF_8));
            }
        }
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", String.valueOf(url.getRawUserInfo() != null));
        properties.put("mail.smtp.starttls.enable", String.valueOf(!tls));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return sender;
    }

    @Override
    public void send(Mail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text());
        } catch (MessagingException e) {
            throw new IllegalArgumentException("cannot build the email", e);
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new MailNotSent(e);
        }
    }

    /** The SMTP server refused or could not be reached; the message says nothing of the recipient. */
    static final class MailNotSent extends RuntimeException {
        MailNotSent(MailException cause) {
            super("the SMTP server did not take the email", cause);
        }
    }
}
