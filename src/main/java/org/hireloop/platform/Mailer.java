package org.hireloop.platform;

import java.util.Objects;

/**
 * Sends the emails Hireloop writes (invitations, password resets, confirmations): through SMTP
 * when {@code HIRELOOP_SMTP_URL} is set, otherwise as {@code .eml} files under {@code ./data/mail}
 * that a local user can open. Callers never log the recipient or the body.
 */
public interface Mailer {

    void send(Mail mail);

    /** One plain-text email to one recipient. */
    record Mail(String to, String subject, String text) {
        public Mail {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            if (to.contains("\r") || to.contains("\n") || subject.contains("\r") || subject.contains("\n")) {
                throw new IllegalArgumentException("line breaks in a header would let a value inject headers");
            }
        }
    }
}
