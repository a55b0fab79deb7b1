package org.hireloop.platform.mail;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Hireloop sends email.
 *
 * @param smtpUrl {@code smtp://user:password@host:port} or {@code smtps://...}; empty writes .eml files
 * @param from the sender address of every email
 * @param directory where the .eml files go when there is no SMTP server
 */
@ConfigurationProperties("hireloop.mail")
record MailSettings(@Nullable String smtpUrl, String from, String directory) {

    boolean smtp() {
        return smtpUrl != null && !smtpUrl.isBlank();
    }
}
