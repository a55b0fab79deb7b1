package org.hireloop.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One line at start saying which version runs and where it listens, so operators need not guess. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final ObjectProvider<BuildProperties> build;

    StartupReport(ObjectProvider<BuildProperties> build) {
        this.build = build;
    }

    @EventListener
    void on(ApplicationReadyEvent event) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "development" : properties.getVersion();
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            int port = web.getWebServer().getPort();
            log.info(
                    "Hireloop {} is listening on http://localhost:{} (API docs http://localhost:{}/docs)",
                    version,
                    port,
                    port);
        } else {
            log.info("Hireloop {} started without a web server", version);
        }
    }
}
