package org.hireloop.identity.signin;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * HTTP hardening.
 *
 * @param corsOrigins origins whose browser pages may call the public API ({@code /api/v1/public/**})
 *     across origins, without credentials; empty: none
 * @param hstsMaxAge how long browsers keep to HTTPS after an answer over TLS
 */
@ConfigurationProperties("hireloop.http")
public record HttpSettings(List<String> corsOrigins, Duration hstsMaxAge) {
    public HttpSettings {
        corsOrigins = corsOrigins == null
                ? List.of()
                : corsOrigins.stream()
                        .map(String::strip)
                        .filter(o -> !o.isEmpty())
                        .toList();
    }
}
