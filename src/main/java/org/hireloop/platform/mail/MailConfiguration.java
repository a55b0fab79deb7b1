package org.hireloop.platform.mail;

import java.nio.file.Path;
import java.time.Clock;
import org.hireloop.platform.IdGenerator;
import org.hireloop.platform.Mailer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    Mailer mailer(MailSettings settings, IdGenerator ids, Clock clock) {
        return settings.smtp()
                ? new SmtpMailer(settings.smtpUrl(), settings.from())
                : new FileMailer(Path.of(settings.directory()), settings.from(), ids, clock);
    }
}
