package org.hireloop;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Hireloop: a job board and an applicant tracking system in one service. Without arguments it
 * serves HTTP; {@code import FILE...} runs the operators' import and exits.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class Hireloop {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Hireloop.class);
        if (args.length > 0 && !args[0].startsWith("-")) {
            // a command: no web server, and exit with the command's code when it is done
            Map<String, Object> properties = new HashMap<>();
            properties.put("hireloop.command", args[0]);
            application.setDefaultProperties(properties);
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
